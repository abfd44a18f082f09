import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { localEmbedderChoice } from '../../src/retrieve/index.js';
import { sqliteTextIndex } from '../../src/retrieve/sqlite/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { storeContract } from './store-contract.js';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'budget-qa-store-')), 'budget.db');

storeContract('better-sqlite3', async () => openSqliteStore({ path: tempPath(), index: sqliteTextIndex(localEmbedderChoice()) }));

it('opens read-only for the server: reads work, writes are refused', async () => {
  const path = tempPath();
  const w = openSqliteStore({ path });
  const text = 'x';
  await w.close();
  const r = openSqliteStore({ path, readonly: true });
  expect(await r.listDocuments()).toEqual([]);
  await expect((r as unknown as ReturnType<typeof openSqliteStore>).putDocument('a.txt', text, parseDocument(
    '一、单位基本情况\n二、部门收支总体情况\n(一)收入预算:2026年年初预算数1万元。',
  ))).rejects.toThrow(/readonly/i);
  await r.close();
});
