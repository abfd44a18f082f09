import { Decimal } from 'decimal.js';
import { sum, wanToMillionYuan, type CalcResult } from '../calc/index.js';
import type { AnswerNumber, AnswerStatus, Citation, Lang } from '../domain/answer.js';
import type { Span, StoredDocument, StoredFact } from '../domain/types.js';
import { directionOf, marked, unmark, type Claim, type ClaimRole, type ClaimSpan, type Direction } from './claims.js';

const EN_UNITS: Record<string, [string, string]> = { 人: ['person', 'people'], 辆: ['vehicle', 'vehicles'], 个: ['', ''], '%': ['%', '%'], 元: ['yuan', 'yuan'], 亿元: ['hundred million yuan', 'hundred million yuan'] };

export interface Draft {
  status: AnswerStatus;
  text: string;
  /** Every number the text states, in text order, with its source. */
  numbers: AnswerNumber[];
  citations: Citation[];
  /** Where each claim stands in `text`. */
  spans: ClaimSpan[];
  /** The document's published phone number(s), and department names the text states (verifier allow-lists). */
  phones: string[];
  names: string[];
  trace: string[];
  /** The sub-unit the answer found the question to be about (whose duty it is), for a follow-up's 它. */
  subjectUnit?: number;
  /** The item the answer found (the largest of a group), for a follow-up's 它. */
  subjectItem?: string;
}

export interface FactOptions {
  role?: ClaimRole;
}

/**
 * Collects an answer's text together with the claim behind every number it writes: a fact (with its document, item
 * and cited sentence), a stated change (with its direction), a calculator result (with its derivation) or a count.
 * Each number is marked where it is written, so the verifier checks the final text number by number.
 */
export class AnswerBuilder {
  private parts: string[] = [];
  private readonly claims: Claim[] = [];
  readonly citations: Citation[] = [];
  readonly trace: string[] = [];
  /** Names the text states — departments', or a thing the question named (a name may hold digits: 第一中学, 12345热线). */
  readonly names: string[] = [];

  constructor(
    readonly doc: StoredDocument,
    readonly lang: Lang,
  ) {}

  /** Append text in the answer's language. */
  say(zh: string, en: string = zh): this {
    this.parts.push(this.lang === 'en' ? en : zh);
    return this;
  }

  t(zh: string, en: string): string {
    return this.lang === 'en' ? en : zh;
  }

  cite(span: Span): void {
    this.citeIn(this.doc.id, span, this.doc.text.slice(span.start, span.end));
  }

  /** Cite a span of any document, with its quote (a figure of another department or year). */
  citeIn(docId: string, span: Span, quote: string): void {
    if (this.citations.some((c) => c.docId === docId && c.start === span.start && c.end === span.end)) return;
    this.citations.push({ docId, start: span.start, end: span.end, quote });
  }

  /** Cite the sentence a fact stands in, in its own document. */
  citeFact(f: StoredFact): void {
    if (f.docId === this.doc.id || f.quote === undefined) this.cite(f.sentence);
    else this.citeIn(f.docId, f.sentence, f.quote);
  }

  /** The characters of a fact's number as published (from its document, or its stored sentence). */
  private spanText(f: StoredFact): string {
    if (f.docId === this.doc.id || f.quote === undefined) return this.doc.text.slice(f.span.start, f.span.end);
    return f.quote.slice(f.span.start - f.sentence.start, f.span.end - f.sentence.start);
  }

  /** A figure the document states in words (无“三公”经费预算, 全部为一般公共预算拨款) rather than digits or characters. */
  inWords(f: StoredFact): boolean {
    const written = this.spanText(f);
    return !/[\d０-９]/.test(written) && !/^[〇零一二两三四五六七八九十百]+$/.test(written);
  }

  private claim(c: Omit<Claim, 'id'>, display: string): string {
    const id = this.claims.length;
    this.claims.push({ ...c, id });
    return marked(id, display);
  }

  /**
   * A stated figure, formatted with its unit; cites its sentence. A figure stated in words is given with the words,
   * quoted as written: `0万元（文件说明：「无“三公”经费预算」）`.
   */
  fact(f: StoredFact, opts: FactOptions = {}): string {
    this.trace.push(`lookup ${f.key} = ${f.value}${f.unit}`);
    const amount = this.amountOf(f, opts);
    if (!this.inWords(f)) return amount;
    const said = this.words(f);
    return this.t(`${amount}（文件说明：${said}）`, `${amount} (the document says: ${said})`);
  }

