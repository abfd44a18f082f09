import type Database from 'better-sqlite3';
import { rankNeighbours } from '../cosine.js';
import type { Embedder, EmbedderChoice } from '../embedder.js';
import type { CandidateFilter, RetrievalBackend, RetrievalRecord } from '../hybrid.js';
import { restoreLocal } from '../local-embedder.js';
import { NgramModel } from '../ngram-model.js';
import { filterSql, ITEM_TEXTS_SQL, keywordSql, RECORD_RANGE_SQL, RECORDS_SQL, toRecords, type RecordRow } from '../sql.js';
import { hasTable, readMeta, readSavedEmbedder } from './meta.js';

/** Hybrid search over better-sqlite3: FTS5 BM25, sqlite-vec KNN, records joined to their passage or glossary entry. */
export class SqliteRetrieval implements RetrievalBackend {
  private embedder: Promise<Embedder | undefined> | undefined;
  private model: NgramModel | undefined;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database, private readonly choice: EmbedderChoice) {}

  /** Prepared once per SQL text (SQLite re-prepares by itself after a schema change, e.g. a rebuilt vector table). */
  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Forget the cached embedder and n-gram model (after re-indexing). */
  reset() {
    this.embedder = undefined;
    this.model = undefined;
  }

  async keyword(match: string, where: CandidateFilter): Promise<number[]> {
    if (!hasTable(this.db, 'retrieval_items')) throw new Error('this database has no retrieval index (built before migration 002): run `budget-qa ingest` to rebuild it');
    const [sql, params] = keywordSql(where);
    if (!where.docId) return this.stmt(sql).pluck().all(match, ...params, where.limit) as number[];
    const range = this.stmt(RECORD_RANGE_SQL).get(where.docId) as { lo: number | null; hi: number | null };
    if (range.lo === null || range.hi === null) return [];
    return this.stmt(sql).pluck().all(match, range.lo, range.hi, ...params, where.limit) as number[];
  }

  async nearest(vector: Float32Array, where: CandidateFilter): Promise<number[]> {
    if (!hasTable(this.db, 'retrieval_vec')) return [];
    const [sql, params] = filterSql(where, '');
    const candidates = this.stmt(`SELECT rowid AS id, distance FROM retrieval_vec WHERE embedding MATCH ? AND k = ? ${sql} ORDER BY distance`).all(vector, where.limit, ...params) as Array<{ id: number; distance: number }>;
    return rankNeighbours(candidates, where.limit);
  }

  queryEmbedder(): Promise<Embedder | undefined> {
    this.embedder ??= Promise.resolve().then(() => {
      const saved = readSavedEmbedder(this.db);
      if (!saved || !hasTable(this.db, 'retrieval_vec')) return undefined;
      return this.choice.restore(saved) ?? restoreLocal(saved);
    });
    return this.embedder;
  }

  async ngramModel(): Promise<NgramModel> {
    if (!this.model) {
      const saved = readMeta(this.db, 'ngrams');
      this.model = saved ? NgramModel.parse(saved) : NgramModel.fit(this.db.prepare(ITEM_TEXTS_SQL).pluck().all() as string[]);
    }
    return this.model;
  }

  async records(ids: number[]): Promise<RetrievalRecord[]> {
    return toRecords(this.stmt(RECORDS_SQL).all(JSON.stringify(ids)) as RecordRow[]);
  }
}
