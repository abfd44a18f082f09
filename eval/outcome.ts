import type { CaseResult } from './run-cases.js';

/**
 * What a failed case did to the person who asked, in three kinds:
 * - correct: every check holds;
 * - refused: the service declined (not_found, out_of_scope, clarify, or gave no answer) and stated no forbidden
 *   number — unhelpful, but nothing false;
 * - wrong: it answered when it should have declined (a different thing than asked), or its answer misses an expected
 *   number or keyword or states a forbidden one — it looks checked and is not what was asked.
 */
export type Outcome = 'correct' | 'wrong' | 'refused';

const DECLINES = new Set(['not_found', 'out_of_scope', 'clarify']);

export function outcomeOf(r: Pick<CaseResult, 'pass' | 'actual' | 'checks'>): Outcome {
  if (r.pass) return 'correct';
  if (!r.actual) return 'refused';
  if (r.checks.forbiddenFound.length > 0) return 'wrong';
  return DECLINES.has(r.actual.status) ? 'refused' : 'wrong';
}

export function countOutcomes(results: ReadonlyArray<Pick<CaseResult, 'pass' | 'actual' | 'checks'>>): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { correct: 0, wrong: 0, refused: 0 };
  for (const r of results) counts[outcomeOf(r)]++;
  return counts;
}
