import { describe, expect, it } from 'vitest';
import words from '../../data/parser/change-words.json' with { type: 'json' };
import { findPhraseChange, isPriorYearLabel, readChangeLabel } from './change.js';
import { scanEntries } from './entries.js';
import { normalizeText } from './normalize.js';

const { examples } = words;

describe('change phrases (data/parser/change-words.json): every example', () => {
  it.each(examples.changeLabel.match as Array<[string, number]>)('"%s" is a change label, direction %i', (label, sign) => {
    expect(readChangeLabel(label)).toMatchObject({ sign, rate: false });
  });
  it.each(examples.changeLabel.noMatch)('"%s" is not a change label', (label) => {
    expect(readChangeLabel(label)).toBeUndefined();
  });
  it.each(examples.neutralLabel.match)('"%s" is a change without a direction', (label) => {
    expect(readChangeLabel(label)).toMatchObject({ sign: 0, rate: false });
  });
  it.each(examples.neutralLabel.noMatch)('"%s" is not a change', (label) => {
    expect(readChangeLabel(label)).toBeUndefined();
  });
  it.each(examples.rateLabel.match as Array<[string, number]>)('"%s" is a rate of change, direction %i', (label, sign) => {
    expect(readChangeLabel(label)).toMatchObject({ sign, rate: true });
  });
  it.each(examples.rateLabel.noMatch)('"%s" is not a rate of change', (label) => {
    expect(readChangeLabel(label)?.rate ?? false).toBe(false);
  });
  it.each(examples.flat.match)('"%s" states no change (0)', (text) => {
    expect(findPhraseChange(text, 0, text.length)).toMatchObject({ value: '0' });
  });
  it.each(examples.flat.noMatch)('"%s" states no change', (text) => {
    expect(findPhraseChange(text, 0, text.length)).toBeUndefined();
  });
  it.each(examples.newUnit.match)('"%s" is a note, not a number', (text) => {
    expect(findPhraseChange(text, 0, text.length)?.note).toBeDefined();
  });
  it.each(examples.newUnit.noMatch)('"%s" is not a note', (text) => {
    expect(findPhraseChange(text, 0, text.length)).toBeUndefined();
  });
  it.each(examples.priorYearLabel.match)('"%s" labels the figure of last year', (label) => {
    expect(isPriorYearLabel(label)).toBe(true);
  });
  it.each(examples.priorYearLabel.noMatch)('"%s" does not label the figure of last year', (label) => {
    expect(isPriorYearLabel(label)).toBe(false);
  });

  it('no word of one direction holds a word of the other (so each direction is found by its own words)', () => {
    for (const u of words.up) for (const d of words.down) expect(u.includes(d) || d.includes(u), `${u} / ${d}`).toBe(false);
  });
});

/** The change each figure of a sentence gets, read through the whole entry scanner. */
function changesOf(sentence: string) {
  const norm = normalizeText(sentence);
  return scanEntries(sentence, norm, { start: 0, end: norm.length }).map((e) => ({ label: e.label, value: e.amount.value, change: e.change?.value, percent: e.change?.percent }));
}

