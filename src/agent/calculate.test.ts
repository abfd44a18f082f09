import { describe, expect, it } from 'vitest';
import type { StoredDocument, StoredFact } from '../domain/types.js';
import type { Store } from '../store/store.js';
import { calculate } from './calculate.js';
import { sourcesOf } from './ledger.js';
import { createRunLog } from './run-log.js';

const fact = (key: string, value: string, change?: string): StoredFact => ({
  id: `d:${key}`, docId: 'd', key, label: key, year: 2026, value, unit: '万元', span: { start: 0, end: 1 }, sentence: { start: 0, end: 10 },
  ...(change ? { change } : {}),
});
const facts = [fact('a', '252', '34'), fact('b', '87.8')];
const store = { facts: async () => facts } as unknown as Store;
const doc = { id: 'd', text: '0123456789', year: 2026, department: 'x', title: 't', sourceName: 's', subUnits: [] } as StoredDocument;
const ctx = () => ({ store, doc, log: createRunLog() });

describe('the calculate tool', () => {
  it('computes over fact ids only, and puts result, exact value and constants in the ledger', async () => {
    const c = ctx();
    const r = await calculate(c, { expression: 'share({a}, {t})', operands: [{ name: 'a', factId: 'd:a' }, { name: 't', factId: 'd:b' }] });
    expect(r).toMatchObject({ value: '287.02', unit: '%', factIds: ['d:a', 'd:b'] });
    expect(sourcesOf(c.log, doc).claims.map((x) => x.value)).toEqual(expect.arrayContaining(['252', '87.8', '287.02']));
  });

  it('takes last year from the stated change with field "change"', async () => {
    const r = await calculate(ctx(), { expression: 'prior({cur}, {chg})', operands: [{ name: 'cur', factId: 'd:a' }, { name: 'chg', factId: 'd:a', field: 'change' }] });
    expect(r).toMatchObject({ value: '218', derivation: '252 − 34 = 218' });
  });

  it('refuses literal numbers other than 100 and 10000, unknown facts and missing changes, as {error} values', async () => {
    const c = ctx();
    expect(await calculate(c, { expression: '{a} + 12', operands: [{ name: 'a', factId: 'd:a' }] })).toEqual({ error: expect.stringContaining('12') });
    expect(await calculate(c, { expression: '{a}', operands: [{ name: 'a', factId: 'd:zzz' }] })).toEqual({ error: expect.stringContaining('d:zzz') });
    expect(await calculate(c, { expression: '{b}', operands: [{ name: 'b', factId: 'd:b', field: 'change' }] })).toEqual({ error: expect.any(String) });
    expect(await calculate(c, { expression: '{a} / ({a} - {a})', operands: [{ name: 'a', factId: 'd:a' }] })).toEqual({ error: expect.stringMatching(/division_by_zero/) });
    expect(c.log.calcs).toHaveLength(0);
    expect(await calculate(c, { expression: '{a} / 10000', operands: [{ name: 'a', factId: 'd:a' }] })).toMatchObject({ value: '0.03' });
  });
});
