import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** What changed since an earlier report: by case id. */
export interface BaselineDiff {
  baseline: string;
  /** Passed before, fail now. */
  regressed: string[];
  /** Failed before, pass now. */
  fixed: string[];
  /** In this run only / in the baseline only. */
  added: string[];
  removed: string[];
}

interface Outcome {
  id: string;
  pass: boolean;
}

const BaselineReport = z.object({ cases: z.array(z.object({ id: z.string(), pass: z.boolean() })) });

/** The per-case outcomes of an earlier JSON report (any report this harness wrote). */
export function loadBaseline(path: string): Outcome[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the baseline ${path}: ${(err as Error).message}`);
  }
  const parsed = BaselineReport.safeParse(json);
  if (!parsed.success) throw new Error(`the baseline ${path} is not an eval report (no cases[].id/pass)`);
  return parsed.data.cases;
}

export function diffBaseline(baseline: string, before: readonly Outcome[], now: readonly Outcome[]): BaselineDiff {
  const was = new Map(before.map((c) => [c.id, c.pass]));
  const is = new Map(now.map((c) => [c.id, c.pass]));
  const ids = (f: (id: string) => boolean, from: Map<string, boolean>) => [...from.keys()].filter(f);
  return {
    baseline,
    regressed: ids((id) => was.get(id) === true && is.get(id) === false, is),
    fixed: ids((id) => was.get(id) === false && is.get(id) === true, is),
    added: ids((id) => !was.has(id), is),
    removed: ids((id) => !is.has(id), was),
  };
}
