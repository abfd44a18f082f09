import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from './question-text.js';
import { matchesStated, saidOfLastYear, statedComputation } from './stated-computation.js';

const read = (q: string) => statedComputation(normalizeQuestion(q));
const shape = (q: string) => {
  const c = read(q);
  return c && { operands: c.operands.map((o) => o.value), ops: c.ops, result: c.result.value, percent: c.result.percent, ...(c.gap ? { gap: true } : {}) };
};

describe('a computation the question writes out', () => {
  it('reads operands, operators and the stated result, in Chinese and English', () => {
    expect(shape('252减218等于34，对吧？')).toEqual({ operands: ['252', '218'], ops: ['-'], result: '34', percent: false });
    expect(shape('一般公共服务10784.89加社保445.5加卫生116.26加住房144.96，正好等于11491.61，对得上吧？')).toEqual({ operands: ['10784.89', '445.5', '116.26', '144.96'], ops: ['+', '+', '+'], result: '11491.61', percent: false });
    expect(shape('Basic 2,621.58 plus project 8,870.03 equals 11,491.61, right?')).toEqual({ operands: ['2621.58', '8870.03'], ops: ['+'], result: '11491.61', percent: false });
    expect(shape('三公经费占总支出比例：367.35 ÷ 11491.61 大概是3.5%？')).toEqual({ operands: ['367.35', '11491.61'], ops: ['/'], result: '3.5', percent: true });
    // (A count named between an operator and its operand — 四个单位 — is no figure of the computation.)
    expect(shape('总支出11491.61万除以四个单位实有79人，人均大约145.46万，对吧？')).toEqual({ operands: ['11491.61', '79'], ops: ['/'], result: '145.46', percent: false });
  });

  it('reads a gap stated of the two figures just said', () => {
    expect(shape('本级编制43人，实有47人，多出4人，对吧？')).toEqual({ operands: ['43', '47'], ops: ['-'], result: '4', percent: false, gap: true });
    expect(shape('购置费252万，运维87.8万，差了164.2万吧')).toMatchObject({ operands: ['252', '87.8'], gap: true });
  });

  it('reads no computation in a figure and its change, in words of change, or where no result is stated', () => {
    expect(read('基本支出2621.58万元，比去年增加584.81万元，项目支出8870.03万元，减少了185.04万元，对吧')).toBeUndefined();
    expect(read('公务用车运行维护费87.8万，比去年增加了8.2万，对吧')).toBeUndefined();
    expect(read('252减218等于多少？')).toBeUndefined();
    expect(read('公务接待费比去年追加了1.3万，一共27.55万？')).toBeUndefined();
  });
});

describe('whether a recomputed value is the stated one', () => {
  const fig = (value: string, approx?: { min: string; max: string }) => ({ value, unit: '万元', start: 0, ...(approx ? { approx } : {}) });
  it('holds to the places the user wrote, or exactly when said to be exact', () => {
    expect(matchesStated('145.4634', fig('145.46'))).toBe(true);
    expect(matchesStated('3.1967', fig('3.5'))).toBe(false);
    expect(matchesStated('3.1967', fig('3.2'))).toBe(true);
    expect(matchesStated('2.0435', fig('2'))).toBe(true);
    expect(matchesStated('11491.61', fig('11491.61'), true)).toBe(true);
    expect(matchesStated('11491.6149', fig('11491.61'), true)).toBe(false);
    expect(matchesStated('3500', fig('3000', { min: '3000', max: '4000' }))).toBe(true);
  });
});

describe('a figure said of last year', () => {
  it('is one said right after 去年 or last year, not a change against last year', () => {
    const at = (q: string, figure: string) => saidOfLastYear(q, q.indexOf(figure));
    expect(at('运行维护费87.8万,比去年增加8.2万,所以去年是79.6万', '79.6')).toBe(true);
    expect(at('公务用车购置费去年218万', '218')).toBe(true);
    expect(at("last year's 218 and this year's 252", '218')).toBe(true);
    expect(at('运行维护费87.8万,比去年增加8.2万', '8.2')).toBe(false);
    expect(at('较上年多了34万', '34')).toBe(false);
  });
});
