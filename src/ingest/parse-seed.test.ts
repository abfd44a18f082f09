import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';

const text = readFileSync(new URL('../../data/sources/yuzhong-gov-office-2026.txt', import.meta.url), 'utf8');
const parsed = parseDocument(text);
const byKey = new Map(parsed.facts.map((f) => [f.key, f]));

/** Every figure sentence of the seed, read by a person from the text: key, value, unit, change, start of the reason. */
const EXPECTED: Array<[string, string, string, string?, string?]> = [
  // 二、(一) income: total + 6 types, change with reason
  ['income.total', '11491.61', '万元', '399.77', '新增在职人员'],
  ['income.general_budget', '11491.61', '万元'],
  ['income.gov_fund', '0', '万元'],
  ['income.state_capital', '0', '万元'],
  ['income.business', '0', '万元'],
  ['income.operating', '0', '万元'],
  ['income.other', '0', '万元'],
  // 二、(二) expenditure: total + 4 categories, change split into basic/project in the reason
  ['expenditure.total', '11491.61', '万元', '399.77', '基本支出增加584.81万元'],
  ['expenditure.general_public_services', '10784.89', '万元'],
  ['expenditure.social_security', '445.5', '万元'],
  ['expenditure.health', '116.26', '万元'],
  ['expenditure.housing', '144.96', '万元'],
  ['expenditure.total.mention.1', '584.81', '万元'],
  ['expenditure.total.mention.2', '185.04', '万元'],
  // 三
  ['fiscal.general_budget.income', '11491.61', '万元'],
  ['fiscal.general_budget.expenditure', '11491.61', '万元', '399.77'],
  ['fiscal.basic', '2621.58', '万元', '584.81', '新进在职人员相关经费'],
  ['fiscal.project', '8870.03', '万元', '-185.04', '按财政要求，2026年聘用人员经费不在项目中列支'],
  ['fiscal.gov_fund.expenditure', '0', '万元', '0'],
  // 四 "三公"
  ['sangong.total', '367.35', '万元', '40.9'],
  ['sangong.overseas', '0', '万元', '0'],
  ['sangong.reception', '27.55', '万元', '-1.3', '厉行节约'],
  ['sangong.vehicle_operation', '87.8', '万元', '8.2', '因工作需要，新增公务用车4辆'],
  ['sangong.vehicle_purchase', '252', '万元', '34', '全区公车购置需求增加'],
  // 五
  ['operating_costs', '253.48', '万元', '-19.75', '在职人员调出，相关经费减少'],
  ['procurement.total', '1969.33', '万元'],
  ['procurement.goods', '23.1', '万元'],
  ['procurement.works', '0', '万元'],
  ['procurement.services', '1946.23', '万元'],
  ['procurement.general_budget.total', '1969.33', '万元'],
  ['procurement.general_budget.goods', '23.1', '万元'],
  ['procurement.general_budget.works', '0', '万元'],
  ['procurement.general_budget.services', '1946.23', '万元'],
  ['performance.amount', '8870.03', '万元'],
  ['vehicles.held.total', '10', '辆'],
  ['vehicles.held.general', '10', '辆'],
  ['vehicles.held.law_enforcement', '0', '辆'],
  ['vehicles.planned.total', '14', '辆'],
  ['vehicles.planned.general', '14', '辆'],
  ['vehicles.planned.law_enforcement', '0', '辆'],
  // 一、(二) four sub-units × three headcounts
  ['units.1.staff.establishment', '43', '人'],
  ['units.1.staff.actual', '47', '人'],
  ['units.1.staff.hired', '14', '人'],
  ['units.2.staff.establishment', '5', '人'],
  ['units.2.staff.actual', '3', '人'],
  ['units.2.staff.hired', '21', '人'],
  ['units.3.staff.establishment', '7', '人'],
  ['units.3.staff.actual', '6', '人'],
  ['units.3.staff.hired', '9', '人'],
  ['units.4.staff.establishment', '30', '人'],
  ['units.4.staff.actual', '23', '人'],
  ['units.4.staff.hired', '9', '人'],
];

