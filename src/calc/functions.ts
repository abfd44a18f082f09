/** The functions of the expression language and their argument counts (lower.ts gives their meaning). */
export type FnName = 'sum' | 'diff' | 'pct_change' | 'share' | 'prior';

/** Allowed argument counts per function. */
export const FUNCTIONS: Readonly<Record<FnName, { min: number; max: number }>> = {
  sum: { min: 1, max: Infinity },
  diff: { min: 2, max: 2 },
  pct_change: { min: 2, max: 2 },
  share: { min: 2, max: 2 },
  prior: { min: 2, max: 2 },
};

export function isFnName(name: string): name is FnName {
  return Object.hasOwn(FUNCTIONS, name);
}
