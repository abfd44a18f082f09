import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from './question-text.js';
import { ASSERTION_EXAMPLES, CHANGE_WORD_EXAMPLES, PARAPHRASE_EXAMPLES, assertionIn, confirming, paraphrasesReason } from './question-claims.js';

describe('what a question asserts (data/assertions.json)', () => {
  it.each(ASSERTION_EXAMPLES.asserts)('%s asserts something to check', (q) => {
    expect(assertionIn(normalizeQuestion(q))).toBeDefined();
  });
  it.each(CHANGE_WORD_EXAMPLES.bothWays)('%s claims no direction', (q) => {
    expect(assertionIn(normalizeQuestion(q))?.direction).toBeUndefined();
  });
  it.each(CHANGE_WORD_EXAMPLES.flat)('%s claims no change', (q) => {
    expect(assertionIn(normalizeQuestion(q))?.direction).toBe('flat');
  });
  it.each(CHANGE_WORD_EXAMPLES.multiples)('%s claims a multiple from %s%%', (q, min) => {
    expect(assertionIn(normalizeQuestion(q))).toMatchObject({ multiple: true, percentRanges: [expect.objectContaining({ min })] });
  });
  it.each(PARAPHRASE_EXAMPLES.agree)('%s says %s in other words', (claim, reason) => {
    expect(paraphrasesReason(claim, reason)).toBe(true);
  });
  it.each(PARAPHRASE_EXAMPLES.differ)('%s is not %s', (claim, reason) => {
    expect(paraphrasesReason(claim, reason)).toBe(false);
  });
  it.each(ASSERTION_EXAMPLES.asks)('%s only asks', (q) => {
    expect(assertionIn(normalizeQuestion(q))).toBeUndefined();
  });
  it('是X的哦 at the end is said to be confirmed; 为啥是0哦 asks', () => {
    expect(confirming(normalizeQuestion('机关事务服务中心是正处级的哦'))).toBe(true);
    expect(confirming(normalizeQuestion('出国费为啥是0哦?'))).toBe(false);
  });
  it('一个 before a thing is the article, no figure claimed', () => {
    expect(assertionIn(normalizeQuestion('我在给一个客户做简报，收入和支出是分开列的嘛，收入预算总数是多少？'))?.amounts ?? []).toEqual([]);
    expect(assertionIn(normalizeQuestion('总预算是一个亿出头对吧'))?.amounts).toEqual(['10000']);
  });
  it('reads the figures, the direction, existence and dominance the user states', () => {
    expect(assertionIn(normalizeQuestion('三公经费是3000万元吧'))).toMatchObject({ amounts: ['3000'] });
    expect(assertionIn(normalizeQuestion('项目支出比去年多了185万？'))).toMatchObject({ amounts: ['185'], direction: 'up' });
    expect(assertionIn(normalizeQuestion('总预算比去年少了对吧'))).toMatchObject({ amounts: [], direction: 'down' });
    expect(assertionIn(normalizeQuestion('这个部门有政府性基金预算拨款吧'))).toMatchObject({ exists: true });
    expect(assertionIn(normalizeQuestion('政府采购预算主要是买货物的吧'))).toMatchObject({ mostly: '货物' });
    expect(assertionIn(normalizeQuestion('截至2025年底单位有14辆公车？'))).toMatchObject({ amounts: ['14'] });
  });
});