  /** A stated figure with its unit only (for a figure stated in words, the words are said by the caller). */
  amountOf(f: StoredFact, opts: FactOptions = {}): string {
    this.citeFact(f);
    const words = this.inWords(f) ? { words: this.spanText(f) } : {};
    const source = { docId: f.docId, factId: f.id, item: f.key, year: f.year, role: opts.role ?? 'answer', ...words } as const;
    return this.amount(f.value, f.unit, { kind: 'fact', ...source }, { kind: 'fact', factId: f.id });
  }

  /** The words that state a figure (无下属机构, 全部为一般公共预算拨款), quoted as written and cited as that exact span. */
  words(f: StoredFact): string {
    this.trace.push(`lookup ${f.key} = ${f.value}${f.unit} (in words)`);
    return this.quoteFact(this.spanText(f), f);
  }

  /**
   * How many things the document lists, each one a cited span (a unit's sentence): a calculator count,
   * `1 + 1 + … = n`, whose ones are the cited listings. Write it with `derived` and `derivation`.
   */
  listCount(spans: Span[], unit: string): CalcResult {
    spans.forEach((s) => this.cite(s));
    return sum(spans.map((_, i) => ({ value: '1', unit, label: `listed.${i + 1}` })));
  }

  /** The stated change of a fact, unsigned: the caller writes 增加/减少 before it, and the verifier checks it does. */
  change(f: StoredFact): string {
    this.cite(f.changeSpan ? this.sentenceOf(f.changeSpan) : f.sentence);
    const value = f.change!.replace(/^-/, '');
    this.trace.push(`lookup ${f.key}.change = ${f.change}`);
    const source = { docId: f.docId, factId: f.id, item: f.key, year: f.year, role: 'answer', direction: directionOf(f.change!) } as const;
    return this.amount(value, f.unit, { kind: 'change', ...source }, { kind: 'fact', factId: f.id });
  }

  /** A stated rate of change (比上年增长3.2%), unsigned after its direction word. */
  changePercent(f: StoredFact): string {
    this.cite(f.sentence);
    const value = f.changePercent!.replace(/^-/, '');
    return this.claim({ kind: 'change', value, unit: '%', role: 'answer', docId: f.docId, factId: f.id, item: f.key, year: f.year, direction: directionOf(f.changePercent!) }, `${value}%`);
  }

  /** A fact used as an operand of a derivation shown in the text: cited (its numbers stand in the derivation). */
  uses(f: StoredFact): void {
    this.citeFact(f);
  }

  /**
   * A calculator result, with its derivation; its operand facts are cited by the caller. `abs` writes a signed result
   * unsigned (a gap); `change` writes it unsigned as a change — and the verifier checks the direction word before it.
   */
  derived(r: CalcResult, opts: { abs?: boolean; change?: boolean; role?: ClaimRole; item?: string } = {}): string {
    this.trace.push(`calc ${r.derivation}`);
    const value = opts.abs || opts.change ? r.value.replace(/^-/, '') : r.value;
    const direction: Direction | undefined = opts.change && !new Decimal(r.value).isZero() ? (r.value.startsWith('-') ? 'down' : 'up') : undefined;
    return this.amount(
      value,
      r.unit ?? '',
      { kind: direction ? 'derived-change' : 'derived', role: opts.role ?? 'answer', derivation: r.derivation, ...(opts.item ? { item: opts.item } : {}), ...(direction ? { direction } : {}) },
      { kind: 'derived', derivation: r.derivation },
    );
  }

  /** The derivation of a calculator result, written out: its numbers are the calculator's own. */
  derivation(r: CalcResult): string {
    return this.claim({ kind: 'derivation', value: r.value, unit: r.unit ?? '', role: 'operand', derivation: r.derivation }, r.derivation);
  }

  /**
   * A count of things the answer lists (documents loaded, departments without the item): an integer counted by the
   * engine, stated with what was counted.
   */
  count(n: number, what: string): string {
    const value = String(n);
    return this.claim({ kind: 'count', value, unit: '', role: 'answer', derivation: `count(${what}) = ${value}` }, value);
  }

  /** A department's name as the answer states it. */
  name(department: string): string {
    if (!this.names.includes(department)) this.names.push(department);
    return department;
  }

  /** Text that is quoted verbatim from the source: wrapped in 「」 and cited. */
  quote(text: string, span: Span): string {
    this.cite(span);
    return `「${text}」`;
  }

  /** Words of a fact's own sentence (a figure stated in words), quoted verbatim and cited as that exact span. */
  quoteFact(text: string, f: StoredFact): string {
    const sentence = f.quote ?? this.doc.text.slice(f.sentence.start, f.sentence.end);
    const at = sentence.indexOf(text);
    const span = at >= 0 ? { start: f.sentence.start + at, end: f.sentence.start + at + text.length } : f.sentence;
    if (f.docId === this.doc.id || f.quote === undefined) this.cite(span);
    else this.citeIn(f.docId, span, at >= 0 ? text : sentence);
    return `「${text}」`;
  }

