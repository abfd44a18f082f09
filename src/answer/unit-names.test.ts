import { describe, expect, it } from 'vitest';
import { isShortNameOf } from './unit-names.js';
import { passageScore, shortenedScore, topicTerms } from './intents/search-text.js';

describe('isShortNameOf', () => {
  it('reads a unit’s name shortened: its first character, its head, the rest in order', () => {
    expect(isShortNameOf('政务中心', '政务服务中心')).toBe(true);
    expect(isShortNameOf('数字化中心', '数字化城市运行和治理中心')).toBe(true);
  });
  it('is not any word sharing characters with the name', () => {
    expect(isShortNameOf('服务中心', '政务服务中心')).toBe(false);
    expect(isShortNameOf('中心政务', '政务服务中心')).toBe(false);
    expect(isShortNameOf('政务服务', '政务服务中心')).toBe(false);
  });
});

describe('shortenedScore', () => {
  const passage = { text: '具体负责公务用车的维修、处置等工作。' };
  it('counts a pair said shortened (公车 of 公务用车) that the passage does not hold as it is', () => {
    const terms = topicTerms('公车维修');
    expect(passageScore(passage, terms)).toBe(1);
    expect(shortenedScore(passage, terms)).toBe(2);
  });
  it('counts no pair the passage holds as it is, nor one too far apart', () => {
    expect(shortenedScore(passage, ['维修'])).toBe(0);
    expect(shortenedScore(passage, ['公工'])).toBe(0);
  });
});
