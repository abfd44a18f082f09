import { describe, expect, it } from 'vitest';
import { compileCues, cueEntries } from './cue-data.js';
import { normalizeQuestion } from './question-text.js';

describe('question cues in data/cues.json', () => {
  const cues = compileCues(Object.fromEntries(cueEntries()));
  for (const [name, entry] of cueEntries()) {
    it(`${name}: matches every should-match example and no must-not-match example`, () => {
      const re = cues[name]!;
      for (const q of entry.shouldMatch) expect(re.test(normalizeQuestion(q)), `should match: ${q}`).toBe(true);
      for (const q of entry.mustNotMatch) expect(re.test(normalizeQuestion(q)), `must not match: ${q}`).toBe(false);
    });
  }
  it('rejects a cue without examples', () => {
    expect(() => compileCues({ x: { help: 'h', patterns: ['a'], shouldMatch: [], mustNotMatch: ['b'] } })).toThrow();
  });
});
