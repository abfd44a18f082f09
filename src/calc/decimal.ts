import { Decimal } from 'decimal.js';
import { CalcError } from './errors.js';

/**
 * The calculator's private Decimal constructor: 40 significant digits, ROUND_HALF_UP,
 * never exponent notation. A clone, so the global `Decimal` configuration is never touched.
 */
export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Dec = InstanceType<typeof D>;

/** A plain decimal: optional minus, digits, optional fraction. No exponent, no separators. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** Parse a plain decimal string exactly, or throw `invalid_number`. */
export function parsePlainDecimal(text: string, what: string, position?: number): Dec {
  if (!PLAIN_DECIMAL.test(text)) {
    throw new CalcError('invalid_number', `${what} is not a plain decimal: ${JSON.stringify(text)}`, position);
  }
  return new D(text);
}

/** Normal notation with no superfluous zeros; negative zero is "0". */
export function plainString(d: Decimal): string {
  return d.isZero() ? '0' : d.toFixed();
}
