import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from './question-text.js';
import { findUndisclosed, UNDISCLOSED_TERMS } from './undisclosed.js';

describe('undisclosed terms (data/undisclosed.json)', () => {
  for (const t of UNDISCLOSED_TERMS) {
    it(`${t.name}: matches its should-match examples and none of its must-not-match examples`, () => {
      for (const q of t.shouldMatch) expect(t.re.test(normalizeQuestion(q)), q).toBe(true);
      for (const q of t.mustNotMatch) expect(findUndisclosed(normalizeQuestion(q))?.name, q).toBeUndefined();
    });
  }
});
