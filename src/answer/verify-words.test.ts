import { describe, expect, it } from 'vitest';
import { DIRECTION_WORDS, FRAMING, WORD_EXAMPLES } from './verify-words.js';

describe('answer words (data/answer-words.json)', () => {
  it('reads each example direction as itself and not as the other', () => {
    for (const dir of ['up', 'down'] as const) {
      const other = dir === 'up' ? 'down' : 'up';
      for (const ex of WORD_EXAMPLES.direction[dir]) {
        const e = ex.toLowerCase();
        const last = (ws: string[]) => Math.max(...ws.map((w) => (e.lastIndexOf(w) >= 0 ? e.lastIndexOf(w) + w.length : -1)));
        expect(last(DIRECTION_WORDS[dir]), ex).toBeGreaterThanOrEqual(last(DIRECTION_WORDS[other]));
        expect(last(DIRECTION_WORDS[dir]), ex).toBeGreaterThan(-1);
      }
    }
  });
  it('finds framing in the framing examples and not in plain answers', () => {
    for (const ex of WORD_EXAMPLES.framing) expect(FRAMING.some((w) => ex.toLowerCase().includes(w)), ex).toBe(true);
    for (const ex of WORD_EXAMPLES.notFraming) expect(FRAMING.some((w) => ex.toLowerCase().includes(w)), ex).toBe(false);
  });
});
