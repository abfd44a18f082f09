import { sum, wanToMillionYuan, type CalcResult } from '../calc/index.js';
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
    if (this.citations.some((c) => c.start === span.start && c.end === span.end)) return;
    this.citations.push({ docId: this.doc.id, start: span.start, end: span.end, quote: this.doc.text.slice(span.start, span.end) });
  }

  /** A figure the document states in words (无“三公”经费预算, 全部为一般公共预算拨款) rather than digits or characters. */
  inWords(f: StoredFact): boolean {
    const written = this.doc.text.slice(f.span.start, f.span.end);
    return !/[\d０-９]/.test(written) && !/^[〇零一二两三四五六七八九十百]+$/.test(written);
  }

  /**
   * A stated figure, formatted with its unit; cites its sentence. A figure stated in words is given with the words,
   * quoted as written: `0万元（文件说明：「无“三公”经费预算」）`.
   */
  fact(f: StoredFact): string {
    this.cite(f.sentence);
    this.values.push(f.value);
    this.trace.push(`lookup ${f.key} = ${f.value}${f.unit}`);
    const amount = this.amount(f.value, f.unit, { kind: 'fact', factId: f.id });
    if (!this.inWords(f)) return amount;
    const said = this.words(f);
    return this.t(`${amount}（文件说明：${said}）`, `${amount} (the document says: ${said})`);
  }

  /** The words that state a figure (无下属机构, 全部为一般公共预算拨款), quoted as written and cited. */
  words(f: StoredFact): string {
    this.trace.push(`lookup ${f.key} = ${f.value}${f.unit} (in words)`);
    return this.quote(this.doc.text.slice(f.span.start, f.span.end), f.sentence);
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
    this.cite(f.sentence);
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
   * How many things the document lists, each one a cited span (a unit's sentence): a calculator count,
   * `1 + 1 + … = n`, whose ones are the cited listings. Format it with `derived`.
   */
  listCount(spans: Span[], unit: string): CalcResult {
    spans.forEach((s) => this.cite(s));
    this.values.push('1');
    return sum(spans.map((_, i) => ({ value: '1', unit, label: `listed.${i + 1}` })));
  }

  /** Text that is quoted verbatim from the source: wrapped in 「」 and cited. */
  quote(text: string, span: Span): string {
    this.cite(span);
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
      ledger: { values: this.values, citations: this.citations, phones },
      trace: this.trace,
    };
  }
}
