import { describe, expect, it } from 'vitest';
import { answer, expectation, result } from './fixtures.testkit.js';
import { computeMetrics, metricsByTag, percentile } from './metrics.js';
import { failedChecks } from './scorers.js';

const good = (id: string, tags: string[], ms = 10) => result(id, tags, expectation({ numbers: ['27.55'], keywords: ['接待'] }), answer('公务接待费27.55万元'), ms);
const wrongStatus = (id: string, tags: string[]) => result(id, tags, expectation({ status: 'not_found' }), answer('公务接待费27.55万元'), 30);
const missing = (id: string, tags: string[]) => result(id, tags, expectation({ numbers: ['27.55', '9'], keywords: ['接待', '增加'] }), answer('公务接待费27.55万元'), 50);

describe('metrics', () => {
  it('nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBe(0);
    expect(percentile([5], 95)).toBe(5);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });

  it('aggregates status accuracy, number and keyword recall over expectations, latency', () => {
    const m = computeMetrics([good('a', []), wrongStatus('b', []), missing('c', [])]);
    expect(m).toMatchObject({ cases: 3, passed: 1, errors: 0, forbiddenAbsent: 1, verifiedRate: 1, citationCorrectness: 1 });
    expect(m.passRate).toBeCloseTo(1 / 3);
    expect(m.statusAccuracy).toBeCloseTo(2 / 3);
    expect(m.numberRecall).toBeCloseTo(2 / 3); // 27.55 ✓, 27.55 ✓, 9 ✗
    expect(m.keywordRecall).toBeCloseTo(2 / 3);
    expect(m.latencyP50Ms).toBe(30);
    expect(m.latencyP95Ms).toBe(50);
  });

  it('counts an unanswered case as failing every rate', () => {
    const r = good('a', []);
    const broken = { ...r, actual: undefined, checks: failedChecks(r.expect), pass: false, error: 'HTTP 500' };
    const m = computeMetrics([broken]);
    expect(m).toMatchObject({ passRate: 0, statusAccuracy: 0, numberRecall: 0, keywordRecall: 0, verifiedRate: 0, citationCorrectness: 0, forbiddenAbsent: 0, errors: 1 });
  });

  it('treats a group without expected numbers or keywords as full recall, an empty group as 1', () => {
    const m = computeMetrics([result('x', [], expectation({ status: 'out_of_scope' }), answer('不在范围', { status: 'out_of_scope' }))]);
    expect(m.numberRecall).toBe(1);
    expect(m.keywordRecall).toBe(1);
    expect(computeMetrics([]).passRate).toBe(1);
  });

  it('breaks everything down per tag, a case counting under each of its tags once', () => {
    const by = metricsByTag([good('a', ['figure', 'zh', 'zh']), wrongStatus('b', ['not_found', 'zh']), good('c', ['figure', 'en'])]);
    expect(Object.keys(by)).toEqual(['en', 'figure', 'not_found', 'zh']);
    expect(by.figure).toMatchObject({ cases: 2, passed: 2, passRate: 1 });
    expect(by.zh).toMatchObject({ cases: 2, passed: 1, passRate: 0.5, statusAccuracy: 0.5 });
    expect(by.not_found).toMatchObject({ cases: 1, passRate: 0 });
  });
});
