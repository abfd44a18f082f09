import type Database from 'better-sqlite3';
import { LruCache } from '../../domain/lru-cache.js';
import { bytesToVector, nearestSparse, rankNeighbours, toSparse, type SparseVector } from '../cosine.js';
import type { Embedder, EmbedderChoice } from '../embedder.js';
import type { CandidateFilter, RetrievalBackend, RetrievalRecord } from '../hybrid.js';
import { restoreLocal } from '../local-embedder.js';
import { NgramModel } from '../ngram-model.js';
import { DOCUMENT_RECORDS_SQL, filterSql, ITEM_TEXTS_SQL, keywordSql, RECORD_RANGE_SQL, RECORDS_SQL, toRecords, type RecordRow } from '../sql.js';
import { hasTable, readMeta, readSavedEmbedder } from './meta.js';

/** What the search needs of one document, read once in one snapshot: its record id range, records and vectors. */
interface HeldDocument {
  lo: number;
  hi: number;
  records: Map<number, RetrievalRecord>;
  vectors: SparseVector[];
}

/**
 * Hybrid search over better-sqlite3: FTS5 BM25 in the database; for a search within one document (every question's),
 * that document's records and vectors held in memory after its first search — the vectors kept sparse and compared
 * with the query's here, exactly as sqlite-vec's cosine distance (src/retrieve/cosine.ts), so only the document's own
 * vectors are ever compared. A search over the whole corpus (evaluation) uses the sqlite-vec KNN. Statements are
 * prepared once; held documents are dropped when the corpus changes (reset).
 */
export class SqliteRetrieval implements RetrievalBackend {
  private embedder: Promise<Embedder | undefined> | undefined;
  private model: NgramModel | undefined;
  private tables = new Map<string, boolean>();
  private readonly statements = new Map<string, Database.Statement>();
  private readonly held = new LruCache<string, HeldDocument>(32);

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

  private has(table: string): boolean {
    let yes = this.tables.get(table);
    if (yes === undefined) this.tables.set(table, (yes = hasTable(this.db, table)));
    return yes;
  }

  /** Forget the cached embedder, n-gram model and held documents (after re-indexing, or when the corpus changed). */
  reset() {
    this.embedder = undefined;
    this.model = undefined;
    this.tables = new Map();
    this.held.clear();
  }

  /** A document's records and vectors, read once (one read transaction) and kept while the cache holds it. */
  private document(docId: string): HeldDocument | undefined {
    let doc = this.held.get(docId);
    if (doc) return doc;
    doc = this.db.transaction((): HeldDocument | undefined => {
      const range = this.stmt(RECORD_RANGE_SQL).get(docId) as { lo: number | null; hi: number | null };
      if (range.lo === null || range.hi === null) return undefined;
      const records = new Map(toRecords(this.stmt(DOCUMENT_RECORDS_SQL).all(docId) as RecordRow[]).map((r) => [r.id, r]));
      const vectors: SparseVector[] = [];
      if (this.has('retrieval_vec')) {
        // Point lookups by rowid: a vec0 scan filtered on its partition key would read every document's vectors.
        const byId = this.stmt('SELECT kind, embedding FROM retrieval_vec WHERE rowid = ?');
        for (let id = range.lo; id <= range.hi; id++) {
          const row = byId.get(BigInt(id)) as { kind: string; embedding: Buffer } | undefined;
          if (row) vectors.push(toSparse(id, row.kind, bytesToVector(row.embedding)));
        }
      }
      return { lo: range.lo, hi: range.hi, records, vectors };
    })();
    if (doc) this.held.set(docId, doc);
    return doc;
  }

  async keyword(match: string, where: CandidateFilter): Promise<number[]> {
    if (!this.has('retrieval_items')) throw new Error('this database has no retrieval index (built before migration 002): run `budget-qa ingest` to rebuild it');
    const [sql, params] = keywordSql(where);
    if (!where.docId) return this.stmt(sql).pluck().all(match, ...params, where.limit) as number[];
    const doc = this.document(where.docId);
    if (!doc) return [];
    return this.stmt(sql).pluck().all(match, doc.lo, doc.hi, ...params, where.limit) as number[];
  }

  async nearest(vector: Float32Array, where: CandidateFilter): Promise<number[]> {
    if (!this.has('retrieval_vec')) return [];
    if (where.docId) {
      const doc = this.document(where.docId);
      if (!doc) return [];
      return nearestSparse(vector, where.kind ? doc.vectors.filter((v) => v.kind === where.kind) : doc.vectors, where.limit);
    }
    const [sql, params] = filterSql(where, '');
    const candidates = this.stmt(`SELECT rowid AS id, distance FROM retrieval_vec WHERE embedding MATCH ? AND k = ? ${sql} ORDER BY distance`).all(vector, where.limit, ...params) as Array<{ id: number; distance: number }>;
    return rankNeighbours(candidates, where.limit);
  }

  queryEmbedder(): Promise<Embedder | undefined> {
    this.embedder ??= Promise.resolve().then(() => {
      const saved = readSavedEmbedder(this.db);
      if (!saved || !this.has('retrieval_vec')) return undefined;
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

  async records(ids: number[], docId?: string): Promise<RetrievalRecord[]> {
    const doc = docId ? this.document(docId) : undefined;
    // Records without text are left out, as toRecords leaves them out.
    if (doc && ids.every((id) => id >= doc.lo && id <= doc.hi)) return ids.flatMap((id) => doc.records.get(id) ?? []).sort((a, b) => a.id - b.id);
    return toRecords(this.stmt(RECORDS_SQL).all(JSON.stringify(ids)) as RecordRow[]);
  }
}
