import type { Fact, FactUnit, ParseWarning, Span } from '../domain/types.js';
import type { AmountToken } from './amounts.js';
import type { Entry } from './entries.js';

/** Gathers facts and warnings while the extractors read a document; keeps keys unique. */
export interface Collector {
  readonly text: string;
  readonly norm: string;
  readonly year: number;
  readonly facts: Fact[];
  readonly warnings: ParseWarning[];
  /** Store an entry as the fact `key`, with its change, reason, usage and the figures quoted in them. */
  addEntry(key: string, entry: Entry, extra?: Partial<Fact>): Fact;
  /** Store a bare figure (no change or reason of its own). */
  addToken(key: string, label: string, token: AmountToken, sentence: Span, extra?: Partial<Fact>): Fact;
  /**
   * Store a figure stated in words or characters (无“三公”经费预算, 内设三个科室): the span is those words, the label
   * the words as written unless given.
   */
  addWritten(key: string, written: Span, sentence: Span, value: string, unit: FactUnit, extra?: Partial<Fact>): Fact;
  warn(message: string, span: Span): void;
  /** Report an entry the extractor could not place: one warning with the figure and its sentence. */
  unread(message: string, entry: Entry): void;
  /** Tokens already turned into facts (by the start of their number span). */
  readonly used: Set<number>;
}

export function createCollector(text: string, norm: string, year: number): Collector {
  const facts: Fact[] = [];
  const warnings: ParseWarning[] = [];
  const used = new Set<number>();
  const keys = new Set<string>();

  const uniqueKey = (key: string): string => {
    if (!keys.has(key)) return key;
    let n = 2;
    while (keys.has(`${key}#${n}`)) n++;
    return `${key}#${n}`;
  };

  const push = (fact: Fact): Fact => {
    fact.key = uniqueKey(fact.key);
    keys.add(fact.key);
    facts.push(fact);
    used.add(fact.span.start);
    return fact;
  };

  const collector: Collector = {
    text,
    norm,
    year,
    facts,
    warnings,
    used,
    addToken(key, label, token, sentence, extra = {}) {
      return push({ key, label, year, value: token.value, unit: token.unit, span: token.span, sentence, ...inferredNote(token), ...extra });
    },
    addWritten(key, written, sentence, value, unit, extra = {}) {
      return push({ key, label: text.slice(written.start, written.end), year, value, unit, span: written, sentence, ...extra });
    },
    addEntry(key, entry, extra = {}) {
      const fact: Fact = {
        key,
        label: text.slice(entry.labelSpan.start, entry.labelSpan.end),
        year,
        value: entry.amount.value,
        unit: entry.amount.unit,
        span: entry.amount.span,
        sentence: entry.sentence,
        ...inferredNote(entry.amount),
        ...extra,
      };
      const change = entry.change;
      if (change) {
        if (change.value !== undefined) fact.change = change.value;
        if (change.percent !== undefined) fact.changePercent = change.percent;
        if (change.note !== undefined) fact.changeNote = text.slice(change.span.start, change.span.end);
        fact.changeSpan = change.span;
        if (change.value !== undefined || change.percent !== undefined) used.add(change.span.start);
        if (change.percentSpan) used.add(change.percentSpan.start);
      }
      if (entry.reason) Object.assign(fact, { reason: entry.reason.text, reasonSpan: entry.reason.span });
      if (entry.usage) Object.assign(fact, { usage: entry.usage.text, usageSpan: entry.usage.span });
      const stored = push(fact);
      entry.notes.forEach((note) => collector.warn(`${key}: ${note}`, entry.sentence));
      entry.mentions.forEach((m, i) => {
        collector.addToken(`${stored.key}.mention.${i + 1}`, m.label, m.amount, m.sentence);
      });
      return stored;
    },
    warn(message, span) {
      warnings.push({ message, span, quote: text.slice(span.start, span.end) });
    },
    unread(message, entry) {
      used.add(entry.amount.span.start);
      collector.warn(`${message}: ${text.slice(entry.amount.full.start, entry.amount.full.end)}`, entry.sentence);
    },
  };
  return collector;
}

/** A figure the source wrote without its unit says so: the unit is the list's, not the text's. */
function inferredNote(token: AmountToken): Partial<Fact> {
  return token.unitInferred ? { note: `unit inferred from the list it stands in (${token.unit})` } : {};
}
