import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneEditApart, withinOneEdit } from './fuzzy.js';

/** One edit apart by the definition: equal, or equal once one character is substituted, inserted or deleted. */
function naiveOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  for (let i = 0; i <= Math.max(a.length, b.length); i++) {
    if (a.length === b.length && a.slice(0, i) + a.slice(i + 1) === b.slice(0, i) + b.slice(i + 1) && i < a.length) return true;
    if (a.length === b.length + 1 && a.slice(0, i) + a.slice(i + 1) === b) return true;
    if (b.length === a.length + 1 && b.slice(0, i) + b.slice(i + 1) === a) return true;
  }
  return false;
}

describe('withinOneEdit', () => {
  it('finds substitutions, insertions and deletions of a long term, never two edits', () => {
    const free = () => true;
    expect(withinOneEdit('政府采购货勿预算是多少', '政府采购货物预算', free)).toEqual({ start: 0, end: 8 });
    expect(withinOneEdit('公务用车运行维费', '公务用车运行维护费', free)).toEqual({ start: 0, end: 8 });
    expect(withinOneEdit('公务用车运行维护护费', '公务用车运行维护费', free)).toEqual({ start: 0, end: 9 });
    expect(withinOneEdit('公务用车运行维修护费', '公务用车运行维护费', free)).toEqual({ start: 0, end: 10 });
    expect(withinOneEdit('公务用车运营维修费', '公务用车运行维护费', free)).toBeUndefined();
  });

  // Terms missing three or more of their two-character windows from the question are ruled out before any window is
  // tried (and the lexicon's typo index rests on the same bound): the answer must be that of trying every window.
  it('answers as trying every window of the question', () => {
    const everyWindow = (q: string, term: string) => {
      for (const len of [term.length, term.length - 1, term.length + 1]) {
        for (let s = 0; s + len <= q.length; s++) {
          const w = q.slice(s, s + len);
          if (w !== term && naiveOneEdit(w, term)) return { start: s, end: s + len };
        }
      }
      return undefined;
    };
    const chars = fc.constantFrom(...'公务用车运行维护费接待三经');
    fc.assert(
      fc.property(fc.string({ unit: chars, minLength: 5, maxLength: 9 }), fc.string({ unit: chars, maxLength: 14 }), (term, q) => {
        expect(withinOneEdit(q, term, () => true)).toEqual(everyWindow(q, term));
      }),
      { numRuns: 5000 },
    );
  });

  it('oneEditApart is one edit by the definition', () => {
    const chars = fc.constantFrom(...'公务用车ab');
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 7 }), fc.string({ unit: chars, maxLength: 7 }), (a, b) => {
        expect(oneEditApart(a, b)).toBe(naiveOneEdit(a, b));
      }),
      { numRuns: 5000 },
    );
  });

  // The lexicon files each term under three of its two-character windows only: a term one edit away from part of the
  // question must have at least one of any three of its windows in the question.
  it('a term one edit away shares at least one of any three of its two-character windows with the question', () => {
    const chars = fc.constantFrom(...'公务用车运行维护费接待三经');
    const windows = (s: string) => [...new Set(Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)))];
    fc.assert(
      fc.property(fc.string({ unit: chars, minLength: 5, maxLength: 9 }), fc.string({ unit: chars, maxLength: 14 }), fc.nat(), (term, q, seed) => {
        const own = windows(term);
        if (own.length < 3 || !withinOneEdit(q, term, () => true)) return;
        const three = [0, 1, 2].map((k) => own[(seed + k) % own.length]!);
        expect(three.some((w) => q.includes(w))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
