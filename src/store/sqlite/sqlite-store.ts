import Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { documentId } from '../../domain/doc-id.js';
import type { ParsedDocument, ParseWarning } from '../../domain/types.js';
import {
  FACT_COLUMNS, factToRow, rowToDocument, rowToFact, rowToGlossary, rowToPassage,
  type DocumentRow, type FactRow, type GlossaryRow, type PassageRow,
} from '../rows.js';
import type { DocumentSummary, FactQuery, IngestResult, Store, WritableStore } from '../store.js';
import { migrate } from './migrate.js';
import { hybridSearch, hybridSettings, localEmbedderChoice, type EmbedderChoice, type TextSearchOptions } from '../../retrieve/index.js';
import { SqliteRetrieval, backfillTextIndex, indexDocumentText, syncVectors } from '../../retrieve/sqlite/index.js';

export interface SqliteOptions {
  path: string;
  /** The server opens the facts database read-only; only ingest writes. */
  readonly?: boolean;
  /** Embeds passages at index time (syncIndex) and rebuilds the query embedder (default: the local n-gram embedder). */
  embedder?: EmbedderChoice;
}

export function openSqliteStore(opts: SqliteOptions & { readonly: true }): Store;
export function openSqliteStore(opts: SqliteOptions): WritableStore;
export function openSqliteStore(opts: SqliteOptions): WritableStore {
  const db = new Database(opts.path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  db.pragma('foreign_keys = ON');
  sqliteVec.load(db);
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    migrate(db);
  }
  return new SqliteStore(db, opts.embedder ?? localEmbedderChoice());
}

class SqliteStore implements WritableStore {
  private readonly retrieval: SqliteRetrieval;
  private readonly search = hybridSettings();

  constructor(private readonly db: Database.Database, private readonly embedder: EmbedderChoice) {
    this.retrieval = new SqliteRetrieval(db, embedder);
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT d.id, d.source_name, d.title, d.department, d.year, (SELECT count(*) FROM facts f WHERE f.doc_id = d.id) AS fact_count
         FROM documents d ORDER BY d.source_name`,
      )
      .all() as Array<Omit<DocumentRow, 'text' | 'contact_json' | 'sub_units_json'> & { fact_count: number }>;
    return rows.map((r) => ({ id: r.id, sourceName: r.source_name, title: r.title, department: r.department, year: r.year, factCount: r.fact_count }));
  }

  async getDocument(id: string) {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    return row ? rowToDocument(row) : undefined;
  }

  async facts(query: FactQuery = {}) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.docId) {
      where.push('doc_id = ?');
      params.push(query.docId);
    }
    if (query.text) {
      where.push("(key LIKE ? ESCAPE '\\' OR label LIKE ? ESCAPE '\\' OR sub_unit LIKE ? ESCAPE '\\')");
      const like = `%${query.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      params.push(like, like, like);
    }
    const sql = `SELECT * FROM facts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY doc_id, span_start LIMIT ?`;
    params.push(query.limit ?? 10_000);
    return (this.db.prepare(sql).all(...params) as FactRow[]).map(rowToFact);
  }

  async passages(docId?: string) {
    const rows = docId
      ? this.db.prepare('SELECT * FROM passages WHERE doc_id = ? ORDER BY span_start').all(docId)
      : this.db.prepare('SELECT * FROM passages ORDER BY doc_id, span_start').all();
    return (rows as PassageRow[]).map(rowToPassage);
  }

  async glossary(docId?: string) {
    const rows = docId
      ? this.db.prepare('SELECT * FROM glossary WHERE doc_id = ? ORDER BY span_start').all(docId)
      : this.db.prepare('SELECT * FROM glossary ORDER BY doc_id, span_start').all();
    return (rows as GlossaryRow[]).map(rowToGlossary);
  }

  async warnings(docId: string): Promise<ParseWarning[]> {
    const rows = this.db.prepare('SELECT * FROM warnings WHERE doc_id = ? ORDER BY span_start').all(docId) as Array<{
      message: string; quote: string; span_start: number; span_end: number;
    }>;
    return rows.map((r) => ({ message: r.message, quote: r.quote, span: { start: r.span_start, end: r.span_end } }));
  }

  async putDocument(sourceName: string, text: string, parsed: ParsedDocument): Promise<IngestResult> {
    const docId = await documentId(text);
    const db = this.db;
    const insertFact = db.prepare(`INSERT INTO facts (${FACT_COLUMNS.join(', ')}) VALUES (${FACT_COLUMNS.map((c) => `@${c}`).join(', ')})`);
    const insertPassage = db.prepare('INSERT INTO passages (doc_id, id, heading_path, text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)');
    const insertGlossary = db.prepare('INSERT INTO glossary (doc_id, term, definition, parent, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)');
    const insertWarning = db.prepare('INSERT INTO warnings (doc_id, message, quote, span_start, span_end) VALUES (?, ?, ?, ?, ?)');
    const write = db.transaction((): boolean => {
      const removed = db.prepare('DELETE FROM documents WHERE id = ? OR source_name = ?').run(docId, sourceName).changes;
      const { document: meta } = parsed;
      db.prepare(
        `INSERT INTO documents (id, source_name, title, department, year, text, contact_json, sub_units_json, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(docId, sourceName, meta.title, meta.department, meta.year, text, parsed.contact ? JSON.stringify(parsed.contact) : null, JSON.stringify(parsed.subUnits), new Date().toISOString());
      for (const f of parsed.facts) insertFact.run(factToRow(docId, f));
      for (const p of parsed.passages) insertPassage.run(docId, p.id, JSON.stringify(p.headingPath), p.text, p.span.start, p.span.end);
      for (const g of parsed.glossary) insertGlossary.run(docId, g.term, g.definition, g.parent ?? null, g.span.start, g.span.end);
      for (const w of parsed.warnings) insertWarning.run(docId, w.message, w.quote, w.span.start, w.span.end);
      indexDocumentText(db, docId, parsed.passages, parsed.glossary, this.search.segment);
      return removed > 0;
    });
    const replaced = write();
    return { docId, replaced, facts: parsed.facts.length };
  }

  async searchText(query: string, opts: TextSearchOptions = {}) {
    return hybridSearch(this.retrieval, query, opts, this.search);
  }

  /** Index what putDocument left for later: records of older documents, and vectors (re-embedding all on a new embedder). */
  async syncIndex() {
    this.db.transaction(() => backfillTextIndex(this.db, this.search.segment))();
    const summary = await syncVectors(this.db, this.embedder);
    this.retrieval.reset();
    return summary;
  }

  async close() {
    this.db.close();
  }
}
