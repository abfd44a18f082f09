import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import * as sqliteVec from 'sqlite-vec';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../ingest/index.js';
import { rankNeighbours } from '../cosine.js';
import { localEmbedderChoice } from '../local-embedder.js';
import { seedStore, type SeedStore } from '../seed.testkit.js';
import { SqliteRetrieval } from './backend.js';

const QUERIES = ['三公经费是什么', '公务用车购置费为什么增加', '政务服务中心负责什么', '机关运行经费用在哪', '预算公开联系人', '项目支出主要用于哪些项目'];

describe('SqliteRetrieval: a document held for the searches within it', () => {
  let seed: SeedStore;
  let other: string;
  let db: Database.Database;
  beforeAll(async () => {
    seed = await seedStore();
    const text = readFileSync(new URL('../../../test/fixtures/variants/v1-ascii-folded-metadata-table.txt', import.meta.url), 'utf8');
    other = (await seed.store.putDocument('v1.txt', text, parseDocument(text))).docId;
    await seed.store.syncIndex();
    db = new Database(seed.path, { readonly: true });
    sqliteVec.load(db);
  });
  afterAll(async () => {
    db.close();
    await seed.dispose();
  });

  it("ranks a document's vectors exactly as the sqlite-vec index does for that document, and never another's", async () => {
    const retrieval = new SqliteRetrieval(db, localEmbedderChoice());
    const embedder = (await retrieval.queryEmbedder())!;
    for (const docId of [seed.docId, other]) {
      const ids = new Set(db.prepare('SELECT id FROM retrieval_items WHERE doc_id = ?').pluck().all(docId) as number[]);
      for (const q of QUERIES) {
        const [vector] = await embedder.embed([q]);
        for (const kind of [undefined, 'passage', 'glossary'] as const) {
          const where = { docId, limit: 30, ...(kind ? { kind } : {}) };
          const knn = db
            .prepare(`SELECT rowid AS id, distance FROM retrieval_vec WHERE embedding MATCH ? AND k = 30 AND doc_id = ?${kind ? ' AND kind = ?' : ''} ORDER BY distance`)
            .all(vector, docId, ...(kind ? [kind] : [])) as Array<{ id: number; distance: number }>;
          const held = await retrieval.nearest(vector!, where);
          expect(held, `${q} ${kind ?? ''}`).toEqual(rankNeighbours(knn, 30));
          expect(held.every((id) => ids.has(id))).toBe(true);
        }
      }
    }
  });

  it('returns the records of a held document as the database joins them', async () => {
    const retrieval = new SqliteRetrieval(db, localEmbedderChoice());
    const ids = db.prepare('SELECT id FROM retrieval_items WHERE doc_id = ? ORDER BY id').pluck().all(seed.docId) as number[];
    const sample = [ids[3]!, ids[0]!, ids[ids.length - 1]!, ids[40]!];
    const fromDatabase = await new SqliteRetrieval(db, localEmbedderChoice()).records(sample);
    await retrieval.keyword('三公', { docId: seed.docId, limit: 5 });
    expect(await retrieval.records(sample, seed.docId)).toEqual(fromDatabase);
  });

  it('prepares no statement once a document has been searched', async () => {
    const retrieval = new SqliteRetrieval(db, localEmbedderChoice());
    const embedder = (await retrieval.queryEmbedder())!;
    await retrieval.ngramModel();
    const search = async (q: string) => {
      const [vector] = await embedder.embed([q]);
      const where = { docId: seed.docId, limit: 30 };
      const ids = [...(await retrieval.keyword('"三公"', where)), ...(await retrieval.nearest(vector!, where))];
      return retrieval.records(ids, seed.docId);
    };
    await search(QUERIES[0]!);
    const prepare = vi.spyOn(db, 'prepare');
    for (const q of QUERIES) expect((await search(q)).length).toBeGreaterThan(0);
    expect(prepare).not.toHaveBeenCalled();
    prepare.mockRestore();
  });
});
