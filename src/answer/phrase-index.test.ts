import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { phraseIndex } from './phrase-index.js';

describe('phraseIndex', () => {
  const text = '2026年公务用车购置费252万元，比2025年增加34万元，主要原因是全区公车购置需求增加。';
  const index = phraseIndex(text);

  it('holds every phrase the text holds, of any length', () => {
    for (let len = 0; len <= 8; len++) for (let i = 0; i + len <= text.length; i++) expect(index.includes(text.slice(i, i + len))).toBe(true);
  });

  it('holds no phrase the text does not hold', () => {
    for (const p of ['公务接待费', '购置费增加了', '老旧小区改造', '2027年', 'xyz']) expect(index.includes(p)).toBe(false);
  });

  it('answers exactly as String.includes', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'公务用车购置费增加年万元，2025'), maxLength: 200 }), fc.string({ unit: fc.constantFrom(...'公务用车购置费增加年万元，2025'), maxLength: 6 }), (t, p) => {
        expect(phraseIndex(t).includes(p)).toBe(t.includes(p));
      }),
    );
  });
});
