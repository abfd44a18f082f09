import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { screenshotPath } from '../support/screenshot-path.js';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { inProcessClient } from '../../eval/in-process.js';
import { loadSet } from '../../eval/load-set.js';
import { renderHtmlReport } from '../../eval/report-html.js';
import { buildReport } from '../../eval/report-json.js';
import { runCases } from '../../eval/run-cases.js';
import { loadThresholds } from '../../eval/thresholds.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SCREENSHOT = screenshotPath('eval-report.png');

// Without Chromium: skip on a developer machine, fail in CI (where .ci/run installs it).
describe.skipIf(!hasChromium && !process.env.CI)('eval report in Chromium', () => {
  let context: BrowserContext | undefined;
  let dir: string;
  let reportUrl: string;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`CI is set but ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`);
    dir = mkdtempSync(join(tmpdir(), 'budget-qa-eval-report-'));
    // A real report: the smoke set answered by the in-process app, over a database built from data/sources.
    const config = loadConfig({ SOURCES_DIR: join(process.cwd(), 'data', 'sources') });
    const { client, close } = await inProcessClient(config);
    const set = loadSet('smoke');
    const startedAt = new Date();
    const results = await runCases(set.cases, client).finally(close);
    const report = buildReport({ set: 'smoke', setPath: set.file, target: client.target, startedAt, finishedAt: new Date(), results, thresholds: loadThresholds(join(process.cwd(), 'eval', 'thresholds.json')) });
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtmlReport(report));
    reportUrl = pathToFileURL(file).href;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
    });
  });

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the summary, the per-tag table and the pass-rate chart, with no external request', async () => {
    const page = await context!.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(reportUrl);

    await expect.poll(() => page.locator('#summary').isVisible()).toBe(true);
    const table = page.locator('table#per-tag');
    expect(await table.isVisible()).toBe(true);
    const tags = await table.locator('tbody th').allTextContents();
    expect(tags).toEqual(expect.arrayContaining(['zh', 'en', 'figure', 'out_of_scope']));

    const chart = page.locator('svg#pass-rate-chart');
    expect(await chart.isVisible()).toBe(true);
    const bars = chart.locator('rect.bar');
    expect(await bars.count()).toBe(tags.length + 1); // one bar per tag, plus overall
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(tags.length * 20);

    expect(await page.locator('h1').textContent()).toContain('评测报告');
    expect(requests.every((u) => u.startsWith('file:') || u.startsWith('data:'))).toBe(true);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});
