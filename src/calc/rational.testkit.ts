/**
 * Test-only exact reference: rationals as BigInt numerator/denominator, rounding in BigInt.
 * Independent of decimal.js.
 */

export interface Q { n: bigint; d: bigint }

export class RefDivisionByZero extends Error {}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a); b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
function q(n: bigint, d: bigint): Q {
  if (d < 0n) { n = -n; d = -d; }
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

export function parseQ(s: string): Q {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new Error(`not a decimal: ${s}`);
  const frac = m[3] ?? '';
  const n = BigInt((m[2] ?? '') + frac);
  return q(m[1] === '-' ? -n : n, 10n ** BigInt(frac.length));
}

export type Op = '+' | '-' | '*' | '/';

export function applyQ(op: Op, a: Q, b: Q): Q {
  switch (op) {
    case '+': return q(a.n * b.d + b.n * a.d, a.d * b.d);
    case '-': return q(a.n * b.d - b.n * a.d, a.d * b.d);
    case '*': return q(a.n * b.n, a.d * b.d);
    case '/':
      if (b.n === 0n) throw new RefDivisionByZero();
      return q(a.n * b.d, a.d * b.n);
  }
}

/** Exact decimal expansion ("-12.5", "0"), or undefined when it does not terminate. */
export function toDecimalString(x: Q): string | undefined {
  let d = x.d, k = 0n;
  while (d % 10n === 0n) { d /= 10n; k++; }
  while (d % 2n === 0n) { d /= 2n; k++; }
  while (d % 5n === 0n) { d /= 5n; k++; }
  if (d !== 1n) return undefined;
  const scaled = abs(x.n) * 10n ** k / x.d;
  let digits = scaled.toString().padStart(Number(k) + 1, '0');
  if (k > 0n) digits = `${digits.slice(0, digits.length - Number(k))}.${digits.slice(-Number(k))}`.replace(/\.?0+$/, '');
  return x.n < 0n && digits !== '0' ? `-${digits}` : digits;
}

/** Significant digits of a terminating decimal (leading/trailing zeros excluded). */
export function significantDigits(x: Q): number {
  const s = toDecimalString(x);
  if (s === undefined) return Infinity;
  return s.replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** Round half-up (away from zero) to `places`, displayed without superfluous zeros. */
export function roundQ(x: Q, places: number): string {
  const scale = 10n ** BigInt(places);
  const num = abs(x.n) * scale;
  let int = num / x.d;
  if (2n * (num % x.d) >= x.d) int += 1n;
  return toDecimalString(q(x.n < 0n ? -int : int, scale))!;
}

/** True when x·10^places lies within `tol` of a rounding tie (k + ½). */
export function nearTie(x: Q, places: number, tol: Q): boolean {
  const num = abs(x.n) * 10n ** BigInt(places);
  const dist = q(abs(2n * (num % x.d) - x.d), 2n * x.d); // |frac − ½|
  return dist.n * tol.d < tol.n * dist.d;
}
