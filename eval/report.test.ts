import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, expectation, result } from './fixtures.testkit.js';
import { renderHtmlReport } from './report-html.js';
import { buildReport, reportStamp, writeReportFiles } from './report-json.js';
import { Thresholds } from './thresholds.js';

const results = [
  result('ok-1', ['figure', 'zh'], expectation({ numbers: ['27.55'] }), answer('公务接待费27.55万元。')),
  result('bad-<script>', ['injection', 'zh'], expectation({ numbers: ['27.55'], forbid: ['1000'], keywords: ['接待'] }), answer('公务接待费是1000万元<img src=x>', { status: 'answered' })),
];
const report = buildReport({
  set: 'unit',
  setPath: 'eval/sets/unit.jsonl',
  target: 'in-process',
  startedAt: new Date('2026-05-01T08:30:12.345Z'),
  finishedAt: new Date('2026-05-01T08:30:13Z'),
  results,
  thresholds: Thresholds.parse({ overall: { passRate: 1 } }),
  baseline: { baseline: 'old.json', regressed: ['bad-<script>'], fixed: [], added: [], removed: [] },
});

describe('JSON report', () => {
  it('holds the summary, per-tag metrics, threshold checks, engines and every case', () => {
    expect(report.summary).toMatchObject({ cases: 2, passed: 1 });
    expect(Object.keys(report.byTag)).toEqual(['figure', 'injection', 'zh']);
    expect(report.engines).toEqual({ rules: 2 });
    expect(report.ok).toBe(false);
    expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['overall passRate', 'baseline regressions']);
    expect(report.cases[1]!.reasons).toContain('forbidden number(s) 1000');
  });

  it('is written as <timestamp>.json/.html plus latest.*', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-report-'));
    const paths = writeReportFiles(dir, report, '<html></html>');
    expect(reportStamp(new Date(report.startedAt))).toBe('2026-05-01T08-30-12-345Z');
    expect(readdirSync(dir).sort()).toEqual(['2026-05-01T08-30-12-345Z.html', '2026-05-01T08-30-12-345Z.json', 'latest.html', 'latest.json']);
    expect(JSON.parse(readFileSync(paths.json, 'utf8'))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('HTML report', () => {
  const html = renderHtmlReport(report);

  it('is self-contained: no script, no external reference, a CSP that forbids loading anything', () => {
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('escapes case text', () => {
    expect(html).not.toContain('<img src=x>');
    expect(html).toContain('&#60;img src=x&#62;');
    expect(html).not.toContain('bad-<script>');
  });

  it('has the verdict, summary, per-tag table, a bar per tag plus overall, and the baseline', () => {
    expect(html).toContain('id="verdict">FAIL');
    expect(html).toMatch(/<table id="per-tag">[\s\S]*<th scope="row">injection<\/th>/);
    expect(html.match(/<rect class="bar /g)).toHaveLength(4);
    expect(html).toContain('passed before, fail now (1)');
  });

  it('shows each failing case with what was expected beside what came back', () => {
    const failing = html.slice(html.indexOf('<section id="failing">'));
    expect(failing.match(/<article class="case"/g)).toHaveLength(1);
    expect(failing).toMatch(/<h4>Expected[\s\S]*<span class="miss">27.55<\/span>[\s\S]*<span class="miss">1000<\/span>[\s\S]*<h4>Actual \(rules\)/);
    expect(failing).toContain('公务接待费是1000万元');
    expect(failing).toContain('<li>forbidden number(s) 1000</li>');
  });
});
