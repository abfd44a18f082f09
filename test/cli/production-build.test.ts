import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * `npm run build` compiles to dist/ with the files the code reads beside itself (portal, migrations), and the budget-qa
 * command serves from there with plain node, without building again.
 */
it('builds dist/ and serves the portal, its assets and answers from the build', async () => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  expect(existsSync('dist/src/cli.js')).toBe(true);

  const dir = mkdtempSync(join(tmpdir(), 'budget-qa-build-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/budget-qa.js', 'serve', '--port', String(port)], {
    env: { ...process.env, DB_PATH: join(dir, 'budget.db'), LOG_DB_PATH: join(dir, 'questions.db'), NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => /listening on/.test(String(d)) && resolve());
      child.once('exit', (code) => reject(new Error(`exited (${code}): ${stderr}`)));
    });
    expect(stderr).not.toMatch(/building dist/);
    const base = `http://127.0.0.1:${port}`;
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    expect((await fetch(`${base}/vendor/echarts.min.js`)).status).toBe(200);
    const res = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '为什么公务用车购置费增加了？' }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'answered', verified: true });
  } finally {
    child.kill();
  }
}, 120_000);
