import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { CalcError, roundForKind } from './index.js';
import { stripZeros } from './rounding.js';

describe('roundForKind', () => {
  it('rounds money and percent to 2 dp, half-up', () => {
    expect(roundForKind('2.345', 'money')).toBe('2.35');
    expect(roundForKind('2.344999', 'money')).toBe('2.34');
    expect(roundForKind('1.005', 'money')).toBe('1.01'); // 1.005 is not representable in binary; exact here
    expect(roundForKind('7.4997', 'percent')).toBe('7.5');
    expect(roundForKind('12.528718', 'percent')).toBe('12.53');
    expect(roundForKind('0.125', 'percent')).toBe('0.13');
  });

  it('rounds negative ties away from zero', () => {
    expect(roundForKind('-2.345', 'money')).toBe('-2.35');
    expect(roundForKind('-2.344', 'money')).toBe('-2.34');
    expect(roundForKind('-0.5', 'count')).toBe('-1');
    expect(roundForKind('-0.00005', 'ratio')).toBe('-0.0001');
  });

  it('shows negative zero as 0', () => {
    expect(roundForKind('-0.001', 'money')).toBe('0');
    expect(roundForKind('-0', 'count')).toBe('0');
  });

  it('makes counts integers', () => {
    expect(roundForKind('14', 'count')).toBe('14');
    expect(roundForKind('14.5', 'count')).toBe('15');
    expect(roundForKind('14.49', 'count')).toBe('14');
  });

  it('rounds ratios to 4 dp', () => {
    expect(roundForKind('0.12345', 'ratio')).toBe('0.1235');
    expect(roundForKind('0.12344', 'ratio')).toBe('0.1234');
    expect(roundForKind('2', 'ratio')).toBe('2');
  });

  it('drops trailing zeros and the trailing dot', () => {
    expect(roundForKind('218.00', 'money')).toBe('218');
    expect(roundForKind('3009.40', 'money')).toBe('3009.4');
    expect(roundForKind('2.52', 'money')).toBe('2.52');
    expect(stripZeros('7.50')).toBe('7.5');
    expect(stripZeros('100')).toBe('100');
    expect(stripZeros('-0.00')).toBe('0');
  });

  it('accepts Decimal instances, including the global constructor', () => {
    expect(roundForKind(new Decimal('1').div(3), 'money')).toBe('0.33');
    expect(roundForKind(new Decimal('2.675'), 'money')).toBe('2.68');
  });

  it('rejects strings that are not plain decimals, and non-finite values', () => {
    for (const bad of ['1e5', '0x10', 'NaN', '', ' 1', '1,000', '.5', '5.']) {
      expect(() => roundForKind(bad, 'money')).toThrow(CalcError);
    }
    expect(() => roundForKind(new Decimal(NaN), 'money')).toThrow(expect.objectContaining({ code: 'invalid_number' }));
    expect(() => roundForKind(new Decimal(Infinity), 'money')).toThrow(CalcError);
  });
});

describe('rounding to the places a reader asked for', () => {
  it('rounds half up to those places and drops trailing zeros', async () => {
    const { roundToPlaces } = await import('./rounding.js');
    expect(roundToPlaces('367.35', 1)).toBe('367.4');
    expect(roundToPlaces('27.55', 1)).toBe('27.6');
    expect(roundToPlaces('253.48', 0)).toBe('253');
    expect(roundToPlaces('-2.345', 2)).toBe('-2.35');
    expect(roundToPlaces('87.8', 1)).toBe('87.8');
    expect(() => roundToPlaces('1', 7)).toThrow();
  });
});
