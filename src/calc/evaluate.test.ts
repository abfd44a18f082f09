import { describe, expect, it } from 'vitest';
import { CalcError, DivisionByZeroError, evaluate, type Operand } from './index.js';

const wan = (value: string, factId?: string): Operand => ({ value, unit: '万元', ...(factId ? { factId } : {}) });

function failure(fn: () => unknown): CalcError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CalcError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('evaluate', () => {
  it('computes exactly, without binary floating point', () => {
    const r = evaluate('0.1 + 0.2', {});
    expect(r.exact).toBe('0.3');
    expect(evaluate('{a} * 3', { a: wan('1.1') }).exact).toBe('3.3');
    expect(evaluate('1 / 3', {}).exact).toBe('0.3333333333333333333333333333333333333333');
  });

  it('rounds only the final result', () => {
    // 1/3 rounded early would give 0.33 × 3 = 0.99
    expect(evaluate('1 / 3 * 3', {}).value).toBe('1');
    expect(evaluate('{a} / 3 + {a} / 3', { a: wan('0.01') }).value).toBe('0.01');
  });

  it('writes derivations with operands as written and minimal parentheses', () => {
    const ops = { a: wan('87.80'), b: wan('27.55'), c: wan('252') };
    expect(evaluate('{b} + {a} + {c}', ops).derivation).toBe('27.55 + 87.8 + 252 = 367.35');
    expect(evaluate('({c} - {a}) * 2', ops).derivation).toBe('(252 − 87.8) × 2 = 328.4');
    expect(evaluate('{c} - ({a} + {b})', ops).derivation).toBe('252 − (87.8 + 27.55) = 136.65');
    expect(evaluate('{c} - ({a} - {b})', ops).derivation).toBe('252 − (87.8 − 27.55) = 191.75');
    expect(evaluate('({c} + {a}) - {b}', ops).derivation).toBe('252 + 87.8 − 27.55 = 312.25');
    expect(evaluate('{c} / ({a} * 2)', ops).derivation).toBe('252 ÷ (87.8 × 2) = 1.44');
    expect(evaluate('{c} + ({a} + {b})', ops).derivation).toBe('252 + (87.8 + 27.55) = 367.35');
    expect(evaluate('2 * ({c} / 3)', ops).derivation).toBe('2 × (252 ÷ 3) = 168');
    expect(evaluate('3009.40 × 2 ÷ 4 − 1', {}).derivation).toBe('3009.4 × 2 ÷ 4 − 1 = 1503.7');
  });

  it('shows negative values in parentheses', () => {
    const ops = { a: wan('367.35'), b: wan('-1.3') };
    expect(evaluate('{a} - {b}', ops).derivation).toBe('367.35 − (−1.3) = 368.65');
    expect(evaluate('{b} + {a}', ops).derivation).toBe('−1.3 + 367.35 = 366.05');
    expect(evaluate('2 * -{a}', ops).derivation).toBe('2 × (−367.35) = −734.7');
    expect(evaluate('-({a} + 1)', ops).derivation).toBe('−(367.35 + 1) = −368.35');
    expect(evaluate('-{b}', ops).derivation).toBe('−(−1.3) = 1.3');
    expect(evaluate('1 - -1.3', {}).derivation).toBe('1 − (−1.3) = 2.3');
    expect(evaluate('{b}', ops)).toMatchObject({ value: '-1.3', derivation: '−1.3 = −1.3' });
  });

  it('expands functions in the derivation', () => {
    const ops = { a: wan('40.9'), b: wan('326.45'), c: wan('1') };
    expect(evaluate('pct_change({a}, {b})', ops).derivation).toBe('40.9 ÷ 326.45 × 100% = 12.53%');
    expect(evaluate('share({a}, {b})', ops).kind).toBe('percent');
    expect(evaluate('sum({a}, {b}, {c})', ops).derivation).toBe('40.9 + 326.45 + 1 = 368.35');
    expect(evaluate('diff({b}, {a})', ops).derivation).toBe('326.45 − 40.9 = 285.55');
    expect(evaluate('prior({b}, {a})', ops).derivation).toBe('326.45 − 40.9 = 285.55');
    expect(evaluate('sum({a}, {b}) * 2', ops).derivation).toBe('(40.9 + 326.45) × 2 = 734.7');
    // Not top level: a plain × 100, no percent sign, and the kind is inferred as usual.
    expect(evaluate('pct_change({c}, 3) + 1', ops)).toMatchObject({ derivation: '1 ÷ 3 × 100 + 1 = 34.33', kind: 'money' });
    expect(evaluate('2 - diff({b}, {a})', ops).derivation).toBe('2 − (326.45 − 40.9) = −283.55');
  });

  it('collects fact ids in order of first use, without duplicates', () => {
    const ops = { a: wan('1', 'f:a'), b: wan('2', 'f:b'), c: wan('3'), d: wan('4', 'f:a') };
    expect(evaluate('{b} + {a} + {c} + {b} + {d}', ops).factIds).toEqual(['f:b', 'f:a']);
    expect(evaluate('1 + 2', ops).factIds).toEqual([]);
  });

  it('infers kind and unit', () => {
    const people = { a: { value: '12', unit: '人' }, b: { value: '2.5', unit: '人' } };
    expect(evaluate('{a} + {b}', people)).toMatchObject({ kind: 'count', unit: '人', value: '15', exact: '14.5' });
    expect(evaluate('{a} / {b}', people)).toMatchObject({ kind: 'money', value: '4.8' }); // a ratio of counts
    expect(evaluate('{a} / {b}', people).unit).toBeUndefined();
    expect(evaluate('{a} - {b}', { a: wan('5'), b: wan('2') })).toMatchObject({ kind: 'money', unit: '万元' });
    expect(() => evaluate('{a} - {b}', { a: wan('5'), b: { value: '2', unit: '人' } })).toThrow(expect.objectContaining({ code: 'unit_mismatch' }));
    expect(evaluate('{a} / 100', { a: wan('252') }).unit).toBe('万元');
    expect(evaluate('{a} - {b}', { a: { value: '12.5', unit: '%' }, b: { value: '10', unit: '%' } }))
      .toMatchObject({ kind: 'percent', unit: '%', derivation: '12.5 − 10 = 2.5%' });
    expect(evaluate('share({a}, {b})', people)).toMatchObject({ kind: 'percent', unit: '%' });
  });

  it('lets options override kind and unit', () => {
    const ops = { a: wan('2'), b: wan('3') };
    expect(evaluate('{a} / {b}', ops, { kind: 'ratio' })).toMatchObject({ value: '0.6667', kind: 'ratio' });
    expect(evaluate('{a} / {b} * 100', ops, { kind: 'percent' })).toMatchObject({
      unit: '%', derivation: '2 ÷ 3 × 100 = 66.67%',
    });
    expect(evaluate('{a} * 10000', ops, { unit: '元' }).unit).toBe('元');
    expect(evaluate('{a} / {b}', ops, { kind: 'count', unit: '人' })).toMatchObject({ value: '1', unit: '人' });
  });

  it('reports unknown references', () => {
    const e = failure(() => evaluate('1 + {missing}', { a: wan('1') }));
    expect(e).toMatchObject({ code: 'unknown_reference', position: 4 });
    expect(failure(() => evaluate('{toString}', {})).code).toBe('unknown_reference');
    expect(failure(() => evaluate('{__proto__}', {})).code).toBe('unknown_reference');
  });

  it('rejects operand values that are not plain decimals', () => {
    for (const value of ['1e5', '3,009.40', '', 'NaN', 'Infinity', ' 1', '1.', '+1', '−1']) {
      expect(failure(() => evaluate('{a}', { a: { value } }))).toMatchObject({ code: 'invalid_number' });
    }
    expect(evaluate('1', { bad: { value: 'x' } }).value).toBe('1'); // unused operands are not checked
  });

  it('throws DivisionByZeroError for exact zero divisors', () => {
    for (const expr of ['1 / 0', '{a} / ({a} - {a})', 'share(1, {z})', 'pct_change({a}, 0.00)', '0 / -0']) {
      const e = failure(() => evaluate(expr, { a: wan('3.3'), z: wan('-0.000') }));
      expect(e).toBeInstanceOf(DivisionByZeroError);
      expect(e.code).toBe('division_by_zero');
    }
    expect(failure(() => evaluate('1 + 2 / 0', {})).position).toBe(6);
  });

  it('is a CalcError and an Error', () => {
    const e = failure(() => evaluate('1 / 0', {}));
    expect(e).toBeInstanceOf(CalcError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DivisionByZeroError');
  });
});

describe('units that cannot be added', () => {
  it('refuses to add or subtract a count and an amount of money, and allows 名 with 人', () => {
    const cars = { value: '10', unit: '辆' };
    const fee = { value: '252', unit: '万元' };
    expect(() => evaluate('{a} + {b}', { a: cars, b: fee })).toThrow(expect.objectContaining({ code: 'unit_mismatch' }));
    expect(() => evaluate('{a} - {b}', { a: fee, b: cars })).toThrow(expect.objectContaining({ code: 'unit_mismatch' }));
    expect(evaluate('{a} / {b}', { a: fee, b: { value: '14', unit: '辆' } }).value).toBe('18');
    expect(evaluate('{a} + {b}', { a: { value: '43', unit: '人' }, b: { value: '4', unit: '名' } }).value).toBe('47');
  });
});
