import { soundAlike } from './homophones.js';

/**
 * One character typed for another that sounds like it. In a two-character term only the second may slip (三工 for
 * 三公): the first anchors the word, and a slip of it is as often another word (处境 beside 出境).
 */
function soundAlikeSlip(window: string, term: string): boolean {
  if (window.length !== term.length) return false;
  const diffs = [...term].map((ch, i) => [ch, window[i]!, i] as const).filter(([x, y]) => x !== y);
  return diffs.length === 1 && soundAlike(diffs[0]![0], diffs[0]![1]) && (term.length > 2 || diffs[0]![2] === 1);
}

/** Is `a` within one edit (substitution, insertion or deletion) of `b`? */
export function oneEditApart(a: string, b: string): boolean {
  return oneEditApartAt(a, 0, a.length, b);
}

/**
 * oneEditApart(a.slice(from, from + la), b), without copying the window: compared by char code (reading `a[i]` of
 * Chinese text allocates a one-character string each time).
 */
function oneEditApartAt(a: string, from: number, la: number, b: string): boolean {
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(from + i) === b.charCodeAt(i)) i++;
  if (la === lb) return i === la || sameRun(a, from + i + 1, b, i + 1, la - i - 1);
  return la > lb ? sameRun(a, from + i + 1, b, i, lb - i) : sameRun(a, from + i, b, i + 1, la - i);
}

function sameRun(a: string, ai: number, b: string, bi: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(ai + k) !== b.charCodeAt(bi + k)) return false;
  return true;
}

/**
 * Find a window of `q` one edit away from `term` (a one-character typo), where `free(start, end)` allows it.
 * Terms of two to four characters accept only a substitution between characters that sound alike, so short words do
 * not drift.
 */
export function withinOneEdit(
  q: string,
  term: string,
  free: (start: number, end: number) => boolean,
): { start: number; end: number } | undefined {
  if (missingPairs(q, term) > 2) return undefined;
  const lengths = term.length <= 4 ? [term.length] : [term.length, term.length - 1, term.length + 1];
  for (const len of lengths) {
    for (let s = 0; s + len <= q.length; s++) {
      // The term itself is no typo of it; the cheap test first, then the caller's, then the sound-alike rule.
      if ((len === term.length && q.startsWith(term, s)) || !oneEditApartAt(q, s, len, term) || !free(s, s + len)) continue;
      // A four-character term tolerates only a sound-alike slip (三工经费, 项木支出 — but not 三项支出 → 三公支出).
      if (term.length <= 4 && !soundAlikeSlip(q.slice(s, s + len), term)) continue;
      return { start: s, end: s + len };
    }
  }
  return undefined;
}

/**
 * How many of `term`'s two-character windows `q` lacks. One edit changes at most two of them, so a term missing three
 * or more is one edit away from no part of `q` (a check far cheaper than trying every window).
 */
function missingPairs(q: string, term: string): number {
  let missing = 0;
  for (let i = 0; i + 2 <= term.length; i++) if (!q.includes(term.slice(i, i + 2)) && ++missing > 2) break;
  return missing;
}
