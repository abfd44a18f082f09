import { describe, expect, it } from 'vitest';
import { findNumbers } from './numbers-in-text.js';
import { verifyAnswer, type Ledger } from './verify.js';

const citation = { docId: 'd', start: 0, end: 40, quote: '公务用车运行维护费87.8万元，比2025年增加8.2万元，主要原因是因工作需要，新增公务用车4辆' };
const ledger = (values: string[]): Ledger => ({ values, citations: [citation], phones: ['023-63259683'] });

describe('verifyAnswer', () => {
  it('accepts numbers that are cited facts or calculator results', () => {
    const r = verifyAnswer('2026年公务用车运行维护费87.8万元，比2025年增加8.2万元；上年为79.6万元（87.8 − 8.2 = 79.6）。', ledger(['87.8', '8.2', '79.6']));
    expect(r).toMatchObject({ ok: true, offending: [] });
  });

  it('rejects an answer carrying a number that is neither cited nor derived', () => {
    const r = verifyAnswer('公务用车运行维护费87.8万元，其中燃料费12万元。', ledger(['87.8']));
    expect(r.ok).toBe(false);
    expect(r.offending).toEqual(['12']);
  });

  it('catches Chinese numerals, full-width digits and percents', () => {
    expect(verifyAnswer('共有车辆十二辆。', ledger(['10'])).offending).toEqual(['十二']);
    expect(verifyAnswer('预算为１０００万元。', ledger(['27.55'])).offending).toEqual(['1000']);
    expect(verifyAnswer('增长了百分之十二点五。', ledger(['12.53'])).offending).toEqual(['百分之十二点五']);
    expect(verifyAnswer('占比3.2%。', ledger(['3.2', '100'])).ok).toBe(true);
  });

  it('allows years, dates, ordinals and the published phone number by rule', () => {
    const text = '截至2025年12月的数据。\n(1)第一项；（2）第二项。\n请致电023-63259683。';
    expect(verifyAnswer(text, ledger([]))).toMatchObject({ ok: true });
  });

  it('allows numbers inside a verbatim quotation of a cited span, and rejects a quotation that is not in one', () => {
    expect(verifyAnswer('原因是「因工作需要，新增公务用车4辆」。', ledger([])).ok).toBe(true);
    const forged = verifyAnswer('原因是「新增公务用车40辆」。', ledger([]));
    expect(forged.ok).toBe(false);
  });

  it('compares after the documented rounding: 3.2 matches 3.19670…', () => {
    expect(verifyAnswer('占3.2%', ledger(['3.196700000', '100'])).ok).toBe(true);
    expect(verifyAnswer('占3.3%', ledger(['3.196700000', '100'])).ok).toBe(false);
  });
});

describe('findNumbers', () => {
  it('does not read 三公, 一般 or 公益一类 as numbers', () => {
    expect(findNumbers('“三公”经费和一般公共预算，公益一类事业单位，哪一项')).toEqual([]);
  });
  it('reads thousands separators and decimals', () => {
    expect(findNumbers('3,009.40万元').map((n) => n.value)).toEqual(['3009.40']);
  });
});