describe('changes in the forms documents write them', () => {
  it('an amount and a rate noun: 比上年增加X万元，增幅Y%', () => {
    expect(changesOf('项目支出120万元，比上年增加20万元，增幅20%。')).toEqual([{ label: '项目支出', value: '120', change: '20', percent: '20' }]);
    expect(changesOf('基本支出80万元，比上年减少8万元，降幅为9.1%。')).toEqual([{ label: '基本支出', value: '80', change: '-8', percent: '-9.1' }]);
  });

  it('a neutral rate noun takes the direction of the amount (减少…，幅度X%)', () => {
    expect(changesOf('基本支出80万元，较上年减少8万元，幅度9.1%。')).toEqual([{ label: '基本支出', value: '80', change: '-8', percent: '-9.1' }]);
  });

  it('a rate alone: 同比增长X% / 较2025年预算下降X%', () => {
    expect(changesOf('运行经费30万元，同比增长5%。')).toEqual([{ label: '运行经费', value: '30', change: undefined, percent: '5' }]);
    expect(changesOf('运行经费30万元，较2025年预算下降4.6%。')).toEqual([{ label: '运行经费', value: '30', change: undefined, percent: '-4.6' }]);
  });

  it('较上年预算数增加 / 与上年相比减少 / 比上年多', () => {
    expect(changesOf('收入预算50万元，较上年预算数增加5万元。')[0]!.change).toBe('5');
    expect(changesOf('收入预算50万元，与上年相比减少5万元。')[0]!.change).toBe('-5');
    expect(changesOf('收入预算50万元，比上年多5万元。')[0]!.change).toBe('5');
  });

  it('增减变化为0 is a change of 0; 增减变化为5万元 has no direction and is not read as a change', () => {
    expect(changesOf('公务接待费1万元，与上年相比增减变化为0万元。')).toEqual([{ label: '公务接待费', value: '1', change: '0', percent: undefined }]);
    expect(changesOf('公务接待费1万元，增减变化为5万元。')).toEqual([{ label: '公务接待费', value: '1', change: undefined, percent: undefined }]);
  });

  it('同比无变化 is a change of 0', () => {
    expect(changesOf('政府性基金预算拨款支出0万元，同比无变化。')[0]!.change).toBe('0');
  });

  it('a rate with no subject after the change of the total completes it (收入较上年增加X万元，同比增长Y%)', () => {
    expect(changesOf('收入预算50万元，其中：一般公共预算拨款45万元，其他收入5万元；收入较上年预算数增加5万元，同比增长11.1%。')).toEqual([
      { label: '收入预算', value: '50', change: '5', percent: '11.1' },
      { label: '一般公共预算拨款', value: '45', change: undefined, percent: undefined },
      { label: '其他收入', value: '5', change: undefined, percent: undefined },
    ]);
    // A phrase that names its own figure still speaks of it.
    expect(changesOf('收入预算50万元，其他收入5万元；收入较上年增加5万元，其他收入同比增长2%。').map((e) => e.percent)).toEqual([undefined, '2']);
  });

  it('the figure of last year stays with its entry, and the change and reason after it belong to the entry too', () => {
    const norm = normalizeText('项目支出44.2万元，上年预算31.5万元，增加12.7万元，主要原因是新增培训项目。');
    const [entry, ...rest] = scanEntries(norm, norm, { start: 0, end: norm.length });
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ label: '项目支出', change: { value: '12.7' }, reason: { text: '新增培训项目' } });
    expect(entry!.mentions.map((m) => [m.label, m.amount.value])).toEqual([['上年预算', '31.5']]);
    expect(changesOf('项目支出714.2万元，上年预算为659.2万元，主要原因是新增补助。')).toEqual([{ label: '项目支出', value: '714.2', change: undefined, percent: undefined }]);
  });

  it('a rate noun with an amount (增幅12万元) is not a change', () => {
    expect(changesOf('项目支出120万元，增幅12万元。').map((e) => e.label)).toEqual(['项目支出', '增幅']);
  });
});

describe('where a reason ends', () => {
  it('at ,其中 when figures follow: the parts after it are entries of their own', () => {
    const norm = normalizeText('公务用车购置及运行维护费23.2万元，较上年减少4万元，主要原因是车辆维修实行定点管理，其中：公务用车购置费0万元，公务用车运行维护费23.2万元。');
    const entries = scanEntries(norm, norm, { start: 0, end: norm.length });
    expect(entries.map((e) => [e.label, e.amount.value, e.reason?.text])).toEqual([
      ['公务用车购置及运行维护费', '23.2', '车辆维修实行定点管理'],
      ['公务用车购置费', '0', undefined],
      ['公务用车运行维护费', '23.2', undefined],
    ]);
  });
  it('not at a 其中 with no figure after it', () => {
    const norm = normalizeText('项目支出50万元，主要原因是新增项目，其中包括培训和宣传。');
    expect(scanEntries(norm, norm, { start: 0, end: norm.length })[0]!.reason?.text).toBe('新增项目,其中包括培训和宣传');
  });
});
