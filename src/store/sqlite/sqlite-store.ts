import Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { documentId } from '../../domain/doc-id.js';
import type { TextIndex, TextSearchOptions } from '../../domain/retrieval.js';
import type { GlossaryEntry, ParsedDocument, ParseWarning, Passage } from '../../domain/types.js';
import { childRows, rowToDocument, rowToFact, rowToGlossary, rowToPassage, type DocumentRow, type FactRow, type GlossaryRow, type PassageRow } from '../rows.js';
import {
  BUMP_CATALOG_VERSION_SQL, CATALOG_ORDER, CATALOG_VERSION_SQL, DELETE_DOCUMENT_SQL, DOCUMENT_COUNT_SQL, DOCUMENT_SQL, FACTS_OF_DOCUMENT_SQL,
  GLOSSARY_OF_DOCUMENT_SQL, INSERT_DOCUMENT_SQL, PASSAGES_OF_DOCUMENT_SQL, SUMMARY_SQL, WARNINGS_OF_DOCUMENT_SQL,
  documentValues, factWhere, factsSql, rowToWarning, toSummary, type SummaryRow, type WarningRow,
} from '../sql.js';
import type { DocumentBundle, DocumentSummary, FactQuery, IngestResult, Page, Store, WritableStore } from '../store.js';
import { migrate, pendingMigrations } from './migrate.js';

/** What the SQLite store needs from retrieval: given to it (src/retrieve/sqlite builds one), never built by it. */
export interface SqliteTextIndex extends TextIndex {
  /** Write a document's searchable records inside the document's own write transaction (synchronous). */
  indexDocument(docId: string, passages: Array<Pick<Passage, 'id' | 'headingPath' | 'text'>>, glossary: Array<Pick<GlossaryEntry, 'term' | 'definition'>>): void;
}

export interface SqliteOptions {
  path: string;
  /** The server opens the facts database read-only; only ingest writes. */
  readonly?: boolean;
  /** Search over passages and glossary on this connection; without one, searchText and syncIndex fail. */
  index?: (db: Database.Database) => SqliteTextIndex;
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
  return new SqliteStore(db, opts.index?.(db), applied);
}

class SqliteStore implements WritableStore {
  private readonly statements = new Map<string, Database.Statement>();
  private seenVersion: number | undefined;
  private readonly readBundle: (id: string) => DocumentBundle | undefined;

  constructor(
    private readonly db: Database.Database,
    private readonly index: SqliteTextIndex | undefined,
    readonly migrationsApplied: string[],
  ) {
    // One read transaction: in WAL mode it is one snapshot, whatever an ingest commits meanwhile. Built once.
    this.readBundle = db.transaction((id: string): DocumentBundle | undefined => {
      const row = this.stmt(DOCUMENT_SQL).get(id) as DocumentRow | undefined;
      if (!row) return undefined;
      return {
        doc: rowToDocument(row),
        facts: (this.stmt(FACTS_OF_DOCUMENT_SQL).all(id) as FactRow[]).map(rowToFact),
        passages: (this.stmt(PASSAGES_OF_DOCUMENT_SQL).all(id) as PassageRow[]).map(rowToPassage),
        glossary: (this.stmt(GLOSSARY_OF_DOCUMENT_SQL).all(id) as GlossaryRow[]).map(rowToGlossary),
      };
    });
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

  private textIndex(): SqliteTextIndex {
    if (!this.index) throw new Error('this store was opened without a text index (pass `index` to openSqliteStore)');
    return this.index;
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return (this.stmt(`${SUMMARY_SQL} ${CATALOG_ORDER}`).all() as SummaryRow[]).map(toSummary);
  }

  async documentsPage(page: Page) {
    const documents = (this.stmt(`${SUMMARY_SQL} ${CATALOG_ORDER} LIMIT ? OFFSET ?`).all(page.limit, page.offset) as SummaryRow[]).map(toSummary);
    const total = this.stmt(DOCUMENT_COUNT_SQL).pluck().get() as number;
    return { documents, total };
  }

  async catalogVersion(): Promise<number> {
    const v = Number(this.stmt(CATALOG_VERSION_SQL).pluck().get() ?? 0);
    // Another process (ingest) changed the documents: the retrieval caches (embedder idf, n-gram model) follow.
    if (this.seenVersion !== undefined && v !== this.seenVersion) this.index?.reset();
    this.seenVersion = v;
    return v;
  }

  async getDocument(id: string) {
    const row = this.stmt(DOCUMENT_SQL).get(id) as DocumentRow | undefined;
    return row ? rowToDocument(row) : undefined;
  }

  async documentBundle(id: string): Promise<DocumentBundle | undefined> {
    return this.readBundle(id);
  }

  async facts(query: FactQuery) {
    const [sql, params] = factsSql(query);
    return (this.stmt(sql).all(...params) as FactRow[]).map(rowToFact);
  }

  async countFacts(query: FactQuery) {
    const [where, params] = factWhere(query);
    return this.stmt(`SELECT count(*) FROM facts ${where}`).pluck().get(...params) as number;
  }

  async passages(docId: string) {
    return (this.stmt(PASSAGES_OF_DOCUMENT_SQL).all(docId) as PassageRow[]).map(rowToPassage);
  }

  async glossary(docId: string) {
    return (this.stmt(GLOSSARY_OF_DOCUMENT_SQL).all(docId) as GlossaryRow[]).map(rowToGlossary);
  }

  async warnings(docId: string): Promise<ParseWarning[]> {
    return (this.stmt(WARNINGS_OF_DOCUMENT_SQL).all(docId) as WarningRow[]).map(rowToWarning);
  }

  async putDocument(sourceName: string, text: string, parsed: ParsedDocument): Promise<IngestResult> {
    const docId = await documentId(text);
    const write = this.db.transaction((): boolean => {
      const removed = this.stmt(DELETE_DOCUMENT_SQL).run(docId, sourceName).changes;
      this.stmt(INSERT_DOCUMENT_SQL).run(...documentValues(docId, sourceName, text, parsed.document, parsed.contact, parsed.subUnits, new Date().toISOString()));
      for (const { table, columns, rows } of childRows(docId, text, parsed)) {
        const insert = this.stmt(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
        for (const row of rows) insert.run(row);
      }
      // Without an index the records are written by the next syncIndex (it indexes every document that has none).
      this.index?.indexDocument(docId, parsed.passages, parsed.glossary);
      this.stmt(BUMP_CATALOG_VERSION_SQL).run();
      return removed > 0;
    });
    const replaced = write();
    return { docId, replaced, facts: parsed.facts.length };
  }

  async searchText(query: string, opts: TextSearchOptions = {}) {
    return this.textIndex().search(query, opts);
  }

  /** Index what putDocument left for later: records of older documents, and vectors (re-embedding all on a new embedder). */
  async syncIndex() {
    return this.textIndex().sync();
  }

  async close() {
    this.db.close();
  }
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
