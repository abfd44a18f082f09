import type { CaseResult } from './run-cases.js';

/** Aggregates over a group of cases (the whole set, or the cases carrying one tag). Rates are 0..1. */
export interface Metrics {
  cases: number;
  passed: number;
  passRate: number;
  /** Share of cases whose status is the expected one. */
  statusAccuracy: number;
  /** Expected numbers stated ÷ expected numbers (1 when none were expected). */
  numberRecall: number;
  /** Share of cases stating no forbidden number. */
  forbiddenAbsent: number;
  /** Keywords present ÷ keywords expected (1 when none were expected). */
  keywordRecall: number;
  /** Share of cases whose answer says verified: true. */
  verifiedRate: number;
  /** Share of cases whose citations re-read correctly and back every fact number. */
  citationCorrectness: number;
  /** Cases the service failed to answer at all (HTTP error, timeout, malformed body). */
  errors: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
}

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

const share = (hit: number, of: number) => (of === 0 ? 1 : hit / of);

export function computeMetrics(results: readonly CaseResult[]): Metrics {
  const n = results.length;
  const count = (f: (r: CaseResult) => boolean) => results.filter(f).length;
  const sum = (f: (r: CaseResult) => number) => results.reduce((s, r) => s + f(r), 0);
  const latencies = results.map((r) => r.latencyMs);
  return {
    cases: n,
    passed: count((r) => r.pass),
    passRate: share(count((r) => r.pass), n),
    statusAccuracy: share(count((r) => r.checks.status), n),
    numberRecall: share(sum((r) => r.expect.numbers.length - r.checks.missingNumbers.length), sum((r) => r.expect.numbers.length)),
    forbiddenAbsent: share(count((r) => !r.error && r.checks.forbiddenFound.length === 0), n),
    keywordRecall: share(sum((r) => r.expect.keywords.length - r.checks.missingKeywords.length), sum((r) => r.expect.keywords.length)),
    verifiedRate: share(count((r) => r.checks.verified), n),
    citationCorrectness: share(count((r) => !r.error && r.checks.citationProblems.length === 0), n),
    errors: count((r) => r.error !== undefined),
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
  };
}

/** Metrics for every tag, tags sorted by name; a case counts once under each of its tags. */
export function metricsByTag(results: readonly CaseResult[]): Record<string, Metrics> {
  const groups = new Map<string, CaseResult[]>();
  for (const r of results) for (const t of new Set(r.tags)) groups.set(t, [...(groups.get(t) ?? []), r]);
  return Object.fromEntries([...groups.keys()].sort().map((t) => [t, computeMetrics(groups.get(t)!)]));
}
