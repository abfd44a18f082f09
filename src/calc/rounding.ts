import { Decimal } from 'decimal.js';
import { D, parsePlainDecimal, type Dec } from './decimal.js';
import { CalcError } from './errors.js';

/**
 * ROUNDING RULE — the one place it is defined.
 *
 * 1. Arithmetic is decimal, never binary floating point. Intermediate steps are not
 *    rounded: + − × are exact, ÷ is carried to 40 significant digits (ROUND_HALF_UP).
 * 2. Only the final result is rounded, once, according to its kind:
 *      money   (万元, 元, million yuan …)  2 decimal places
 *      percent (%)                          2 decimal places
 *      count   (人, 辆, 个)                  0 decimal places — a head or vehicle count is an
 *                                           integer; a non-integral result is rounded to one
 *      ratio   (dimensionless)              4 decimal places
 * 3. Ties round HALF_UP, i.e. away from zero, symmetric for negatives:
 *      2.345 → 2.35,  −2.345 → −2.35,  2.344999 → 2.34,  0.5 人 → 1.
 * 4. The displayed value drops trailing zeros and a trailing dot: 7.50 → "7.5", 218.00 → "218".
 *    Negative zero is shown as "0".
 */
export type ResultKind = 'money' | 'percent' | 'count' | 'ratio';

export const DECIMAL_PLACES: Readonly<Record<ResultKind, number>> = {
  money: 2,
  percent: 2,
  count: 0,
  ratio: 4,
};

/** "7.50" → "7.5", "218.00" → "218", "-0.00" → "0". */
export function stripZeros(fixed: string): string {
  let s = fixed;
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

/** Round a value by the rule above and display it. */
export function roundForKind(value: Decimal | string, kind: ResultKind): string {
  const places = DECIMAL_PLACES[kind];
  if (places === undefined) throw new CalcError('invalid_number', `unknown result kind: ${String(kind)}`);
  const d: Dec = typeof value === 'string' ? parsePlainDecimal(value, 'value') : new D(value);
  if (!d.isFinite()) throw new CalcError('invalid_number', `not a finite number: ${String(value)}`);
  return stripZeros(d.toFixed(places, D.ROUND_HALF_UP));
}

/**
 * Round to a number of decimal places a reader asked for (保留一位小数 → 1, 四舍五入到整数 → 0), by the same tie rule
 * (HALF_UP), and display it.
 */
export function roundToPlaces(value: Decimal | string, places: number): string {
  if (!Number.isInteger(places) || places < 0 || places > 6) throw new CalcError('invalid_number', `cannot round to ${places} places`);
  const d: Dec = typeof value === 'string' ? parsePlainDecimal(value, 'value') : new D(value);
  if (!d.isFinite()) throw new CalcError('invalid_number', `not a finite number: ${String(value)}`);
  return stripZeros(d.toFixed(places, D.ROUND_HALF_UP));
}
