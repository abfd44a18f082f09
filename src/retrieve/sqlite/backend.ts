import type Database from 'better-sqlite3';
import type { Embedder, EmbedderChoice } from '../embedder.js';
import type { CandidateFilter, RetrievalBackend, RetrievalRecord } from '../hybrid.js';
import { restoreLocal } from '../local-embedder.js';
import { NgramModel } from '../ngram-model.js';
import { hasTable, readMeta, readSavedEmbedder } from './meta.js';

interface RecordRow {
  id: number;
  kind: 'passage' | 'glossary';
  doc_id: string;
  ref: string;
  indexed: string;
  p_text: string | null;
  p_start: number | null;
  p_end: number | null;
  heading_path: string | null;
  definition: string | null;
  g_end: number | null;
  parent: string | null;
}

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
    const [sql, params] = filter(where, 'i.');
    if (!where.docId) {
      return this.stmt(`SELECT f.rowid FROM retrieval_fts f JOIN retrieval_items i ON i.id = f.rowid WHERE retrieval_fts MATCH ? ${sql} ORDER BY bm25(retrieval_fts) LIMIT ?`)
        .pluck()
        .all(match, ...params, where.limit) as number[];
    }
    // A document's records are written together, so their ids form one range: FTS5 seeks to it in each word's
    // posting list instead of reading the whole corpus's (the doc_id test keeps it exact).
    const range = this.stmt('SELECT min(id) AS lo, max(id) AS hi FROM retrieval_items WHERE doc_id = ?').get(where.docId) as { lo: number | null; hi: number | null };
    if (range.lo === null || range.hi === null) return [];
    return this.stmt(`SELECT f.rowid FROM retrieval_fts f JOIN retrieval_items i ON i.id = f.rowid WHERE retrieval_fts MATCH ? AND f.rowid BETWEEN ? AND ? ${sql} ORDER BY bm25(retrieval_fts) LIMIT ?`)
      .pluck()
      .all(match, range.lo, range.hi, ...params, where.limit) as number[];
  }

  async nearest(vector: Float32Array, where: CandidateFilter): Promise<number[]> {
    if (!hasTable(this.db, 'retrieval_vec')) return [];
    const [sql, params] = filter(where, '');
    return this.stmt(`SELECT rowid FROM retrieval_vec WHERE embedding MATCH ? AND k = ? ${sql} ORDER BY distance`)
      .pluck()
      .all(vector, where.limit, ...params) as number[];
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
      this.model = saved ? NgramModel.parse(saved) : NgramModel.fit(this.db.prepare('SELECT text FROM retrieval_items').pluck().all() as string[]);
    }
    return this.model;
  }

  async records(ids: number[]): Promise<RetrievalRecord[]> {
    const rows = this.stmt(
      `SELECT i.id, i.kind, i.doc_id, i.ref, i.text AS indexed, p.text AS p_text, p.span_start AS p_start, p.span_end AS p_end,
              p.heading_path, g.definition, g.span_end AS g_end, g.parent
       FROM retrieval_items i
       LEFT JOIN passages p ON i.kind = 'passage' AND p.doc_id = i.doc_id AND p.id = i.ref
       LEFT JOIN glossary g ON i.kind = 'glossary' AND g.doc_id = i.doc_id AND g.term = i.ref
       WHERE i.id IN (SELECT value FROM json_each(?)) ORDER BY i.id, g.span_start`,
    ).all(JSON.stringify(ids)) as RecordRow[];
    const out = new Map<number, RetrievalRecord>();
    for (const r of rows) if (!out.has(r.id)) out.set(r.id, toRecord(r));
    return [...out.values()].filter((r) => r.text !== '');
  }
}

function filter(where: CandidateFilter, prefix: string): [string, string[]] {
  const parts: string[] = [];
  const params: string[] = [];
  if (where.docId) parts.push(`AND ${prefix}doc_id = ?`), params.push(where.docId);
  if (where.kind) parts.push(`AND ${prefix}kind = ?`), params.push(where.kind);
  return [parts.join(' '), params];
}

function toRecord(r: RecordRow): RetrievalRecord {
  const base = { id: r.id, kind: r.kind, docId: r.doc_id, ref: r.ref, indexedText: r.indexed };
  if (r.kind === 'passage') {
    return { ...base, text: r.p_text ?? '', span: { start: r.p_start ?? 0, end: r.p_end ?? 0 }, headingPath: JSON.parse(r.heading_path ?? '[]') as string[] };
  }
  const definition = r.definition ?? '';
  const end = r.g_end ?? 0;
  const rec: RetrievalRecord = { ...base, text: definition, span: { start: end - definition.length, end } };
  if (r.parent !== null) rec.parent = r.parent;
  return rec;
}
