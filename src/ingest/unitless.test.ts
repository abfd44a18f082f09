import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toExtractJson } from '../cli/extract-json.js';
import { findAmounts } from './amounts.js';
import { auditDocument } from './audit.js';
import { normalizeText } from './normalize.js';
import { parseDocument } from './parse-document.js';
import { findBareNumbers } from './unitless.js';

const bare = (text: string) => {
  const norm = normalizeText(text);
  return findBareNumbers(norm, 0, norm.length, findAmounts(norm)).map((b) => ({ value: b.value, unit: b.unit }));
};

describe('numbers written without a unit', () => {
  it('take the unit the figures on both sides of them share', () => {
    expect(bare('其中：教育支出5.98万元，文化旅游体育与传媒支出12.4，卫生健康支出3.2万元。')).toEqual([{ value: '12.4', unit: '万元' }]);
  });

  it('at the end of a list, take the unit of the two before', () => {
    expect(bare('其中：教育支出5.98万元，卫生健康支出3.2万元，住房保障支出1.1。')).toEqual([{ value: '1.1', unit: '万元' }]);
  });

  it('at the start of a list, take the unit of the two after', () => {
    expect(bare('2026年年初预算数582.44,其中:一般公共预算拨款582.44万元,政府性基金预算拨款0万元。')).toEqual([{ value: '582.44', unit: '万元' }]);
  });

  it('get no unit when the list does not agree on one', () => {
    expect(bare('共有车辆3辆，运行维护费12.4，购置费5万元。')).toEqual([{ value: '12.4', unit: undefined }]);
    expect(bare('项目支出12.4。')).toEqual([{ value: '12.4', unit: undefined }]);
  });

  it('are not years, ordinals, list markers, thousands groups, dates or phone numbers', () => {
    expect(bare('2026年，第1，(1)负责，1,635.93万元，2026-02-06，电话023-63259683。一般公共预算拨款1,635.93万元，其他收入0万元。')).toEqual([]);
  });
});

describe('a figure whose unit the source forgot, in a real template', () => {
  const seed = readFileSync(new URL('../../data/sources/yuzhong-gov-office-2026.txt', import.meta.url), 'utf8');
  const text = seed.replace('卫生健康支出116.26万元', '卫生健康支出116.26');
  const parsed = parseDocument(text);
  const health = parsed.facts.find((f) => f.key === 'expenditure.health')!;

  it('is read with the unit of its list, and the fact says the unit was inferred', () => {
    expect(health).toMatchObject({ value: '116.26', unit: '万元', note: 'unit inferred from the list it stands in (万元)' });
    expect(text.slice(health.span.start, health.span.end)).toBe('116.26');
    expect(parsed.warnings).toEqual([]);
    expect(auditDocument(text, parsed.facts).filter((c) => c.status === 'fail')).toEqual([]);
  });

  it('leaves the extract --json contract as it is (no note field)', () => {
    const fact = toExtractJson(parsed).facts.find((f) => f.key === 'expenditure.health')!;
    expect(Object.keys(fact)).toEqual(['key', 'label', 'year', 'value', 'unit', 'start', 'end']);
  });

  it('is a warning with its span when its list gives no unit', () => {
    const odd = seed.replace('（三）绩效目标设置情况。', '（三）绩效目标设置情况。另安排应急储备资金35.5。');
    const warning = parseDocument(odd).warnings.find((w) => w.quote === '35.5');
    expect(warning?.message).toMatch(/without a unit/);
  });
});
