/** The distinct values of a list, in their first order. Pure. */
export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
