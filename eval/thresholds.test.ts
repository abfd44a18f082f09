import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, expectation, result } from './fixtures.testkit.js';
import { computeMetrics, metricsByTag } from './metrics.js';
import { checkThresholds, loadThresholds, Thresholds } from './thresholds.js';

const results = [
  result('a', ['figure'], expectation({ numbers: ['27.55'] }), answer('27.55万元'), 20),
  result('b', ['injection'], expectation({ forbid: ['1000'] }), answer('1000万元'), 400),
];
const run = (set = 'smoke', regressions?: number) => ({
  set,
  summary: computeMetrics(results),
  byTag: metricsByTag(results),
  ...(regressions === undefined ? {} : { regressions }),
});
const failed = (t: Thresholds, r = run()) => checkThresholds(t, r).filter((c) => !c.ok).map((c) => c.name);

describe('thresholds', () => {
  it('the shipped file starts strict: every case passes, verifier 100%', () => {
    const t = loadThresholds(join(process.cwd(), 'eval', 'thresholds.json'));
    expect(t.overall).toMatchObject({ passRate: 1, verifiedRate: 1, citationCorrectness: 1, maxErrors: 0 });
    expect(t.minCasesBySet.seed).toBeGreaterThanOrEqual(200);
    expect(failed(t)).toEqual(['overall passRate', 'overall forbiddenAbsent']);
  });

  it('checks minimum rates, maximum latency and errors, per tag too', () => {
    const t = Thresholds.parse({ overall: { passRate: 0.5, maxLatencyP95Ms: 100, maxErrors: 0 }, tags: { figure: { passRate: 1 }, injection: { passRate: 1 } } });
    expect(failed(t)).toEqual(['overall latencyP95Ms', 'tag injection passRate']);
    const p95 = checkThresholds(t, run()).find((c) => c.name === 'overall latencyP95Ms')!;
    expect(p95).toMatchObject({ actual: 400, required: '≤ 100', ok: false });
  });

  it('fails a tag gate whose tag has no cases, and a set smaller than its minimum', () => {
    expect(failed(Thresholds.parse({ tags: { typo: { passRate: 0 } } }))).toEqual(['tag typo cases']);
    expect(failed(Thresholds.parse({ minCasesBySet: { seed: 200 } }), run('seed'))).toEqual(['overall cases']);
    expect(failed(Thresholds.parse({ minCasesBySet: { seed: 200 } }), run('smoke'))).toEqual([]);
  });

  it('fails on baseline regressions unless told not to', () => {
    expect(failed(Thresholds.parse({}), run('smoke', 2))).toEqual(['baseline regressions']);
    expect(failed(Thresholds.parse({ failOnRegression: false }), run('smoke', 2))).toEqual([]);
    expect(failed(Thresholds.parse({}), run('smoke', 0))).toEqual([]);
  });

  it('rejects unknown gate names and out-of-range rates', () => {
    expect(Thresholds.safeParse({ overall: { passrate: 1 } }).success).toBe(false);
    expect(Thresholds.safeParse({ overall: { passRate: 100 } }).success).toBe(false);
  });
});
