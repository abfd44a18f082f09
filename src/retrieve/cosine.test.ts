import Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesToVector, cosineDistance, nearestIds, nearestSparse, queryMagnitude, sparseCosineDistance, toSparse, vectorBytes } from './cosine.js';
import { LocalEmbedder } from './local-embedder.js';
import { seedStore, type SeedStore } from './seed.testkit.js';

describe('cosine distance computed in JavaScript (D1) and by sqlite-vec', () => {
  let seed: SeedStore;
  let db: Database.Database;
  beforeAll(async () => {
    seed = await seedStore();
    db = new Database(seed.path, { readonly: true });
    sqliteVec.load(db);
  });
  afterAll(async () => {
    db.close();
    await seed.dispose();
  });

  it('agree to the last bit, and rank the records with some similarity in the same order', async () => {
    const saved = JSON.parse(db.prepare("SELECT value FROM retrieval_meta WHERE key = 'embedder'").pluck().get() as string) as { state: string };
    const embedder = LocalEmbedder.fromState(saved.state);
    const stored = (db.prepare('SELECT rowid AS id, embedding FROM retrieval_vec ORDER BY rowid').all() as Array<{ id: number; embedding: Buffer }>).map((r) => ({
      id: r.id,
      vector: bytesToVector(r.embedding),
    }));
    for (const q of ['三公经费是什么', '公务用车购置费为什么增加', '政务服务中心负责什么', '机关运行经费用在哪', '预算公开联系人']) {
      const query = embedder.embedOne(q);
      const knn = db.prepare(`SELECT rowid AS id, distance FROM retrieval_vec WHERE embedding MATCH ? AND k = 30 AND doc_id = ? ORDER BY distance`).all(query, seed.docId) as Array<{ id: number; distance: number }>;
      const byId = new Map(stored.map((s) => [s.id, s.vector]));
      for (const { id, distance } of knn) expect(cosineDistance(query, byId.get(id)!), `${q} #${id}`).toBe(distance);
      expect(nearestIds(query, stored, 30)).toEqual(knn.filter((r) => r.distance < 1).map((r) => r.id));
      // Kept sparse (what the Node store holds per document), the same distances to the bit and the same ranking.
      const sparse = stored.map((s) => toSparse(s.id, 'any', s.vector));
      const mag = queryMagnitude(query);
      for (const { id, distance } of knn) expect(sparseCosineDistance(query, mag, sparse.find((v) => v.id === id)!), `${q} #${id}`).toBe(distance);
      expect(nearestSparse(query, sparse, 30)).toEqual(knn.filter((r) => r.distance < 1).map((r) => r.id));
    }
  });

  it('sparse and dense distances agree to the last bit on any vectors', () => {
    const element = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.float({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true }) });
    fc.assert(
      fc.property(fc.array(element, { minLength: 64, maxLength: 64 }), fc.array(element, { minLength: 64, maxLength: 64 }), (a, b) => {
        const q = Float32Array.from(a);
        const v = Float32Array.from(b);
        expect(sparseCosineDistance(q, queryMagnitude(q), toSparse(1, 'k', v))).toBe(cosineDistance(q, v));
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips a vector through its stored bytes, from a Buffer, an array of byte values or an ArrayBuffer', () => {
    const v = Float32Array.from([1.5, -2, 0.1, 3e-8]);
    const bytes = vectorBytes(v);
    expect(bytesToVector(bytes)).toEqual(v);
    expect(bytesToVector(Array.from(bytes))).toEqual(v);
    expect(bytesToVector(bytes.slice().buffer)).toEqual(v);
    expect(bytesToVector(Buffer.from(bytes))).toEqual(v);
  });
});
