import { Decimal } from 'decimal.js';
import { findNumbers, type Claim } from '../answer/index.js';
import type { AnswerNumber, Citation } from '../domain/answer.js';
import type { StoredDocument, StoredFact } from '../domain/types.js';
import type { RunLog } from './run-log.js';
import { directionOf } from '../answer/claims.js';
import { quoteOf } from './tool-kit.js';

/** What an agent run's answer may state and quote: claims of the facts and calculator results its tools returned. */
export interface RunSources {
  claims: Array<Omit<Claim, 'id'>>;
  citations: Citation[];
  phones: string[];
}

/**
 * The sources of one agent run: each fact its tools returned (its value, and its stated change and rate with their
 * direction), each calculator result (with its derivation, and unsigned with its direction when negative), citations
 * of those facts' sentences and of the passages and glossary entries returned, and the published phone number.
 */
export function sourcesOf(log: RunLog, doc: StoredDocument): RunSources {
  const claims: Array<Omit<Claim, 'id'>> = [];
  const citations: Citation[] = [];
  for (const f of log.facts.values()) {
    const source = { docId: f.docId, factId: f.id, item: f.key, year: f.year, role: 'answer' as const };
    claims.push({ kind: 'fact', value: f.value, unit: f.unit, ...source });
    if (f.change !== undefined) claims.push({ kind: 'change', value: f.change.replace(/^-/, ''), unit: f.unit, direction: directionOf(f.change), ...source });
    if (f.changePercent !== undefined) claims.push({ kind: 'change', value: f.changePercent.replace(/^-/, ''), unit: '%', direction: directionOf(f.changePercent), ...source });
    citations.push(factCitation(f, doc));
    // The reason and use the tool returned are spans of their own: quoting one whole is quoting a cited span.
    if (f.reason !== undefined && f.reasonSpan) citations.push({ docId: doc.id, start: f.reasonSpan.start, end: f.reasonSpan.end, quote: f.reason });
    if (f.usage !== undefined && f.usageSpan) citations.push({ docId: doc.id, start: f.usageSpan.start, end: f.usageSpan.end, quote: f.usage });
  }
  for (const { result } of log.calcs) {
    const base = { unit: result.unit ?? '', role: 'answer' as const, derivation: result.derivation };
    claims.push({ kind: 'derived', value: result.value, ...base });
    if (result.value.startsWith('-')) claims.push({ kind: 'derived-change', value: result.value.slice(1), direction: 'down', ...base });
    else if (!new Decimal(result.value).isZero()) claims.push({ kind: 'derived-change', value: result.value, direction: 'up', ...base });
  }
  citations.push(...log.texts.map(({ kind: _k, ...c }) => c));
  return { claims, citations, phones: doc.contact?.phone ? [doc.contact.phone] : [] };
}

function factValues(f: StoredFact): string[] {
  return [f.value, ...(f.change !== undefined ? [f.change] : []), ...(f.changePercent !== undefined ? [f.changePercent] : [])];
}

function factCitation(f: StoredFact, doc: StoredDocument): Citation {
  return { docId: doc.id, start: f.sentence.start, end: f.sentence.end, quote: quoteOf(doc, f.sentence) };
}

const same = (a: string, b: string) => {
  try {
    return new Decimal(a).abs().eq(new Decimal(b).abs());
  } catch {
    return false;
  }
};

/**
 * The provenance of a verified answer text: each number it states, as the fact or calculator result it came from,
 * and the citations it relies on (sentences of the facts it states, passages it quotes, the contact it gives).
 */
export function provenance(text: string, log: RunLog, doc: StoredDocument): { numbers: AnswerNumber[]; citations: Citation[]; grounded: boolean } {
  const mentions = findNumbers(text).map((m) => m.value);
  const numbers: AnswerNumber[] = [];
  const citations: Citation[] = [];
  const cite = (c: Citation) => {
    if (!citations.some((x) => x.start === c.start && x.end === c.end)) citations.push(c);
  };
  for (const f of log.facts.values()) {
    const stated = factValues(f).filter((v) => mentions.some((m) => same(m, v)));
    for (const v of stated) {
      const value = v.replace(/^-/, '');
      const unit = v === f.changePercent ? '%' : f.unit;
      numbers.push({ text: `${value}${unit}`, value, unit, kind: 'fact', factId: f.id });
    }
    if (stated.length) cite(factCitation(f, doc));
  }
  for (const { result } of log.calcs) {
    if (!mentions.some((m) => same(m, result.value))) continue;
    numbers.push({ text: `${result.value}${result.unit ?? ''}`, value: result.value, unit: result.unit ?? '', kind: 'derived', derivation: result.derivation });
    for (const id of result.factIds) {
      const f = log.facts.get(id);
      if (f) cite(factCitation(f, doc));
    }
  }
  const quotes = [...text.matchAll(/「([^」]*)」/g)].map((m) => m[1]!).filter(Boolean);
  for (const c of [...log.texts, ...[...log.facts.values()].map((f) => factCitation(f, doc))]) {
    if (quotes.some((q) => c.quote.includes(q))) cite({ docId: c.docId, start: c.start, end: c.end, quote: c.quote });
  }
  const grounded = citations.length > 0;
  const contact = doc.contact;
  if (contact?.phone && text.includes(contact.phone)) cite({ docId: doc.id, start: contact.span.start, end: contact.span.end, quote: quoteOf(doc, contact.span) });
  return { numbers, citations, grounded };
}
