import { Decimal } from 'decimal.js';
import { findNumbers, type Ledger } from '../answer/index.js';
import type { AnswerNumber, Citation } from '../domain/answer.js';
import type { StoredDocument, StoredFact } from '../domain/types.js';
import type { RunLog } from './run-log.js';
import { quoteOf } from './tool-kit.js';

/**
 * The verify ledger of one agent run: values of the facts its tools returned (and their stated changes),
 * calculator results with the constants they used, citations of those facts' sentences and of the passages and
 * glossary entries returned, and the document's published phone number.
 */
export function ledgerOf(log: RunLog, doc: StoredDocument): Ledger {
  const values: string[] = [];
  const citations: Citation[] = [];
  for (const f of log.facts.values()) {
    values.push(...factValues(f));
    citations.push(factCitation(f, doc));
  }
  for (const { result, constants } of log.calcs) values.push(result.value, result.exact, ...constants);
  citations.push(...log.texts.map(({ kind: _k, ...c }) => c));
  return { values, citations, phones: doc.contact?.phone ? [doc.contact.phone] : [] };
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
