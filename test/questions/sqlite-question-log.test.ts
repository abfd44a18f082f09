import Database from 'better-sqlite3';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openSqliteQuestionLog } from '../../src/questions/sqlite-question-log.js';
import type { QuestionLog } from '../../src/questions/types.js';
import { questionLogContract } from './question-log-contract.js';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'qlog-')), 'questions.db');

questionLogContract('better-sqlite3', async (opts) => openSqliteQuestionLog({ path: tempPath(), ...opts }));

it('uses WAL journal mode in its own file', async () => {
  const path = tempPath();
  const log = openSqliteQuestionLog({ path, retentionDays: 30 });
  const db = new Database(path, { readonly: true });
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  db.close();
  await log.close();
});

const record = (conversationId: string, status = 'answered') =>
  ({ conversationId, question: `问题${conversationId}`, status, engine: 'rules', elapsedMs: 1, answer: '答' }) as Parameters<QuestionLog['record']>[0];

it('acknowledges a question only once its row is committed (seen by another connection), questions of one turn together', async () => {
  const path = tempPath();
  const log = openSqliteQuestionLog({ path, retentionDays: 30 });
  const reader = new Database(path, { readonly: true });
  const stored = reader.prepare('SELECT conversation_id FROM questions WHERE id = ?').pluck();
  const seen: Array<string | undefined> = [];
  await Promise.all(
    Array.from({ length: 50 }, (_, i) => log.record(record(`c${i}`, i % 3 ? 'answered' : 'not_found')).then((logged) => seen.push(stored.get(logged.id) as string | undefined))),
  );
  expect(seen).toHaveLength(50);
  expect(seen.every((c) => c !== undefined)).toBe(true);
  expect(new Set(seen).size).toBe(50);
  // The unanswered ones are queued in the same commit.
  expect(reader.prepare("SELECT count(*) FROM follow_ups WHERE state = 'open'").pluck().get()).toBe(17);
  reader.close();
  await log.close();
});

it('a row that cannot be written fails alone; the others of its turn are stored', async () => {
  const path = tempPath();
  const log = openSqliteQuestionLog({ path, retentionDays: 30 });
  const results = await Promise.allSettled([log.record(record('ok1')), log.record(record('bad', 'no-such-status')), log.record(record('ok2'))]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  const { questions } = await log.questions();
  expect(questions.map((q) => q.conversationId).sort()).toEqual(['ok1', 'ok2']);
  await log.close();
});

it('close writes the questions still waiting for their commit', async () => {
  const path = tempPath();
  const log = openSqliteQuestionLog({ path, retentionDays: 30 });
  const pending = log.record(record('last'));
  await log.close();
  expect((await pending).id).toBeGreaterThan(0);
  const reader = new Database(path, { readonly: true });
  expect(reader.prepare('SELECT conversation_id FROM questions').pluck().all()).toEqual(['last']);
  reader.close();
});

it('checkpoints the write-ahead log into the database file while it runs (in a pause of the writes)', async () => {
  const path = tempPath();
  const log = openSqliteQuestionLog({ path, retentionDays: 30 });
  const size = () => statSync(path).size;
  const before = size();
  await Promise.all(Array.from({ length: 2000 }, (_, i) => log.record({ ...record(`c${i}`), answer: '答'.repeat(200) })));
  const until = Date.now() + 5000;
  while (size() <= before && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  expect(size()).toBeGreaterThan(before + 500_000);
  await log.close();
});
