import type { D1Database } from '../../domain/d1.js';
import { LruCache } from '../../domain/lru-cache.js';
import { bytesToVector, nearestSparse, toSparse, type SparseVector } from '../cosine.js';
import type { Embedder, EmbedderChoice, SavedEmbedder } from '../embedder.js';
import type { CandidateFilter, RetrievalBackend, RetrievalRecord } from '../hybrid.js';
import { restoreLocal } from '../local-embedder.js';
import { NgramModel } from '../ngram-model.js';
import { ITEM_TEXTS_SQL, keywordSql, RECORD_RANGE_SQL, RECORDS_SQL, toRecords, type RecordRow } from '../sql.js';
import { readMetaParts } from './meta.js';

/**
 * Hybrid search over D1: FTS5 BM25 in the database (the same query as on SQLite), and vectors stored per record
 * whose cosine distance is computed here, over one document's records (few: ~100 a document). A document's vectors
 * are read once and kept in a bounded cache until the corpus changes.
 */
export class D1Retrieval implements RetrievalBackend {
  private embedder: Promise<Embedder | undefined> | undefined;
  private model: Promise<NgramModel> | undefined;
  private readonly vectors = new LruCache<string, Promise<SparseVector[]>>(64);

  constructor(private readonly db: D1Database, private readonly choice: EmbedderChoice) {}

  reset() {
    this.embedder = undefined;
    this.model = undefined;
    this.vectors.clear();
  }

  async keyword(match: string, where: CandidateFilter): Promise<number[]> {
    const [sql, params] = keywordSql(where);
    let bind: unknown[] = [match, ...params, where.limit];
    if (where.docId) {
      const range = await this.db.prepare(RECORD_RANGE_SQL).bind(where.docId).first<{ lo: number | null; hi: number | null }>();
      if (range?.lo == null || range.hi == null) return [];
      bind = [match, range.lo, range.hi, ...params, where.limit];
    }
    return (await this.db.prepare(sql).bind(...bind).all<{ id: number }>()).results.map((r) => r.id);
  }

  async nearest(vector: Float32Array, where: CandidateFilter): Promise<number[]> {
    const all = await this.documentVectors(where.docId);
    return nearestSparse(vector, where.kind ? all.filter((v) => v.kind === where.kind) : all, where.limit);
  }

  /** One document's vectors (or, without a document, the corpus's: evaluation only), cached, kept sparse. */
  private documentVectors(docId: string | undefined): Promise<SparseVector[]> {
    const key = docId ?? '\u0000all';
    let hit = this.vectors.get(key);
    if (!hit) {
      const stmt = docId
        ? this.db.prepare('SELECT item_id, kind, embedding FROM retrieval_vectors WHERE doc_id = ? ORDER BY item_id').bind(docId)
        : this.db.prepare('SELECT item_id, kind, embedding FROM retrieval_vectors ORDER BY item_id');
      hit = stmt.all<{ item_id: number; kind: string; embedding: ArrayLike<number> }>().then((r) =>
        r.results.map((row) => toSparse(row.item_id, row.kind, bytesToVector(row.embedding))),
      );
      hit.catch(() => this.vectors.delete(key));
      this.vectors.set(key, hit);
    }
    return hit;
  }

  queryEmbedder(): Promise<Embedder | undefined> {
    this.embedder ??= (async () => {
      const raw = await readMetaParts(this.db, 'embedder');
      const any = await this.db.prepare('SELECT 1 AS x FROM retrieval_vectors LIMIT 1').first();
      if (!raw || !any) return undefined;
      const saved = JSON.parse(raw) as SavedEmbedder;
      return this.choice.restore(saved) ?? restoreLocal(saved);
    })();
    return this.embedder;
  }

  ngramModel(): Promise<NgramModel> {
    this.model ??= (async () => {
      const saved = await readMetaParts(this.db, 'ngrams');
      if (saved) return NgramModel.parse(saved);
      return NgramModel.fit((await this.db.prepare(ITEM_TEXTS_SQL).all<{ text: string }>()).results.map((r) => r.text));
    })();
    return this.model;
  }

  async records(ids: number[]): Promise<RetrievalRecord[]> {
    return toRecords((await this.db.prepare(RECORDS_SQL).bind(JSON.stringify(ids)).all<RecordRow>()).results);
  }
}
