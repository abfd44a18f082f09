import { describe, expect, it } from 'vitest';
import { DISTRICT_NAMES } from '../answer/alias-data.js';
import { DocumentCatalog } from './document-catalog.js';

const catalog = new DocumentCatalog(
  [{ id: 'seed', sourceName: 'seed.txt', title: '重庆市渝中区人民政府办公室2026年部门预算情况说明', department: '重庆市渝中区人民政府办公室', year: 2026, factCount: 1, subUnits: [] }],
  DISTRICT_NAMES,
);

describe('names of loaded departments in a question', () => {
  it('finds the full name and the short forms a citizen uses', () => {
    expect(catalog.findNames('渝中区政府办公室的三公经费').map((h) => h.docIds)).toEqual([['seed']]);
    expect(catalog.findNames('政府办今年花了多少').length).toBe(1);
  });

  it('a short form ending in 办 inside the word 办公 is not that short form (重庆市政府办公厅)', () => {
    expect(catalog.findNames('重庆市政府办公厅的预算').filter((h) => h.name.endsWith('办'))).toEqual([]);
  });

  it("a district department's bare name right after 市 names the city's body, not this district's", () => {
    expect(catalog.findNames('重庆市政府办公室的三公经费')).toEqual([]);
    expect(catalog.findNames('重庆市人民政府办公室今年预算多少')).toEqual([]);
    expect(catalog.cityBodies('重庆市人民政府办公室今年预算多少')).toEqual(['重庆市人民政府办公室']);
    expect(catalog.cityBodies('市政府办的三公经费')).toEqual(['市政府办']);
    // With the district between, or without 市 before it, it is this office.
    expect(catalog.findNames('重庆市渝中区政府办公室的三公经费').map((h) => h.docIds)).toEqual([['seed']]);
    expect(catalog.cityBodies('重庆市渝中区政府办公室的三公经费')).toEqual([]);
    expect(catalog.findNames('政府办公室的三公经费').map((h) => h.docIds)).toEqual([['seed']]);
  });

  it("a city department's own bare name after 市 is that department", () => {
    const city = new DocumentCatalog(
      [{ id: 'c', sourceName: 'c.txt', title: '重庆市财政局2026年部门预算情况说明', department: '重庆市财政局', year: 2026, factCount: 1, subUnits: [] }],
      DISTRICT_NAMES,
    );
    expect(city.findNames('市财政局的三公经费').map((h) => h.docIds)).toEqual([['c']]);
    expect(city.cityBodies('市财政局的三公经费')).toEqual([]);
  });
});
