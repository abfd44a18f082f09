import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from './question-text.js';
import { describesParent, findUndisclosed, UNDISCLOSED_TERMS } from './undisclosed.js';

describe('undisclosed terms (data/undisclosed.json)', () => {
  for (const t of UNDISCLOSED_TERMS) {
    it(`${t.name}: matches its should-match examples and none of its must-not-match examples`, () => {
      for (const q of t.shouldMatch) expect(t.re.test(normalizeQuestion(q)), q).toBe(true);
      for (const q of t.mustNotMatch) expect(findUndisclosed(normalizeQuestion(q))?.name, q).toBeUndefined();
    });
  }
});

describe('activities said as the money for them', () => {
  it('describe the item holding them (加油、修车的钱 is the running cost); fees named one by one are those fees', () => {
    const fuel = findUndisclosed(normalizeQuestion('给汽车加油、修车的钱是多少？'))!;
    expect(describesParent(normalizeQuestion('给汽车加油、修车的钱是多少？'), fuel)).toBe(true);
    const fees = normalizeQuestion('水电费、物管费一年好多钱？');
    expect(describesParent(fees, findUndisclosed(fees)!)).toBe(false);
    const one = normalizeQuestion('加油和修车分别多少钱');
    expect(describesParent(one, findUndisclosed(one)!)).toBe(false);
  });
});