  private amount(value: string, unit: string, claim: Omit<Claim, 'id' | 'value' | 'unit'>, meta: Pick<AnswerNumber, 'kind' | 'factId' | 'derivation'>): string {
    const zhText = `${value}${unit}`;
    if (this.lang === 'en') {
      if (unit === '万元') {
        const m = wanToMillionYuan({ value, unit: '万元', ...(meta.factId ? { factId: meta.factId } : {}) });
        const converted = this.claim({ kind: 'derived', value: m.value, unit: 'million yuan', suffix: ' million yuan', role: claim.role, derivation: m.derivation, ...(claim.item ? { item: claim.item } : {}), ...(claim.direction ? { direction: claim.direction } : {}) }, `${m.value} million yuan`);
        // The direction word stands before the converted figure; the 万元 figure in brackets repeats it.
        const { direction: _d, ...inner } = claim;
        return `${converted} (${this.claim({ ...inner, value, unit }, zhText)})`;
      }
      const names = EN_UNITS[unit];
      const word = names ? (value === '1' ? names[0] : names[1]) : unit;
      const display = word === '%' ? `${value}%` : `${value}${word ? ` ${word}` : ''}`;
      return this.claim({ ...claim, value, unit, suffix: display.slice(value.length) }, display);
    }
    return this.claim({ ...claim, value, unit }, zhText);
  }

  private sentenceOf(span: Span): Span {
    const text = this.doc.text;
    // 。 or a line break ends a sentence (char codes: reading text[i] of Chinese text allocates a string each time).
    const ends = (i: number) => text.charCodeAt(i) === 0x3002 || text.charCodeAt(i) === 0x0a;
    let s = span.start;
    while (s > 0 && !ends(s - 1)) s--;
    let e = span.end;
    while (e < text.length && !ends(e)) e++;
    return { start: s, end: Math.min(text.length, e + 1) };
  }

  /** Tidy spacing; in English, start each sentence with a capital letter. */
  private finish(text: string): string {
    const t = text.replace(/[ \t]+\n/g, '\n').replace(/ {2,}/g, ' ').trim();
    if (this.lang !== 'en') return t;
    return t.replace(/ +([.,;:])/g, '$1').replace(/(^|[.!?]\s+|\n)([a-z])/g, (_m, lead: string, ch: string) => lead + ch.toUpperCase());
  }

  /** "截至2025年12月" → "December 2025" in English answers (a date, allowed by the verifier's year rule). */
  asOf(text: string): string {
    if (this.lang !== 'en') return text;
    const m = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(text);
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    return m ? `${months[Number(m[2]) - 1] ?? ''} ${m[1]}`.trim() : text;
  }

  /** The sub-unit the answer found the question to be about (这项工作属于X): what a follow-up's 它 then means. */
  about(unit: number): void {
    this.subjectUnit = unit;
  }

  private subjectUnit?: number;

  /** The item the answer found (三公里面哪一项最多 → 公务用车购置费): what a follow-up's 它 then means. */
  aboutItem(key: string): void {
    this.subjectItem = key;
  }

  private subjectItem?: string;

  build(status: AnswerStatus): Draft {
    const phones = this.doc.contact?.phone ? [this.doc.contact.phone] : [];
    const sep = this.lang === 'en' ? ' ' : '';
    const { text, spans } = unmark(this.finish(this.parts.join(sep)), this.claims);
    return { status, text, numbers: numbersOf(spans), citations: this.citations, spans, phones, names: [...this.names], trace: this.trace, ...(this.subjectUnit !== undefined ? { subjectUnit: this.subjectUnit } : {}), ...(this.subjectItem ? { subjectItem: this.subjectItem } : {}) };
  }
}

/** The public numbers[] of an answer: each claim in the text, in text order (derivations are in their results). */
export function numbersOf(spans: readonly ClaimSpan[]): AnswerNumber[] {
  const seen = new Set<string>();
  const out: AnswerNumber[] = [];
  for (const { claim: c } of [...spans].sort((a, b) => a.start - b.start)) {
    if (c.kind === 'derivation') continue;
    const text = `${c.value}${c.suffix ?? c.unit}`;
    const n: AnswerNumber = {
      text,
      value: c.value,
      unit: c.unit,
      kind: c.kind === 'fact' || c.kind === 'change' ? 'fact' : 'derived',
      ...(c.factId ? { factId: c.factId } : {}),
      ...(c.derivation ? { derivation: c.derivation } : {}),
      ...(c.words ? { words: c.words } : {}),
    };
    const key = `${n.text}|${n.factId ?? ''}|${n.derivation ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}
