import { wanToMillionYuan, type CalcResult } from '../calc/index.js';
import type { AnswerNumber, AnswerStatus, Citation, Lang } from '../domain/answer.js';
import type { Span, StoredDocument, StoredFact } from '../domain/types.js';
import type { Ledger } from './verify.js';

const EN_UNITS: Record<string, [string, string]> = { 人: ['person', 'people'], 辆: ['vehicle', 'vehicles'], 个: ['', ''], '%': ['%', '%'] };

export interface Draft {
  status: AnswerStatus;
  text: string;
  numbers: AnswerNumber[];
  citations: Citation[];
  ledger: Ledger;
  trace: string[];
}

/**
 * Collects an answer's text together with the provenance of every number it writes: a fact (with its cited
 * sentence) or a calculator result (with its derivation). The verifier checks the text against this ledger.
 */
export class AnswerBuilder {
  private parts: string[] = [];
  readonly numbers: AnswerNumber[] = [];
  readonly citations: Citation[] = [];
  private values: string[] = [];
  readonly trace: string[] = [];
  /** Department names the text states (masked by the verifier: a name may hold digits). */
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

  /** A figure the document states in words (无…支出) rather than digits. */
  inWords(f: StoredFact): boolean {
    return !/\d/.test(this.spanText(f));
  }

  /** A stated figure, formatted with its unit; cites its sentence. A figure stated in words is quoted as written. */
  fact(f: StoredFact): string {
    if (this.inWords(f)) return this.t(`（${this.quoteFact(f.label, f)}）`, ` (none: ${this.quoteFact(f.label, f)})`);
    this.citeFact(f);
    this.values.push(f.value);
    this.trace.push(`lookup ${f.key} = ${f.value}${f.unit}`);
    return this.amount(f.value, f.unit, { kind: 'fact', factId: f.id });
  }

  /** The stated change of a fact, unsigned (the caller writes 增加/减少). */
  change(f: StoredFact): string {
    this.cite(f.changeSpan ? this.sentenceOf(f.changeSpan) : f.sentence);
    const value = f.change!.replace(/^-/, '');
    this.values.push(f.change!);
    this.trace.push(`lookup ${f.key}.change = ${f.change}`);
    return this.amount(value, f.unit, { kind: 'fact', factId: f.id });
  }

  /** A fact used as an operand of a derivation shown in the text: cited, and its value and change in the ledger. */
  uses(f: StoredFact): void {
    this.citeFact(f);
    this.values.push(f.value);
    if (f.change !== undefined) this.values.push(f.change);
    if (f.changePercent !== undefined) this.values.push(f.changePercent);
  }

  /** A calculator result, with its derivation; its operand facts are cited by the caller. */
  derived(r: CalcResult, opts: { abs?: boolean } = {}): string {
    this.values.push(r.value, r.exact);
    if (r.kind === 'percent' || r.unit === '%') this.values.push('100');
    this.trace.push(`calc ${r.derivation}`);
    const value = opts.abs ? r.value.replace(/^-/, '') : r.value;
    return this.amount(value, r.unit ?? '', { kind: 'derived', derivation: r.derivation });
  }

  /**
   * A count of things the answer lists (documents loaded, departments without the item): an integer counted by the
   * engine over the catalog, stated with what was counted.
   */
  count(n: number, what: string): string {
    const value = String(n);
    this.values.push(value);
    this.numbers.push({ text: value, value, unit: '个', kind: 'derived', derivation: `count(${what}) = ${value}` });
    return value;
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

  /** Text of a fact's own sentence, quoted verbatim and cited in the fact's document. */
  quoteFact(text: string, f: StoredFact): string {
    this.citeFact(f);
    return `「${text}」`;
  }

  /** The derivation string of a calculator result, for the answer text. Its numbers are all in the ledger. */
  derivation(r: CalcResult): string {
    return r.derivation;
  }

  private amount(value: string, unit: string, meta: Pick<AnswerNumber, 'kind' | 'factId' | 'derivation'>): string {
    const zhText = `${value}${unit}`;
    const n: AnswerNumber = { text: zhText, value, unit, ...meta };
    if (this.lang === 'en') {
      if (unit === '万元') {
        const m = wanToMillionYuan({ value, unit: '万元', ...(meta.factId ? { factId: meta.factId } : {}) });
        this.values.push(m.value, '100');
        this.numbers.push(n, { text: `${m.value} million yuan`, value: m.value, unit: 'million yuan', kind: 'derived', derivation: m.derivation });
        return `${m.value} million yuan (${zhText})`;
      }
      const names = EN_UNITS[unit];
      const word = names ? (value === '1' ? names[0] : names[1]) : unit;
      n.text = word === '%' ? `${value}%` : `${value}${word ? ` ${word}` : ''}`;
      this.numbers.push(n);
      return n.text;
    }
    this.numbers.push(n);
    return zhText;
  }

  private sentenceOf(span: Span): Span {
    const text = this.doc.text;
    let s = span.start;
    while (s > 0 && !/[。\n]/.test(text[s - 1]!)) s--;
    let e = span.end;
    while (e < text.length && !/[。\n]/.test(text[e]!)) e++;
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

  build(status: AnswerStatus): Draft {
    const phones = this.doc.contact?.phone ? [this.doc.contact.phone] : [];
    const sep = this.lang === 'en' ? ' ' : '';
    return {
      status,
      text: this.finish(this.parts.join(sep)),
      numbers: this.numbers,
      citations: this.citations,
      ledger: { values: this.values, citations: this.citations, phones, names: this.names },
      trace: this.trace,
    };
  }
}
