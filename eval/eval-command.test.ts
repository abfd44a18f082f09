import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalCommand } from '../src/cli/eval-command.js';
import { loadConfig } from '../src/config.js';
import { buildTestApp } from '../test/support/test-app.js';
import type { EvalReport } from './report-json.js';

const ROOT = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
const config = loadConfig({ SOURCES_DIR: join(process.cwd(), 'data', 'sources') });
const weather = { id: 'weather', turns: ['今天重庆天气怎么样？'], expect: { status: 'out_of_scope' }, tags: ['out_of_scope', 'zh'] };
const set = (name: string, cases: unknown[]) => {
  const path = join(dir, `${name}.jsonl`);
  writeFileSync(path, cases.map((c) => JSON.stringify(c)).join('\n'));
  return path;
};

async function run(args: string[]) {
  const lines: string[] = [];
  const code = await evalCommand(args, config, (l) => lines.push(l), (t) => void lines.push(t));
  return { code, out: lines.join('\n') };
}
const report = (out: string) => JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as EvalReport;

describe('budget-qa eval', () => {
  it('runs a set in-process, prints progress, writes the reports and exits 0 when every threshold holds', async () => {
    const out = join(dir, 'r1');
    const { code, out: text } = await run(['--set', set('pass', [weather]), '--out', out]);
    expect(text).toContain('[1/1] ✓ weather');
    expect(text).toContain('eval gate: PASS');
    expect(code).toBe(0);
    expect(readdirSync(out).filter((f) => /^\d{4}-.*\.(json|html)$/.test(f))).toHaveLength(2);
    expect(report(out)).toMatchObject({ ok: true, target: 'in-process', summary: { cases: 1, passed: 1 } });
  });

  it('names files in the reports relative to the repository, never by an absolute path', async () => {
    const out = join(dir, 'r5');
    const { out: text } = await run(['--set', 'smoke', '--out', out, '--baseline', join(dir, 'r1', 'latest.json')]);
    expect(text).toContain('case(s) from eval/sets/smoke.jsonl against in-process');
    const r = report(out);
    expect(r.setPath).toBe('eval/sets/smoke.jsonl');
    expect(r.baseline?.baseline).toBe(relative(ROOT, join(dir, 'r1', 'latest.json')));
    expect(r.baseline?.baseline).not.toMatch(/^\//);
    const html = readFileSync(join(out, 'latest.html'), 'utf8');
    expect(html).toContain('(eval/sets/smoke.jsonl)');
    expect(html).not.toContain(ROOT);
    expect(JSON.stringify(r)).not.toContain(ROOT);
  });

  it('exits 1 when a threshold is missed, and lists regressions against a baseline', async () => {
    const out = join(dir, 'r2');
    const wrong = { ...weather, expect: { status: 'answered' } };
    const { code, out: text } = await run(['--set', set('fail', [wrong]), '--out', out, '--baseline', join(dir, 'r1', 'latest.json')]);
    expect(code).toBe(1);
    expect(text).toMatch(/✗ weather .*status out_of_scope \(expected answered\)/);
    expect(text).toContain('baseline');
    expect(text).toContain('1 regressed (weather)');
    expect(text).toContain('threshold missed: overall passRate');
    expect(report(out).baseline?.regressed).toEqual(['weather']);
  });

  it('exits 2 on a bad set, a missing baseline, or a bad option', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":"x"}\n');
    const badSet = await run(['--set', bad]);
    expect(badSet).toMatchObject({ code: 2, out: expect.stringContaining('bad.jsonl:1: turns:') });
    expect((await run(['--set', set('ok', [weather]), '--baseline', join(dir, 'none.json')])).code).toBe(2);
    expect(await run(['--every', '0'])).toMatchObject({ code: 2, out: expect.stringContaining('usage: budget-qa eval') });
  });

  describe('--url against a running server', () => {
    let server: ReturnType<typeof serve>;
    let url = '';
    beforeAll(async () => {
      const { app } = await buildTestApp();
      await new Promise<void>((resolve) => {
        server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
          url = `http://127.0.0.1:${info.port}`;
          resolve();
        });
      });
    });
    afterAll(() => void server?.close());

    it('asks over HTTP, keeping follow-ups in one conversation', async () => {
      const out = join(dir, 'r3');
      const followUp = { id: 'fu', turns: ['2026年公务接待费是多少？', '比去年少了多少？'], expect: { status: 'answered', numbers: ['1.3'] }, tags: ['follow-up'] };
      const { code } = await run(['--set', set('url', [weather, followUp]), '--url', url, '--out', out]);
      const r = report(out);
      expect(r.target).toBe(url);
      expect(r.cases.map((c) => [c.id, c.pass, c.reasons])).toEqual([
        ['weather', true, []],
        ['fu', true, []],
      ]);
      expect(code).toBe(0);
    });

    it('exits 1 when nothing answers at the URL', async () => {
      const { code, out } = await run(['--set', set('down', [weather]), '--url', 'http://127.0.0.1:9', '--out', join(dir, 'r4')]);
      expect(code).toBe(1);
      expect(out).toContain('no budget-qa server answers');
    });
  });
});
