import Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../cli/ingest-files.js';
import { parseDocument } from '../ingest/index.js';
import { openStore } from '../entry/open-store.js';
import { localEmbedderChoice } from './local-embedder.js';
import { DEFAULT_NGRAM_PARAMS } from './ngram-model.js';
import { SEED_NAME, SEED_PATH, seedStore, type SeedStore } from './seed.testkit.js';
import { fileURLToPath } from 'node:url';

/** Counts straight from the file: records, FTS rows, vectors, vector widths, and the saved embedder id. */
function inspect(path: string) {
  const db = new Database(path, { readonly: true });
  sqliteVec.load(db);
  const n = (sql: string) => db.prepare(sql).pluck().get() as number;
  const out = {
    items: n('SELECT count(*) FROM retrieval_items'),
    fts: n('SELECT count(*) FROM retrieval_fts'),
    vectors: n('SELECT count(*) FROM retrieval_vec'),
    widths: db.prepare('SELECT DISTINCT vec_length(embedding) FROM retrieval_vec').pluck().all() as number[],
    embedder: (JSON.parse(db.prepare("SELECT value FROM retrieval_meta WHERE key = 'embedder'").pluck().get() as string) as { id: string }).id,
  };
  db.close();
  return out;
}

describe('re-indexing', () => {
  let seed: SeedStore | undefined;
  afterEach(async () => {
    await seed?.dispose();
    seed = undefined;
  });

  it('indexes every record once: FTS rows, vectors and records agree', async () => {
    seed = await seedStore();
    const s = inspect(seed.path);
    expect(s.items).toBeGreaterThan(100);
    expect(s).toMatchObject({ fts: s.items, vectors: s.items, widths: [2048] });
    expect(s.embedder).toMatch(/^local-ngram-v1:d2048:/);
    expect(await seed.store.syncIndex()).toMatchObject({ embedded: 0, rebuilt: false });
  });

  it('re-ingesting an edited document replaces its records and re-embeds everything under the new idf', async () => {
    seed = await seedStore();
    const before = inspect(seed.path);
    const edited = seed.text.replace('主要用于办公费、印刷费', '主要用于办公费、打印费');
    await seed.store.putDocument(SEED_NAME, edited, parseDocument(edited));
    const mid = inspect(seed.path);
    expect(mid.fts).toBe(mid.items);
    const summary = await seed.store.syncIndex();
    expect(summary).toMatchObject({ rebuilt: true, embedded: mid.items, records: mid.items });
    const after = inspect(seed.path);
    expect(after).toMatchObject({ fts: after.items, vectors: after.items });
    expect(after.embedder).not.toBe(before.embedder);
    expect((await seed.store.searchText('打印费'))[0]?.id).toBe('p54');
  });

  it('a different embedder rebuilds every vector: never two embedders in one table', async () => {
    seed = await seedStore();
    await seed.store.close();
    const other = openStore({ path: seed.path, embedder: localEmbedderChoice(DEFAULT_NGRAM_PARAMS, { dimensions: 1024, seed: 7 }) });
    const summary = await other.syncIndex();
    const s = inspect(seed.path);
    expect(summary).toMatchObject({ rebuilt: true, embedded: s.items });
    expect(s).toMatchObject({ vectors: s.items, widths: [1024] });
    expect(s.embedder).toMatch(/^local-ngram-v1:d1024:.*:s7:/);
    expect((await other.searchText('公车维护费包括哪些'))[0]?.id).toBe('公务用车运行维护费');
    seed = { ...seed, dispose: async () => other.close() };
  });

  it('backfills records for documents stored before the index existed, and ingest reports the index', async () => {
    seed = await seedStore();
    const db = new Database(seed.path);
    db.exec('DELETE FROM retrieval_items');
    db.close();
    expect(inspect(seed.path)).toMatchObject({ items: 0, fts: 0 });
    const lines: string[] = [];
    await ingestFiles(seed.store, [], (l) => lines.push(l));
    const s = inspect(seed.path);
    expect(s.items).toBeGreaterThan(100);
    expect(s).toMatchObject({ fts: s.items, vectors: s.items });
    expect(lines.at(-1)).toMatch(/^retrieval index: \d+ records, \d+ embedded by local-ngram-v1/);
    await ingestFiles(seed.store, [fileURLToPath(SEED_PATH)], (l) => lines.push(l));
    expect(lines.at(-1)).toBe(`retrieval index: ${s.items} records, ${s.items} embedded by ${s.embedder}`);
    expect(inspect(seed.path)).toMatchObject({ items: s.items, fts: s.items, vectors: s.items });
  });
});
