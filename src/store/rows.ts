import type { Contact, Fact, ParsedDocument, StoredDocument, StoredFact, StoredGlossaryEntry, StoredPassage, SubUnit } from '../domain/types.js';

/** Row shapes and mappings shared by every SQL-backed Store (better-sqlite3, D1). */
export interface FactRow {
  id: string;
  doc_id: string;
  key: string;
  label: string;
  year: number;
  value: string;
  unit: string;
  span_start: number;
  span_end: number;
  sentence_start: number;
  sentence_end: number;
  change: string | null;
  change_percent: string | null;
  change_note: string | null;
  change_start: number | null;
  change_end: number | null;
  reason: string | null;
  reason_start: number | null;
  reason_end: number | null;
  usage: string | null;
  usage_start: number | null;
  usage_end: number | null;
  sub_unit: string | null;
  as_of: string | null;
  quote: string | null;
  note: string | null;
}

export const FACT_COLUMNS = [
  'id', 'doc_id', 'key', 'label', 'year', 'value', 'unit', 'span_start', 'span_end', 'sentence_start', 'sentence_end',
  'change', 'change_percent', 'change_note', 'change_start', 'change_end', 'reason', 'reason_start', 'reason_end',
  'usage', 'usage_start', 'usage_end', 'sub_unit', 'as_of', 'quote', 'note',
] as const;

export function factToRow(docId: string, f: Fact, text: string): FactRow {
  return {
    id: `${docId}:${f.key}`,
    doc_id: docId,
    key: f.key,
    label: f.label,
    year: f.year,
    value: f.value,
    unit: f.unit,
    span_start: f.span.start,
    span_end: f.span.end,
    sentence_start: f.sentence.start,
    sentence_end: f.sentence.end,
    change: f.change ?? null,
    change_percent: f.changePercent ?? null,
    change_note: f.changeNote ?? null,
    change_start: f.changeSpan?.start ?? null,
    change_end: f.changeSpan?.end ?? null,
    reason: f.reason ?? null,
    reason_start: f.reasonSpan?.start ?? null,
    reason_end: f.reasonSpan?.end ?? null,
    usage: f.usage ?? null,
    usage_start: f.usageSpan?.start ?? null,
    usage_end: f.usageSpan?.end ?? null,
    sub_unit: f.subUnit ?? null,
    as_of: f.asOf ?? null,
    quote: text.slice(f.sentence.start, f.sentence.end),
    note: f.note ?? null,
  };
}

const span = (start: number | null, end: number | null) => (start !== null && end !== null ? { start, end } : undefined);

export function rowToFact(r: FactRow): StoredFact {
  const fact: StoredFact = {
    id: r.id,
    docId: r.doc_id,
    key: r.key,
    label: r.label,
    year: r.year,
    value: r.value,
    unit: r.unit as Fact['unit'],
    span: { start: r.span_start, end: r.span_end },
    sentence: { start: r.sentence_start, end: r.sentence_end },
  };
  if (r.change !== null) fact.change = r.change;
  if (r.change_percent !== null) fact.changePercent = r.change_percent;
  if (r.change_note !== null) fact.changeNote = r.change_note;
  const cs = span(r.change_start, r.change_end);
  if (cs) fact.changeSpan = cs;
  if (r.reason !== null) fact.reason = r.reason;
  const rs = span(r.reason_start, r.reason_end);
  if (rs) fact.reasonSpan = rs;
  if (r.usage !== null) fact.usage = r.usage;
  const us = span(r.usage_start, r.usage_end);
  if (us) fact.usageSpan = us;
  if (r.sub_unit !== null) fact.subUnit = r.sub_unit;
  if (r.as_of !== null) fact.asOf = r.as_of;
  if (r.quote !== null) fact.quote = r.quote;
  if (r.note !== null) fact.note = r.note;
  return fact;
}

export interface DocumentRow {
  id: string;
  source_name: string;
  title: string;
  department: string;
  year: number;
  text: string;
  contact_json: string | null;
  sub_units_json: string;
}

export function rowToDocument(r: DocumentRow): StoredDocument {
  const doc: StoredDocument = {
    id: r.id,
    sourceName: r.source_name,
    title: r.title,
    department: r.department,
    year: r.year,
    text: r.text,
    subUnits: JSON.parse(r.sub_units_json) as SubUnit[],
  };
  if (r.contact_json) doc.contact = JSON.parse(r.contact_json) as Contact;
  return doc;
}

export interface PassageRow {
  doc_id: string;
  id: string;
  heading_path: string;
  text: string;
  span_start: number;
  span_end: number;
}

export function rowToPassage(r: PassageRow): StoredPassage {
  return { docId: r.doc_id, id: r.id, headingPath: JSON.parse(r.heading_path) as string[], text: r.text, span: { start: r.span_start, end: r.span_end } };
}

export interface GlossaryRow {
  doc_id: string;
  term: string;
  definition: string;
  parent: string | null;
  span_start: number;
  span_end: number;
}

export function rowToGlossary(r: GlossaryRow): StoredGlossaryEntry {
  const e: StoredGlossaryEntry = { docId: r.doc_id, term: r.term, definition: r.definition, span: { start: r.span_start, end: r.span_end } };
  if (r.parent !== null) e.parent = r.parent;
  return e;
}

/** The child rows of a parsed document, by table, as every SQL store writes them (column names as keys). */
export function childRows(docId: string, text: string, parsed: Pick<ParsedDocument, 'facts' | 'passages' | 'glossary' | 'warnings'>): Array<{ table: string; columns: readonly string[]; rows: object[] }> {
  return [
    { table: 'facts', columns: FACT_COLUMNS, rows: parsed.facts.map((f) => factToRow(docId, f, text)) },
    {
      table: 'passages',
      columns: ['doc_id', 'id', 'heading_path', 'text', 'span_start', 'span_end'],
      rows: parsed.passages.map((p) => ({ doc_id: docId, id: p.id, heading_path: JSON.stringify(p.headingPath), text: p.text, span_start: p.span.start, span_end: p.span.end })),
    },
    {
      table: 'glossary',
      columns: ['doc_id', 'term', 'definition', 'parent', 'span_start', 'span_end'],
      rows: parsed.glossary.map((g) => ({ doc_id: docId, term: g.term, definition: g.definition, parent: g.parent ?? null, span_start: g.span.start, span_end: g.span.end })),
    },
    {
      table: 'warnings',
      columns: ['doc_id', 'message', 'quote', 'span_start', 'span_end'],
      rows: parsed.warnings.map((w) => ({ doc_id: docId, message: w.message, quote: w.quote, span_start: w.span.start, span_end: w.span.end })),
    },
  ];
}