describe('parser on the seed document', () => {
  it('reads the metadata, the contact and the four sub-units', () => {
    expect(parsed.document).toEqual({ title: '重庆市渝中区人民政府办公室2026年部门预算情况说明', department: '重庆市渝中区人民政府办公室', year: 2026 });
    expect(parsed.contact).toMatchObject({ person: '陈庆', phone: '023-63259683' });
    expect(parsed.subUnits.map((u) => [u.name, u.type, u.level, u.funding])).toEqual([
      ['重庆市渝中区政府办公室（本级）', '行政单位', '正处（县）级', '财政全额拨款'],
      ['重庆市渝中区机关事务服务中心', '公益一类事业单位', '正科级', '财政全额拨款'],
      ['重庆市渝中区政务服务中心', '公益一类事业单位', '正科级', '财政全额拨款'],
      ['重庆市渝中区数字化城市运行和治理中心', '公益一类事业单位', '副处（县）级', '财政全额拨款'],
    ]);
  });

  it.each(EXPECTED)('%s = %s %s', (key, value, unit, change, reason) => {
    const fact = byKey.get(key);
    expect(fact, `missing fact ${key}`).toBeDefined();
    expect(fact!.value).toBe(value);
    expect(fact!.unit).toBe(unit);
    expect(fact!.year).toBe(2026);
    // The span is the number exactly as published, inside the sentence span.
    expect(text.slice(fact!.span.start, fact!.span.end).replace(/,/g, '')).toBe(key === 'fiscal.gov_fund.expenditure' ? '无使用政府性基金预算拨款安排的支出' : value);
    expect(fact!.sentence.start).toBeLessThanOrEqual(fact!.span.start);
    expect(fact!.sentence.end).toBeGreaterThanOrEqual(fact!.span.end);
    expect(fact!.change).toBe(change);
    if (reason) {
      expect(fact!.reason?.startsWith(reason)).toBe(true);
      expect(text.slice(fact!.reasonSpan!.start, fact!.reasonSpan!.end)).toBe(fact!.reason);
    }
  });

  it('keeps the reason of the vehicle purchase that follows a semicolon, and stops reasons before 主要用于', () => {
    expect(byKey.get('sangong.vehicle_purchase')!.reason).toBe('全区公车购置需求增加');
    expect(byKey.get('operating_costs')!.reason).toBe('在职人员调出，相关经费减少');
    expect(byKey.get('operating_costs')!.usage).toMatch(/^办公费、印刷费/);
    expect(byKey.get('fiscal.project')!.usage).toMatch(/民兵编制工作经费（区武装部）等重点工作$/);
  });

  it('records the as-of date of vehicles held', () => {
    expect(byKey.get('vehicles.held.total')!.asOf).toBe('截至2025年12月');
  });

  it('holds no fact beyond the listed ones except figures quoted inside reasons, and no warning', () => {
    const extra = parsed.facts.filter((f) => !EXPECTED.some(([k]) => k === f.key)).map((f) => f.key);
    expect(extra.every((k) => /\.mention\.\d+$/.test(k))).toBe(true);
    expect(parsed.warnings).toEqual([]);
  });

  it('extracts every glossary term, with sub-items of the "三公" definition', () => {
    const terms = parsed.glossary.map((g) => g.term);
    expect(terms).toHaveLength(23);
    expect(terms).toContain('“三公”经费');
    const sub = parsed.glossary.find((g) => g.term === '公务用车运行维护费');
    expect(sub?.parent).toBe('“三公”经费');
    expect(sub?.definition).toMatch(/燃料费、维修费、过路过桥费/);
    for (const g of parsed.glossary) expect(text.slice(g.span.start, g.span.end)).toContain(g.definition.slice(0, 10));
  });

  it('splits passages with heading paths and exact spans', () => {
    expect(parsed.passages.length).toBeGreaterThan(40);
    for (const p of parsed.passages) expect(text.slice(p.span.start, p.span.end)).toBe(p.text);
    const duty = parsed.passages.find((p) => p.text.includes('指导基层治理中心建设'));
    expect(duty?.headingPath).toEqual(['一、单位基本情况', '（一）职能职责', '4. 重庆市渝中区数字化城市运行和治理中心']);
  });
});
