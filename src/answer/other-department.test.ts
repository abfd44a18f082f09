import { describe, expect, it } from 'vitest';
import { DocumentCatalog } from '../domain/document-catalog.js';
import { ALIASES, DISTRICT_NAMES } from './alias-data.js';
import { otherDepartment } from './other-department.js';

const catalog = new DocumentCatalog(
  [{ id: 'seed', sourceName: 'seed.txt', title: '重庆市渝中区人民政府办公室2026年部门预算情况说明', department: '重庆市渝中区人民政府办公室', year: 2026, factCount: 1, subUnits: [] }],
  DISTRICT_NAMES,
);
const other = (q: string) => otherDepartment(q, catalog, DISTRICT_NAMES, () => false, ALIASES.districts?.en ?? {});

describe('a department or district no loaded document covers', () => {
  it('is found in Chinese and in English (pinyin followed by district or county)', () => {
    expect(other('江北区政府办公室的预算是多少')).toBe('江北区');
    expect(other("what's the 2026 budget of the jiangbei district government office?")).toBe('江北区');
    expect(other('how much does fengjie county spend?')).toBe('奉节县');
  });

  it('a commission named by its short form (发展改革委, 住建委) is another department', () => {
    expect(other('渝中区发展改革委2026年部门预算是多少？')).toBe('渝中区发展改革委');
    expect(other('区住建委三公经费多少')).toBe('区住建委');
  });

  it('a body named after the asker\'s own words (我想问下区教委) is that body; 我们委 is the asker\'s own', () => {
    expect(other('我想问下区教委今年的部门预算是好多？')).toBe('区教委');
    expect(other('我们委的三公经费')).toBeUndefined();
  });

  it('is not the district of the loaded document, nor a pinyin word that is not a place name', () => {
    expect(other("what is the yuzhong district government office's budget?")).toBeUndefined();
    expect(other('what is the wushan project?')).toBeUndefined();
  });
  it('a body of the city (重庆市政府办公厅) is not this district office, though its words stand in the document', () => {
    const inDoc = (t: string) => '其他政府办公厅（室）及相关机构事务'.includes(t);
    expect(otherDepartment('重庆市政府办公厅2026年的机关运行经费是多少', catalog, DISTRICT_NAMES, inDoc)).toBe('重庆市政府办公厅');
    expect(other('重庆市政府办公室的三公经费好多')).toBe('重庆市政府办公室');
    expect(other('渝中区政府办公室的三公经费好多')).toBeUndefined();
    expect(otherDepartment('有没有城市治理委员会工作经费', catalog, DISTRICT_NAMES, (t) => '渝中区城市治理委员会工作经费'.includes(t))).toBeUndefined();
  });
  it('a hall or a canteen (大厅, 餐厅) is a room, not a 厅 of government', () => {
    expect(other('跟我们去办身份证那种大厅有关系吗')).toBeUndefined();
    expect(other('重庆市教育厅的预算')).toBe('重庆市教育厅');
  });
  it('the district people\'s congress and the CPPCC are other bodies; their members and motions are not', () => {
    expect(other('区人大常委会办公室的“三公”经费是多少？')).toBe('区人大常委会办公室');
    expect(other('区政协办公室的三公经费')).toBe('区政协办公室');
    expect(other('区人大的三公经费')).toBe('区人大');
    expect(other('人大代表建议、政协提案办理，项目里有经费吗')).toBeUndefined();
    expect(other('我是区人大代表，想问三公经费')).toBeUndefined();
  });
  it('a name does not run across a conjunction: in 区政府办和区委办 the other department is 区委办', () => {
    expect(other('区政府办和区委办，哪个的三公经费多？')).toBe('区委办');
  });
  it('another department named in English by its kind', () => {
    expect(other('what are the 2026 three public expenses of the district education commission?')).toBe('education commission');
    expect(other('what is the administrative affairs service center?')).toBeUndefined();
  });
});
