import Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { documentId } from '../../domain/doc-id.js';
import type { ParsedDocument, ParseWarning, SubUnit } from '../../domain/types.js';
import {
  FACT_COLUMNS, factToRow, rowToDocument, rowToFact, rowToGlossary, rowToPassage,
  type DocumentRow, type FactRow, type GlossaryRow, type PassageRow,
} from '../rows.js';
import type { DocumentBundle, DocumentSummary, FactQuery, IngestResult, Page, WritableStore, Store } from '../store.js';
import { migrate, pendingMigrations } from './migrate.js';
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
export function openSqliteStore(opts: SqliteOptions): WritableStore & { migrationsApplied: string[] };
export function openSqliteStore(opts: SqliteOptions): WritableStore & { migrationsApplied: string[] } {
  const db = new Database(opts.path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  db.pragma('foreign_keys = ON');
  sqliteVec.load(db);
  let applied: string[] = [];
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    applied = migrate(db);
  }
  return new SqliteStore(db, opts.embedder ?? localEmbedderChoice(), applied);
}

type SummaryRow = Omit<DocumentRow, 'text' | 'contact_json'> & { fact_count: number };

const SUMMARY_SQL = `SELECT d.id, d.source_name, d.title, d.department, d.year, d.sub_units_json,
  (SELECT count(*) FROM facts f WHERE f.doc_id = d.id) AS fact_count FROM documents d`;
const CATALOG_ORDER = 'ORDER BY d.year DESC, d.source_name';

class SqliteStore implements WritableStore {
  private readonly retrieval: SqliteRetrieval;
  private readonly search = hybridSettings();
  private readonly statements = new Map<string, Database.Statement>();
  private seenVersion: number | undefined;

  constructor(
    private readonly db: Database.Database,
    private readonly embedder: EmbedderChoice,
    readonly migrationsApplied: string[],
  ) {
    this.retrieval = new SqliteRetrieval(db, embedder);
    this.bundleTransaction = this.makeBundleTransaction();
  }

