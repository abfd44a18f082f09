import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { openStore } from '../../src/entry/open-store.js';
import { buildCorpusApp } from '../support/corpus-app.js';
import { askJson } from '../support/test-app.js';

const SEED = { name: 'seed.txt', text: readFileSync(new URL('../../data/sources/yuzhong-gov-office-2026.txt', import.meta.url), 'utf8') };
const BUREAU = readFileSync(new URL('../fixtures/variants3/v11-bureau-reason-markers-totals-numbered-sangong.txt', import.meta.url), 'utf8');

describe('documents ingested while the service is reading the database', () => {
  it('a new department is answerable within seconds, without a restart', async () => {
    const { app, config } = await buildCorpusApp([SEED]);
    const before = await askJson(app, { question: '巴南区司法局的三公经费是多少' });
    expect(before.body.answer).not.toContain('48.36');

    const writer = openStore({ path: config.DB_PATH });
    await writer.putDocument('bureau.txt', BUREAU, parseDocument(BUREAU));
    await writer.syncIndex();
    await writer.close();

    const started = Date.now();
    let body: Record<string, any> = {};
    while (Date.now() - started < 5000) {
      body = (await askJson(app, { question: '巴南区司法局的三公经费是多少' })).body;
      if (body.status === 'answered') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(body.status).toBe('answered');
    expect(body.answer).toContain('48.36');
    expect(body.source.department).toBe('重庆市巴南区司法局');
    expect(Date.now() - started).toBeLessThan(5000);
    // Two departments now: a question that names neither asks which.
    expect((await askJson(app, { question: '三公经费是多少' })).body.status).toBe('clarify');
  });

  it('a reader never sees a replacement in progress: a document is read whole, in one snapshot', async () => {
    const { deps, config } = await buildCorpusApp([SEED]);
    const [doc] = await deps.store.listDocuments();
    const whole = await deps.store.documentBundle(doc!.id);
    // A writer in the middle of replacing the document: its old rows deleted, nothing new written, not committed.
    const writer = new Database(config.DB_PATH);
    writer.pragma('foreign_keys = ON');
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare('DELETE FROM facts WHERE doc_id = ?').run(doc!.id);
    writer.prepare('DELETE FROM passages WHERE doc_id = ?').run(doc!.id);
    const during = await deps.store.documentBundle(doc!.id);
    expect(during!.facts).toHaveLength(whole!.facts.length);
    expect(during!.passages).toHaveLength(whole!.passages.length);
    writer.exec('ROLLBACK');
    writer.close();
  });
});
