import { describe, expect, it } from 'vitest';
import { buildLexicon } from './lexicon.js';
import { normalizeQuestion } from './question-text.js';
import { ALIASES, SEED, seedBundle } from './seed-context.testkit.js';

const keys = (q: string, lexicon = SEED.lexicon) =>
  lexicon.match(normalizeQuestion(q)).flatMap((m) => (m.entry.target.type === 'item' ? [m.entry.target.key] : m.entry.target.type === 'group' ? m.entry.target.members : [m.entry.target.kind]));

describe('the item lexicon', () => {
  it('matches the longest name first and never overlaps', () => {
    expect(keys('公务用车运行维护费多少')).toEqual(['sangong.vehicle_operation']);
    expect(keys('政府采购货物预算是多少')).toEqual(['procurement.goods']);
  });
  it('counts a generic word only when nothing more specific is named', () => {
    expect(keys('三公经费的支出')).toEqual(['sangong.total']);
    expect(keys('支出是多少')).toEqual(['expenditure.total']);
  });
  it('reads a one-character typo of a long name, but not of a short one', () => {
    expect(keys('公务接代费是多少')).toEqual(['sangong.reception']);
    expect(keys('三公经废')).toEqual(['sangong.total']);
    expect(keys('三项支出')).not.toContain('sangong.total');
    // (A three-character name takes a sound-alike slip only: 接代费 is 接待费, 接客费 is nothing.)
    expect(keys('接代费为啥子少了')).toEqual(['sangong.reception']);
    expect(keys('接客费')).toEqual([]);
    // (Voice-input slips: 基本指出 is 基本支出, 山公经费 is 三公经费.)
    expect(keys('基本指出好多')).toEqual(['fiscal.basic']);
    expect(keys('山公经费好多')).toEqual(['sangong.total']);
  });
  it('expands a group (公车 = purchase + operation) and reads informal names from data (车费)', () => {
    expect(keys('公车花了多少')).toEqual(['sangong.vehicle_purchase', 'sangong.vehicle_operation']);
    expect(keys('车费为什么变多了')).toEqual(['sangong.vehicle_purchase', 'sangong.vehicle_operation']);
  });
  it('reads a contextual term only in its context (服务 is procurement of services only in a procurement question)', () => {
    expect(keys('政府采购里服务多少')).toContain('procurement.services');
    expect(keys('政务服务中心有几个人')).not.toContain('procurement.services');
  });
  it('adds each document’s own labels to the shared vocabulary, without changing another document’s', () => {
    const text = seedBundle().doc.text.replace('机关运行经费。', '机关运行经费。2026年机关食堂专项经费12万元。');
    const other = buildLexicon(seedBundle(text, 'other').facts, ALIASES);
    expect(other.entries.length).toBeGreaterThanOrEqual(SEED.lexicon.entries.length);
    expect(keys('三公经费', other)).toEqual(['sangong.total']);
  });
  it('names items in Chinese and English', () => {
    expect(SEED.lexicon.name('sangong.reception')).toEqual({ zh: '公务接待费', en: 'official reception' });
  });
  it('an English word spelt as written is not a typo of another term (administrative posts is not administrative costs)', () => {
    expect(keys('how many administrative posts are authorized?')).toEqual(['establishment']);
    expect(keys('what is the recepton budget?')).toEqual(['sangong.reception']);
  });
  it('a weak word beside a strong name qualifies it; joined to it by a coordinator it names an item of its own', () => {
    expect(keys('三公经费预算是多少')).toEqual(['sangong.total']);
    expect(keys('三公经费和收入各多少')).toEqual(['sangong.total', 'income.total']);
    expect(keys('what are the revenue growth rate and the three public expenses growth rate?')).toEqual(['income.total', 'sangong.total']);
    // Words other than measures between them make one longer name.
    expect(keys('what was social security and employment spending?')).toEqual(['expenditure.social_security']);
  });
  it('a head said once for two coordinated names is shared by both (公车运维加购置)', () => {
    expect(keys('公车运维加购置两项合起来多少')).toEqual(['sangong.vehicle_operation', 'sangong.vehicle_purchase']);
    // (Not when the words after the coordinator name nothing with it: 三公 + 公用经费 is no name.)
    expect(keys('三公经费和公用经费')).toEqual(['sangong.total']);
    expect(keys('公务接待费和公车购置费合计')).toEqual(['sangong.reception', 'sangong.vehicle_purchase']);
  });
  it('a term named only in a context reads against the context given (the whole turn of a clause)', () => {
    expect(SEED.lexicon.match('其中服务多少').length).toBe(0);
    expect(SEED.lexicon.match('其中服务多少', '政府采购多少其中服务多少').map((m) => m.entry.target.type === 'item' && m.entry.target.key)).toEqual(['procurement.services']);
  });
  it('运维 is the vehicles’ running costs only in a question about vehicles', () => {
    expect(keys('公务用车购置加运维一共多少钱')).toEqual(['sangong.vehicle_purchase', 'sangong.vehicle_operation']);
    expect(keys('数据中心运维一年多少钱')).toEqual([]);
  });
});
