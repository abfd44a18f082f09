import type { AnswerNumber, Citation } from '../src/domain/answer.js';
import { quoteStates } from './number-match.js';

/** Document texts by id; undefined when the service has no such document. */
export type DocumentTexts = ReadonlyMap<string, string | undefined>;

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Citation correctness, as problems (empty = correct):
 * 1. every citation's span, re-read from the document text, equals its quote;
 * 2. every number of kind 'fact' is stated (exactly) inside some citation's quote — or, for a figure the document
 *    states in words (无“三公”经费预算 = 0), its words are.
 */
export function citationProblems(citations: readonly Citation[], numbers: readonly AnswerNumber[], docs: DocumentTexts): string[] {
  const problems: string[] = [];
  citations.forEach((c, i) => {
    const where = `citation ${i + 1} (${c.docId} [${c.start}, ${c.end}))`;
    const text = docs.get(c.docId);
    if (text === undefined) return problems.push(`${where}: no such document`);
    if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.start < 0 || c.end > text.length || c.start >= c.end) {
      return problems.push(`${where}: span outside the document (length ${text.length})`);
    }
    const read = text.slice(c.start, c.end);
    if (read !== c.quote) problems.push(`${where}: the span reads "${clip(read)}", the quote says "${clip(c.quote)}"`);
    return undefined;
  });
  for (const n of numbers) {
    if (n.kind !== 'fact') continue;
    if (!citations.some((c) => quoteStates(c.quote, n.value) || (!!n.words && c.quote.includes(n.words)))) {
      problems.push(`fact ${n.text}${n.factId ? ` (${n.factId})` : ''} is in no citation's quote`);
    }
  }
  return problems;
}
