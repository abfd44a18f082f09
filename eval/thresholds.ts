import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Metrics } from './metrics.js';

const Rate = z.number().min(0).max(1);

/** Minimums for rates (0..1) and maximums for latency and errors; an absent key is not checked. */
const Gate = z
  .object({
    passRate: Rate,
    statusAccuracy: Rate,
    numberRecall: Rate,
    forbiddenAbsent: Rate,
    keywordRecall: Rate,
    verifiedRate: Rate,
    citationCorrectness: Rate,
    maxErrors: z.number().int().min(0),
    maxLatencyP50Ms: z.number().positive(),
    maxLatencyP95Ms: z.number().positive(),
  })
  .partial()
  .strict();

export const Thresholds = z
  .object({
    /** Fewest cases a run may score (guards against an empty or truncated set passing). */
    minCases: z.number().int().min(0).default(1),
    minCasesBySet: z.record(z.string(), z.number().int().min(0)).default({}),
    overall: Gate.default({}),
    /** Gates for the cases carrying one tag, e.g. { "injection": { "passRate": 1 } }. */
    tags: z.record(z.string(), Gate).default({}),
    /** Fail when a case that passed in the --baseline report fails now. */
    failOnRegression: z.boolean().default(true),
  })
  .strict();
export type Thresholds = z.output<typeof Thresholds>;
type GateSpec = z.output<typeof Gate>;

export interface ThresholdCheck {
  name: string;
  actual: number;
  required: string;
  ok: boolean;
}

export function loadThresholds(path: string): Thresholds {
  const parsed = Thresholds.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`bad thresholds in ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

function gateChecks(scope: string, gate: GateSpec, m: Metrics): ThresholdCheck[] {
  const out: ThresholdCheck[] = [];
  for (const [key, limit] of Object.entries(gate) as Array<[keyof GateSpec, number | undefined]>) {
    if (limit === undefined) continue;
    const max = key.startsWith('max');
    const metric = max ? (key === 'maxErrors' ? 'errors' : key === 'maxLatencyP50Ms' ? 'latencyP50Ms' : 'latencyP95Ms') : key;
    const actual = m[metric as keyof Metrics];
    out.push({ name: `${scope} ${metric}`, actual, required: `${max ? '≤' : '≥'} ${limit}`, ok: max ? actual <= limit : actual >= limit });
  }
  return out;
}

/** Every gate of the thresholds file, evaluated. A tag gate for a tag with no cases fails (the set lost them). */
export function checkThresholds(
  t: Thresholds,
  run: { set: string; summary: Metrics; byTag: Record<string, Metrics>; regressions?: number },
): ThresholdCheck[] {
  const minCases = Math.max(t.minCases, t.minCasesBySet[run.set] ?? 0);
  const checks: ThresholdCheck[] = [{ name: 'overall cases', actual: run.summary.cases, required: `≥ ${minCases}`, ok: run.summary.cases >= minCases }];
  checks.push(...gateChecks('overall', t.overall, run.summary));
  for (const [tag, gate] of Object.entries(t.tags)) {
    const m = run.byTag[tag];
    if (!m) checks.push({ name: `tag ${tag} cases`, actual: 0, required: '≥ 1', ok: false });
    else checks.push(...gateChecks(`tag ${tag}`, gate, m));
  }
  if (t.failOnRegression && run.regressions !== undefined) {
    checks.push({ name: 'baseline regressions', actual: run.regressions, required: '≤ 0', ok: run.regressions === 0 });
  }
  return checks;
}
