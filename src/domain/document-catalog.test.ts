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
});
