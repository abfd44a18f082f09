import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openSqliteQuestionLog } from '../../src/questions/sqlite-question-log.js';
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
