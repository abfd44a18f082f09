import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BaselineDiff } from './baseline.js';
import { computeMetrics, metricsByTag, type Metrics } from './metrics.js';
import { countOutcomes, outcomeOf, type Outcome } from './outcome.js';
import type { CaseResult } from './run-cases.js';
import { checkThresholds, type ThresholdCheck, type Thresholds } from './thresholds.js';

/** The machine-readable report: everything the HTML report shows, and what a later --baseline reads. */
export interface EvalReport {
  version: 1;
  set: string;
  /** The set's file relative to the repository (eval/sets/seed.jsonl). */
  setPath: string;
  target: string;
  startedAt: string;
  finishedAt: string;
  /** Answers per engine ("rules", "llm") over the scored turns. */
  engines: Record<string, number>;
  summary: Metrics;
  /** Correct / wrong / refused (see outcome.ts). */
  outcomes: Record<Outcome, number>;
  byTag: Record<string, Metrics>;
  checks: ThresholdCheck[];
  /** True when every threshold check holds. */
  ok: boolean;
  baseline?: BaselineDiff;
  cases: Array<CaseResult & { outcome?: Outcome }>;
}

export interface ReportInput {
  set: string;
  setPath: string;
  target: string;
  startedAt: Date;
  finishedAt: Date;
  results: CaseResult[];
  thresholds: Thresholds;
  baseline?: BaselineDiff;
}

export function buildReport(input: ReportInput): EvalReport {
  const summary = computeMetrics(input.results);
  const byTag = metricsByTag(input.results);
  const engines: Record<string, number> = {};
  for (const r of input.results) if (r.actual?.engine) engines[r.actual.engine] = (engines[r.actual.engine] ?? 0) + 1;
  const checks = checkThresholds(input.thresholds, {
    set: input.set,
    summary,
    byTag,
    ...(input.baseline ? { regressions: input.baseline.regressed.length } : {}),
  });
  return {
    version: 1,
    set: input.set,
    setPath: input.setPath,
    target: input.target,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    engines,
    summary,
    outcomes: countOutcomes(input.results),
    byTag,
    checks,
    ok: checks.every((c) => c.ok),
    ...(input.baseline ? { baseline: input.baseline } : {}),
    cases: input.results.map((r) => ({ ...r, outcome: outcomeOf(r) })),
  };
}

/** `2026-05-01T08-30-12-345Z` — an ISO time that is a valid file name everywhere. */
export function reportStamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

/** Write <stamp>.json and <stamp>.html, and copy both to latest.json / latest.html. */
export function writeReportFiles(outDir: string, report: EvalReport, html: string): { json: string; html: string } {
  mkdirSync(outDir, { recursive: true });
  const stamp = reportStamp(new Date(report.startedAt));
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const paths = { json: join(outDir, `${stamp}.json`), html: join(outDir, `${stamp}.html`) };
  writeFileSync(paths.json, json);
  writeFileSync(paths.html, html);
  writeFileSync(join(outDir, 'latest.json'), json);
  writeFileSync(join(outDir, 'latest.html'), html);
  return paths;
}
