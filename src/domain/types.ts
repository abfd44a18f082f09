/** Core data shapes shared by ingest, store, answer and http. Pure types, no I/O. */

/** A half-open character range `[start, end)` into a document's text (UTF-16 code units, as JS strings index). */
export interface Span {
  start: number;
  end: number;
}

export type FactUnit = '万元' | '元' | '亿元' | '辆' | '人' | '个' | '%';

export interface Fact {
  /** Stable key within a document, e.g. `sangong.vehicle_purchase` or `units.2.staff.actual`. */
  key: string;
  /** The item's wording as written in the source, e.g. `公务用车购置费`. */
  label: string;
  year: number;
  /** Decimal string exactly as the source states it, thousands separators removed (e.g. `252`, `3009.40`). */
  value: string;
  unit: FactUnit;
  /** Span of the number itself. */
  span: Span;
  /** Span of the sentence the number stands in. */
  sentence: Span;
  /** Signed year-over-year change in the fact's unit, when stated. */
  change?: string;
  changeSpan?: Span;
  /** Stated growth in percent (比上年增长x%), when the document gives a rate instead of an amount. */
  changePercent?: string;
  /** A note on the comparison that is not a number, e.g. 新增单位无上年预算. */
  changeNote?: string;
  /** The stated reason for the change, quoted from the source. */
  reason?: string;
  reasonSpan?: Span;
  /** What the money is mainly used for (主要用于…), quoted from the source. */
  usage?: string;
  usageSpan?: Span;
  /** The sub-unit a headcount belongs to. */
  subUnit?: string;
  /** A date qualifier, e.g. `截至2025年12月` for vehicles held. */
  asOf?: string;
  /**
   * What the reader should know about how the figure was read, when it is not plain: e.g. `unit inferred from the
   * list it stands in (万元)` for a figure the source wrote without its unit.
   */
  note?: string;
}

export interface SubUnit {
  index: number;
  name: string;
  /** e.g. 行政单位, 公益一类事业单位 */
  type?: string;
  /** e.g. 正处（县）级 */
  level?: string;
  /** e.g. 财政全额拨款 */
  funding?: string;
  span: Span;
}

export interface Contact {
  person?: string;
  phone?: string;
  span: Span;
}

export interface Passage {
  /** Stable within a document: `p<n>`. */
  id: string;
  headingPath: string[];
  text: string;
  span: Span;
}

export interface GlossaryEntry {
  term: string;
  definition: string;
  /** Span of the whole entry (term + definition). */
  span: Span;
  /** For a sub-item defined inside another definition (e.g. 公务接待费 inside "三公"经费). */
  parent?: string;
}

export interface ParseWarning {
  message: string;
  span: Span;
  quote: string;
}

export interface DocumentMeta {
  title: string;
  department: string;
  year: number;
}

export interface ParsedDocument {
  document: DocumentMeta;
  subUnits: SubUnit[];
  contact?: Contact;
  facts: Fact[];
  passages: Passage[];
  glossary: GlossaryEntry[];
  warnings: ParseWarning[];
}

/** A fact as stored: with its document and a globally unique id. */
export interface StoredFact extends Fact {
  id: string;
  docId: string;
  /** The sentence the figure stands in, exactly as published (`text.slice(sentence.start, sentence.end)`). */
  quote?: string;
}

export interface StoredDocument extends DocumentMeta {
  id: string;
  sourceName: string;
  text: string;
  contact?: Contact;
  subUnits: SubUnit[];
}

/** A passage or glossary entry as stored: with its document. */
export interface StoredPassage extends Passage {
  docId: string;
}

export interface StoredGlossaryEntry extends GlossaryEntry {
  docId: string;
}

/** One document read in one snapshot: a reader never sees half of a document that is being replaced. */
export interface DocumentBundle {
  doc: StoredDocument;
  facts: StoredFact[];
  passages: StoredPassage[];
  glossary: StoredGlossaryEntry[];
}
