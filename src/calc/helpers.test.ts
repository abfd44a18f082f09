import { describe, expect, it } from 'vitest';
import {
  CalcError, DivisionByZeroError, difference, percentChange, priorYear, share, sum, wanToMillionYuan, yuanToWan,
  type Operand,
} from './index.js';

const wan = (value: string, factId?: string): Operand => ({ value, unit: '万元', ...(factId ? { factId } : {}) });
const cars = (value: string): Operand => ({ value, unit: '辆' });

describe('helpers', () => {
  it('difference: a − b in the unit of a', () => {
    expect(difference(wan('252', 'f1'), wan('34', 'f2'))).toEqual({
      value: '218', exact: '218', kind: 'money', unit: '万元', derivation: '252 − 34 = 218', factIds: ['f1', 'f2'],
    });
    expect(difference(cars('14'), cars('16'))).toMatchObject({ value: '-2', kind: 'count', unit: '辆', derivation: '14 − 16 = −2' });
    expect(difference({ value: '5' }, wan('2')).unit).toBeUndefined();
    expect(difference({ value: '5', unit: '个' }, { value: '2' })).toMatchObject({ kind: 'count', unit: '个' });
  });

  it('sum: a + b + …', () => {
    expect(sum([wan('27.55', 'a'), wan('87.80', 'b'), wan('252', 'a')])).toMatchObject({
      value: '367.35', unit: '万元', kind: 'money', derivation: '27.55 + 87.8 + 252 = 367.35', factIds: ['a', 'b'],
    });
    expect(sum([cars('3'), cars('4')])).toMatchObject({ kind: 'count', unit: '辆', value: '7' });
    expect(sum([wan('1')]).derivation).toBe('1 = 1');
    expect(() => sum([wan('1'), cars('1')])).toThrow(expect.objectContaining({ code: 'unit_mismatch' }));
    expect(() => sum([])).toThrow(CalcError);
  });

  it('priorYear: current − change', () => {
    expect(priorYear(wan('367.35'), wan('-1.3'))).toMatchObject({
      value: '368.65', unit: '万元', derivation: '367.35 − (−1.3) = 368.65',
    });
    expect(priorYear(cars('10'), cars('2'))).toMatchObject({ value: '8', kind: 'count' });
  });

  it('percentChange: change ÷ prior × 100', () => {
    expect(percentChange(wan('40.9', 'c'), wan('326.45', 'p'))).toMatchObject({
      value: '12.53', kind: 'percent', unit: '%', derivation: '40.9 ÷ 326.45 × 100% = 12.53%', factIds: ['c', 'p'],
    });
    expect(percentChange(wan('-5'), wan('200')).derivation).toBe('−5 ÷ 200 × 100% = −2.5%');
    expect(() => percentChange(wan('1'), wan('0'))).toThrow(DivisionByZeroError);
  });

  it('share: part ÷ whole × 100', () => {
    expect(share(wan('27.55'), wan('367.35'))).toMatchObject({
      value: '7.5', kind: 'percent', unit: '%', derivation: '27.55 ÷ 367.35 × 100% = 7.5%',
    });
    expect(share(cars('1'), cars('3')).value).toBe('33.33');
    expect(share(wan('1'), wan('3')).exact.startsWith('33.333333')).toBe(true);
  });

  it('unit conversions', () => {
    expect(wanToMillionYuan(wan('252'))).toMatchObject({ value: '2.52', unit: 'million yuan', derivation: '252 ÷ 100 = 2.52' });
    expect(wanToMillionYuan(wan('11491.61'))).toMatchObject({ value: '114.9161', exact: '114.9161' });
    expect(wanToMillionYuan(wan('1.3'))).toMatchObject({ value: '0.013' });
    expect(yuanToWan({ value: '123456', unit: '元' })).toMatchObject({
      value: '12.35', exact: '12.3456', unit: '万元', derivation: '123456 ÷ 10000 = 12.35',
    });
  });
});

describe('sumMany', () => {
  it('adds hundreds of operands exactly, in steps, keeping every fact id', async () => {
    const { sumMany, SUM_CHUNK } = await import('./helpers.js');
    const items = Array.from({ length: 1000 }, (_, i) => ({ value: `${i}.01`, unit: '万元', factId: `f${i}` }));
    const r = sumMany(items);
    // Σ i for 0..999 = 499500, plus 1000 × 0.01 = 10
    expect(r.value).toBe('499510');
    expect(r.unit).toBe('万元');
    expect(r.factIds).toHaveLength(1000);
    expect(r.derivation.split('; ').length).toBeGreaterThan(1000 / SUM_CHUNK);
  });
  it('is a plain sum for a few operands', async () => {
    const { sumMany } = await import('./helpers.js');
    expect(sumMany([{ value: '1.5' }, { value: '2' }]).derivation).toBe('1.5 + 2 = 3.5');
  });
});