  /** Statements are prepared once, on first use. */
  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return (this.stmt(`${SUMMARY_SQL} ${CATALOG_ORDER}`).all() as SummaryRow[]).map(toSummary);
  }

  async documentsPage(page: Page) {
    const documents = (this.stmt(`${SUMMARY_SQL} ${CATALOG_ORDER} LIMIT ? OFFSET ?`).all(page.limit, page.offset) as SummaryRow[]).map(toSummary);
    const total = this.stmt('SELECT count(*) FROM documents').pluck().get() as number;
    return { documents, total };
  }

  async catalogVersion(): Promise<number> {
    const v = Number(this.stmt("SELECT value FROM store_meta WHERE key = 'catalog_version'").pluck().get() ?? 0);
    // Another process (ingest) changed the documents: the retrieval caches (embedder idf, n-gram model) follow.
    if (this.seenVersion !== undefined && v !== this.seenVersion) this.retrieval.reset();
    this.seenVersion = v;
    return v;
  }

  async getDocument(id: string) {
    const row = this.stmt('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    return row ? rowToDocument(row) : undefined;
  }

  /** One read transaction: in WAL mode it is one snapshot, whatever an ingest commits meanwhile. Built once. */
  private readonly readBundle: (id: string) => DocumentBundle | undefined = (id) => this.bundleTransaction(id);
  private bundleTransaction!: (id: string) => DocumentBundle | undefined;

  private makeBundleTransaction() {
    return this.db.transaction((id: string): DocumentBundle | undefined => {
    const row = this.stmt('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    if (!row) return undefined;
    return {
      doc: rowToDocument(row),
      facts: (this.stmt('SELECT * FROM facts WHERE doc_id = ? ORDER BY span_start').all(id) as FactRow[]).map(rowToFact),
      passages: (this.stmt('SELECT * FROM passages WHERE doc_id = ? ORDER BY span_start').all(id) as PassageRow[]).map(rowToPassage),
      glossary: (this.stmt('SELECT * FROM glossary WHERE doc_id = ? ORDER BY span_start').all(id) as GlossaryRow[]).map(rowToGlossary),
    };
    });
  }

  async documentBundle(id: string): Promise<DocumentBundle | undefined> {
    return this.readBundle(id);
  }

  async facts(query: FactQuery) {
    const [where, params] = factWhere(query);
    const page = query.limit !== undefined ? ' LIMIT ? OFFSET ?' : '';
    const pageParams = query.limit !== undefined ? [query.limit, query.offset ?? 0] : [];
    const sql = `SELECT * FROM facts ${where} ORDER BY doc_id, span_start${page}`;
    return (this.stmt(sql).all(...params, ...pageParams) as FactRow[]).map(rowToFact);
  }

  async countFacts(query: FactQuery) {
    const [where, params] = factWhere(query);
    return this.stmt(`SELECT count(*) FROM facts ${where}`).pluck().get(...params) as number;
  }

  async passages(docId: string) {
    return (this.stmt('SELECT * FROM passages WHERE doc_id = ? ORDER BY span_start').all(docId) as PassageRow[]).map(rowToPassage);
  }

  async glossary(docId: string) {
    return (this.stmt('SELECT * FROM glossary WHERE doc_id = ? ORDER BY span_start').all(docId) as GlossaryRow[]).map(rowToGlossary);
  }

  async warnings(docId: string): Promise<ParseWarning[]> {
    const rows = this.stmt('SELECT * FROM warnings WHERE doc_id = ? ORDER BY span_start').all(docId) as Array<{
      message: string; quote: string; span_start: number; span_end: number;
    }>;
    return rows.map((r) => ({ message: r.message, quote: r.quote, span: { start: r.span_start, end: r.span_end } }));
  }

  async putDocument(sourceName: string, text: string, parsed: ParsedDocument): Promise<IngestResult> {
    const docId = await documentId(text);
    const insertFact = this.stmt(`INSERT INTO facts (${FACT_COLUMNS.join(', ')}) VALUES (${FACT_COLUMNS.map((c) => `@${c}`).join(', ')})`);
    const insertPassage = this.stmt('INSERT INTO passages (doc_id, id, heading_path, text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)');
    const insertGlossary = this.stmt('INSERT INTO glossary (doc_id, term, definition, parent, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)');
    const insertWarning = this.stmt('INSERT INTO warnings (doc_id, message, quote, span_start, span_end) VALUES (?, ?, ?, ?, ?)');
    const write = this.db.transaction((): boolean => {
      const removed = this.stmt('DELETE FROM documents WHERE id = ? OR source_name = ?').run(docId, sourceName).changes;
      const { document: meta } = parsed;
      this.stmt(
        `INSERT INTO documents (id, source_name, title, department, year, text, contact_json, sub_units_json, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(docId, sourceName, meta.title, meta.department, meta.year, text, parsed.contact ? JSON.stringify(parsed.contact) : null, JSON.stringify(parsed.subUnits), new Date().toISOString());
      for (const f of parsed.facts) insertFact.run(factToRow(docId, f, text));
      for (const p of parsed.passages) insertPassage.run(docId, p.id, JSON.stringify(p.headingPath), p.text, p.span.start, p.span.end);
      for (const g of parsed.glossary) insertGlossary.run(docId, g.term, g.definition, g.parent ?? null, g.span.start, g.span.end);
      for (const w of parsed.warnings) insertWarning.run(docId, w.message, w.quote, w.span.start, w.span.end);
      indexDocumentText(this.db, docId, parsed.passages, parsed.glossary, this.search.segment);
      this.stmt("UPDATE store_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'catalog_version'").run();
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

function toSummary(r: SummaryRow): DocumentSummary {
  const subUnits = (JSON.parse(r.sub_units_json) as SubUnit[]).map((u) => u.name);
  return { id: r.id, sourceName: r.source_name, title: r.title, department: r.department, year: r.year, factCount: r.fact_count, subUnits };
}

function factWhere(query: FactQuery): [string, unknown[]] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.docId) {
    where.push('doc_id = ?');
    params.push(query.docId);
  }
  if (query.docIds) {
    where.push('doc_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(query.docIds));
  }
  if (query.keys) {
    where.push('key IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(query.keys));
  }
  if (query.text) {
    where.push("(key LIKE ? ESCAPE '\\' OR label LIKE ? ESCAPE '\\' OR sub_unit LIKE ? ESCAPE '\\')");
    const like = `%${query.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like, like);
  }
  return [where.length ? `WHERE ${where.join(' AND ')}` : '', params];
}

/** Migrations a database file still needs (the server opens read-only; an outdated file is upgraded first). */
export function migrationsPending(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return pendingMigrations(db);
  } finally {
    db.close();
  }
}
