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

describe('of several words listed, the one the question asks', () => {
  it('is the one followed by what asks for it — a sum, or whether it is listed — not the first said', () => {
    const q = normalizeQuestion('想把办公费、差旅费、会议费这些一项一项拆开来画，先从差旅费开始吧——差旅费有没有单独列出来？');
    expect(findUndisclosed(q)?.words).toBe('差旅费');
    expect(findUndisclosed(normalizeQuestion('下面写了办公费、差旅费那些，你把差旅费那一项单独的预算数告诉我'))?.words).toBe('差旅费');
  });
});
