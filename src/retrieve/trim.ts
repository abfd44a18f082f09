import type { Span } from '../domain/types.js';
import { charNgrams } from './ngrams.js';
import { contentOf } from './query-text.js';

/** An exact piece of the text: `text === source.slice(span.start - offset, span.end - offset)`. */
export interface TrimmedPiece {
  text: string;
  span: Span;
}

interface Clause {
  start: number;
  end: number;
  /** The clause ends a sentence (。), not a clause (；). */
  closes: boolean;
}

/** Clauses split after 。；; (the delimiter stays with 。, is dropped after ；), surrounding blanks excluded. */
function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  const re = /[^。；;]+([。；;]|$)/g;
  for (const m of text.matchAll(re)) {
    let start = m.index;
    let end = start + m[0].length;
    const delim = m[1] ?? '';
    if (delim === '；' || delim === ';') end -= 1;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, closes: delim === '。' || delim === '' });
  }
  return out;
}

const HEADING = /^[（(][一二三四五六七八九十]+[）)][^，,]{0,20}。$/;
const CONTINUES = /^(主要原因|原因|主要用于|用于)/;

/**
 * The clauses of a passage that answer a query: each clause is scored by the query's character bi- and trigrams it
 * contains, weighted by how few clauses of the passage contain them (words every clause repeats do not decide).
 * Kept: clauses scoring at least 60% of the best, a following clause that gives the reason or use
 * (主要原因…/主要用于…), and a list that runs on to the end of its sentence (short clauses without figures).
 * Adjacent kept clauses merge; every piece is an exact sub-span. With nothing to go on, the whole text is returned.
 */
export function trimToAnswer(text: string, query: string, offset = 0): TrimmedPiece[] {
  const whole = [{ text, span: { start: offset, end: offset + text.length } }];
  const cs = clauses(text).filter((c) => !HEADING.test(text.slice(c.start, c.end)));
  const grams = [...charNgrams(contentOf(query), 2, 3).keys()];
  if (cs.length < 2 || grams.length === 0) return whole;
  const has = cs.map((c) => charNgrams(text.slice(c.start, c.end), 2, 3));
  const weight = (g: string) => Math.log(1 + cs.length / Math.max(1, has.filter((h) => h.has(g)).length)) * (g.length === 3 ? 1.5 : 1);
  const scores = has.map((h) => grams.reduce((s, g) => s + (h.has(g) ? weight(g) : 0), 0));
  const best = Math.max(...scores);
  if (best <= 0) return whole;
  const keep = scores.map((s) => s >= 0.6 * best);
  for (let i = 1; i < cs.length; i++) {
    if (!keep[i - 1] || keep[i]) continue;
    const prev = text.slice(cs[i - 1]!.start, cs[i - 1]!.end);
    const here = text.slice(cs[i]!.start, cs[i]!.end);
    const reason = CONTINUES.test(here) && !/主要原因|主要用于/.test(prev);
    const listItem = !cs[i - 1]!.closes && !/\d/.test(here) && here.length <= 40;
    if (reason || listItem) keep[i] = true;
  }
  const pieces: TrimmedPiece[] = [];
  let run: Clause | undefined;
  cs.forEach((c, i) => {
    if (!keep[i]) return;
    if (run && keep[i - 1] && /^[\s；;]*$/.test(text.slice(run.end, c.start))) run = { ...run, end: c.end };
    else {
      if (run) pieces.push(piece(text, run, offset));
      run = c;
    }
  });
  if (run) pieces.push(piece(text, run, offset));
  return pieces;
}

const piece = (text: string, c: Clause, offset: number): TrimmedPiece => ({ text: text.slice(c.start, c.end), span: { start: offset + c.start, end: offset + c.end } });
