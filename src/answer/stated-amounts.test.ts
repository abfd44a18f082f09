import { chineseToDecimal } from './numbers-in-text.js';
import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from './question-text.js';
import { statedAmounts } from './stated-amounts.js';

const values = (q: string) => statedAmounts(normalizeQuestion(q)).map((a) => `${a.value}${a.unit}`);

describe('figures a question states', () => {
  it('reads money in any unit as 万元, with decimal arithmetic', () => {
    expect(values('三公经费是3000万元吧')).toEqual(['3000万元']);
    expect(values('三公经费是三千万元吧')).toEqual(['3000万元']);
    expect(values('一万一千四百九十一点六一万是啥子钱')).toEqual(['11491.61万元']);
    expect(values('总预算1.15亿吧')).toEqual(['11500万元']);
    expect(values('三公经费是3673500元吗')).toEqual(['367.35万元']);
    expect(values('那个252万是干啥的')).toEqual(['252万元']);
  });

  it('keeps headcounts and vehicles as counts', () => {
    expect(values('本级编制43个,实际也是43人吧')).toEqual(['43个', '43人']);
    expect(values('有14辆车吗')).toEqual(['14辆']);
  });

  it('is not fooled by years, dates, percentages or numerals inside names', () => {
    expect(values('2025年的三公经费是多少')).toEqual([]);
    expect(values('增长了12.5%吧')).toEqual([]);
    expect(values('三公经费和一般公共预算')).toEqual([]);
    // (The unit the figures are in, said in English, is no figure: 11491.61 (in 10,000 yuan).)
    expect(values('Is it true the total budget is 11491.61 (in 10,000 yuan)?')).toEqual(['11491.61万元']);
    // (Yuan said in English is 元: 275,500 yuan is 27.55万元.)
    expect(values('The reception budget is 275,500 yuan, right?')).toEqual(['27.55万元']);
    expect(values('Procurement of goods is 231 thousand yuan, correct?')).toEqual(['23.1万元']);
    // (…and about so many yuan is a range of yuan: about 50,000 yuan is 4.5 to 5.5 万元, not a range around zero.)
    expect(statedAmounts(normalizeQuestion('The overseas travel budget is about 50,000 yuan, right?'))[0]?.approx).toEqual({ min: '4.5', max: '5.5' });
  });

  it('reads an approximation as a range, never as a figure', () => {
    const range = (q: string) => statedAmounts(normalizeQuestion(q)).map((a) => a.approx && `${a.approx.min}–${a.approx.max}${a.unit}`);
    expect(range('听说你们三公经费有三千多万?')).toEqual(['3000–4000万元']);
    expect(range('300多万吧')).toEqual(['300–400万元']);
    expect(range('应该有好几百万吧')).toEqual(['200–1000万元']);
    expect(range('几十万')).toEqual(['10–100万元']);
    expect(range('十多个人')).toEqual(['10–20人']);
    expect(range('三公经费是3000万元吧')).toEqual([undefined]);
    // 多 after the unit: the next whole step of that unit.
    expect(range('基本支出是8870万多吧')).toEqual(['8870–8871万元']);
    expect(range('收入是1亿多吧')).toEqual(['10000–20000万元']);
    expect(range('听说政务服务中心聘了二十几个人')).toEqual(['20–30人']);
    expect(range('他们说一共有上百辆公车')).toEqual(['100–1000辆']);
    expect(range('出国经费今年有十几万吧')).toEqual(['10–20万元']);
    expect(range('一般公共服务支出一亿零七百多万')).toEqual(['10700–10800万元']);
    // (A span of time or an age is no figure: 住了几十年了, 十几岁.)
    expect(range('他在渝中住了几十年了')).toEqual([]);
    expect(range('我孙子十几岁')).toEqual([]);
    // 万 or 亿 inside the numeral before 多, or 个 between: that unit, one step of it.
    expect(range('总预算是一亿多吧')).toEqual(['10000–20000万元']);
    expect(range('总预算是一个亿多点 对不对')).toEqual(['10000–20000万元']);
    expect(range('总预算一个多亿吧')).toEqual(['10000–20000万元']);
    expect(range('公务接待费一万多吧')).toEqual(['1–2万元']);
    expect(range('三公经费是两个亿吧')).toEqual([undefined]);
    // English millions: 100万 each; with decimals, the figure rounded.
    expect(range('the three public expenses budget is 3.67 million yuan, is that right?')).toEqual(['366.5–367.5万元']);
    expect(range('the vehicle purchase budget is 3 million yuan, isn\'t it?')).toEqual([undefined]);
    expect(values('what is it in 100 million yuan?')).toEqual([]);
    // A numeral with 亿 and 万 groups: the 万 group counts under the 亿 (一亿零七百八十四万 is 10784万).
    expect(range('一般公共服务支出一亿零七百八十四万多')).toEqual(['10784–10785万元']);
    // About so much in 万: half its last significant place; 1.2亿多 steps in its last place; 十来万 is ten-odd.
    expect(range('三公经费大约370万左右,对吧?')).toEqual(['365–375万元']);
    expect(range('基本支出约2600万左右?')).toEqual(['2550–2650万元']);
    expect(range('总预算是1.2亿多吧?')).toEqual(['12000–13000万元']);
    expect(range('因公出国费有十来万吧?')).toEqual(['10–20万元']);
  });
});

describe('a figure stated as "ten-odd"', () => {
  it('十几万 claims [10, 20) 万元', () => {
    expect(statedAmounts('出国经费今年有十几万吧')).toEqual([{ value: '10', unit: '万元', start: 7, end: 10, approx: { min: '10', max: '20' } }]);
  });
});

describe('figures said aloud', () => {
  it('a last digit after 千/万 counts in the next place, and yuan said with 万 inside is converted', () => {
    expect(chineseToDecimal('四千八')).toBe('4800');
    expect(chineseToDecimal('三万五')).toBe('35000');
    expect(chineseToDecimal('一千零八')).toBe('1008');
    expect(chineseToDecimal('十五')).toBe('15');
    expect(statedAmounts('好像说运行经费是二百三十五万四千八还是好多').map((a) => a.value)).toEqual(['235.48']);
    expect(statedAmounts('一万一千四百九十一点六一万是啥子钱').map((a) => a.value)).toEqual(['11491.61']);
  });
});

describe('a figure given in 亿 with decimals, or said to be about so much', () => {
  it('stands for the range it rounds from, half its last place either way', () => {
    expect(statedAmounts('部门预算总额约为1.15亿元')).toMatchObject([{ value: '11500', approx: { min: '11450', max: '11550' } }]);
    expect(statedAmounts('预算大约2亿')[0]!.approx).toEqual({ min: '15000', max: '25000' });
    expect(statedAmounts('公务接待费27.55万元')[0]!.approx).toBeUndefined();
  });
});

describe('a few of a unit of money', () => {
  it('好几万 and 几万块 are ranges short of ten; 几万人 is no money', () => {
    expect(statedAmounts('因公出国花了好几万哦')[0]).toMatchObject({ value: '2', approx: { min: '2', max: '10' } });
    expect(statedAmounts('几万块钱')[0]!.approx).toEqual({ min: '1', max: '10' });
    expect(statedAmounts('有几万人')).toEqual([]);
  });
});
