import { Decimal } from 'decimal.js';
import { findNumbers } from '../src/answer/numbers-in-text.js';
import { roundForKind } from '../src/calc/rounding.js';

/**
 * Numbers are compared by magnitude: answers carry a change's sign in words (减少 1.3万元, "down 1.3"),
 * so "-1.3" and "1.3" are the same number here. Use a keyword to check the direction.
 */

/** The one number an expectation names (`"3.20"`, `"-1.3"`, `"1,969.33"`, `"12.5%"`, `"二十八点八五"`), or undefined. */
export function parseExpectedNumber(text: string): string | undefined {
  const found = findNumbers(text.trim());
  if (found.length !== 1) return undefined;
  return found[0]!.value;
}

/** Rounded to 2 decimal places, half up, by the project's one rounding rule; "3.20" and "3.2" give the same key. */
export function roundedKey(value: string): string {
  return roundForKind(value.replace(/^-/, ''), 'money');
}

/** The rounded keys of every number an answer's text states. */
export function answerNumberKeys(text: string): Set<string> {
  return new Set(findNumbers(text).map((m) => roundedKey(m.value)));
}

/** Whether `text` states the expected number (decimal-equal after rounding to 2 dp half up). */
export function statesNumber(keys: Set<string>, expected: string): boolean {
  const value = parseExpectedNumber(expected);
  return value !== undefined && keys.has(roundedKey(value));
}

/** Whether a quote states exactly this value (no rounding: a fact is quoted as printed). */
export function quoteStates(quote: string, value: string): boolean {
  const want = new Decimal(value.replace(/^-/, ''));
  return findNumbers(quote).some((m) => new Decimal(m.value).eq(want));
}
