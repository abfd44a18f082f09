import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
 * The server killed (SIGKILL) while questions are in flight: every question it answered is in the question log
 * afterwards — an answer is only sent once its row is committed.
 */
it('a killed server has logged every question it answered', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'budget-qa-crash-'));
  const port = await freePort();
  const logDb = join(dir, 'questions.db');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', String(port)], {
    env: { ...process.env, DB_PATH: join(dir, 'budget.db'), LOG_DB_PATH: logDb, RATE_LIMIT_EXEMPT: '127.0.0.1,::1,::ffff:127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => /listening on/.test(String(d)) && resolve());
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening`)));
  });

  const answered: string[] = [];
  const questions = ['公务接待费是多少？', '为什么公务用车购置费增加了？', '三公经费占总预算多少？', '今天天气怎么样', '有几辆车'];
  let killed = false;
  const client = async (n: number) => {
    for (let i = 0; !killed; i++) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question: questions[(n + i) % questions.length] }),
        });
        if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
        answered.push(((await res.json()) as { conversationId: string }).conversationId);
      } catch (err) {
        if (!killed) throw err;
      }
      if (answered.length >= 150 && !killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, (_, n) => client(n)));
  await exited;

  expect(answered.length).toBeGreaterThanOrEqual(150);
  const db = new Database(logDb, { readonly: true });
  const logged = new Set(db.prepare('SELECT conversation_id FROM questions').pluck().all() as string[]);
  db.close();
  expect(answered.filter((id) => !logged.has(id))).toEqual([]);
}, 60_000);
