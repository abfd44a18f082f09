import type { D1Database, D1PreparedStatement } from '../../domain/d1.js';
import { documentId } from '../../domain/doc-id.js';
import type { TextIndex, TextSearchOptions } from '../../domain/retrieval.js';
import type { GlossaryEntry, ParsedDocument, ParseWarning, Passage } from '../../domain/types.js';
import { childRows, rowToDocument, rowToFact, rowToGlossary, rowToPassage, type DocumentRow, type FactRow, type GlossaryRow, type PassageRow } from '../rows.js';
import {
  BUMP_CATALOG_VERSION_SQL, CATALOG_ORDER, CATALOG_VERSION_SQL, COUNT_REPLACED_SQL, DELETE_DOCUMENT_SQL, DOCUMENT_COUNT_SQL, DOCUMENT_SQL,
  FACTS_OF_DOCUMENT_SQL, GLOSSARY_OF_DOCUMENT_SQL, INSERT_DOCUMENT_SQL, PASSAGES_OF_DOCUMENT_SQL, SUMMARY_SQL, WARNINGS_OF_DOCUMENT_SQL,
  documentValues, factWhere, factsSql, rowToWarning, toSummary, type SummaryRow, type WarningRow,
} from '../sql.js';
import type { DocumentBundle, DocumentSummary, FactQuery, IngestResult, Page, WritableStore } from '../store.js';
import { insertRows } from './json-rows.js';

/** What the D1 store needs from retrieval: given to it (src/retrieve/d1 builds one), never built by it. */
export interface D1TextIndex extends TextIndex {
  /** Statements writing a document's searchable records, run in the document's own write batch. */
  indexStatements(docId: string, passages: Array<Pick<Passage, 'id' | 'headingPath' | 'text'>>, glossary: Array<Pick<GlossaryEntry, 'term' | 'definition'>>): D1PreparedStatement[];
}

export interface D1StoreOptions {
  /** Search over passages and glossary; without one, searchText and syncIndex fail. */
  index?: (db: D1Database) => D1TextIndex;
}

/**
 * The Store on Cloudflare D1: the same schema (the same migration files) and the same SQL as the better-sqlite3
 * store. A document is written in one batch (one transaction) and read back in one batch (one snapshot).
 */
export function openD1Store(db: D1Database, opts: D1StoreOptions = {}): WritableStore {
  return new D1Store(db, opts.index?.(db));
}

class D1Store implements WritableStore {
  private seenVersion: number | undefined;

  constructor(
    private readonly db: D1Database,
    private readonly index: D1TextIndex | undefined,
  ) {}

  private async all<T>(sql: string, ...params: unknown[]): Promise<T[]> {
    return (await this.db.prepare(sql).bind(...params).all<T>()).results;
  }

  private textIndex(): D1TextIndex {
    if (!this.index) throw new Error('this store was opened without a text index (pass `index` to openD1Store)');
    return this.index;
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return (await this.all<SummaryRow>(`${SUMMARY_SQL} ${CATALOG_ORDER}`)).map(toSummary);
  }

  async documentsPage(page: Page) {
    const [rows, count] = await this.db.batch([
      this.db.prepare(`${SUMMARY_SQL} ${CATALOG_ORDER} LIMIT ? OFFSET ?`).bind(page.limit, page.offset),
      this.db.prepare(DOCUMENT_COUNT_SQL),
    ]);
    return { documents: (rows!.results as unknown as SummaryRow[]).map(toSummary), total: Number((count!.results[0] as { n: number }).n) };
  }

  async catalogVersion(): Promise<number> {
    const row = await this.db.prepare(CATALOG_VERSION_SQL).first<{ value: string }>();
    const v = Number(row?.value ?? 0);
    if (this.seenVersion !== undefined && v !== this.seenVersion) this.index?.reset();
    this.seenVersion = v;
    return v;
  }

  async getDocument(id: string) {
    const row = await this.db.prepare(DOCUMENT_SQL).bind(id).first<DocumentRow>();
    return row ? rowToDocument(row) : undefined;
  }

  async documentBundle(id: string): Promise<DocumentBundle | undefined> {
    const [doc, facts, passages, glossary] = await this.db.batch([
      this.db.prepare(DOCUMENT_SQL).bind(id),
      this.db.prepare(FACTS_OF_DOCUMENT_SQL).bind(id),
      this.db.prepare(PASSAGES_OF_DOCUMENT_SQL).bind(id),
      this.db.prepare(GLOSSARY_OF_DOCUMENT_SQL).bind(id),
    ]);
    const row = doc!.results[0] as unknown as DocumentRow | undefined;
    if (!row) return undefined;
    return {
      doc: rowToDocument(row),
      facts: (facts!.results as unknown as FactRow[]).map(rowToFact),
      passages: (passages!.results as unknown as PassageRow[]).map(rowToPassage),
      glossary: (glossary!.results as unknown as GlossaryRow[]).map(rowToGlossary),
    };
  }

  async facts(query: FactQuery) {
    const [sql, params] = factsSql(query);
    return (await this.all<FactRow>(sql, ...params)).map(rowToFact);
  }

  async countFacts(query: FactQuery) {
    const [where, params] = factWhere(query);
    return Number((await this.db.prepare(`SELECT count(*) AS n FROM facts ${where}`).bind(...params).first<{ n: number }>())?.n ?? 0);
  }

  async passages(docId: string) {
    return (await this.all<PassageRow>(PASSAGES_OF_DOCUMENT_SQL, docId)).map(rowToPassage);
  }

  async glossary(docId: string) {
    return (await this.all<GlossaryRow>(GLOSSARY_OF_DOCUMENT_SQL, docId)).map(rowToGlossary);
  }

  async warnings(docId: string): Promise<ParseWarning[]> {
    return (await this.all<WarningRow>(WARNINGS_OF_DOCUMENT_SQL, docId)).map(rowToWarning);
  }

  async putDocument(sourceName: string, text: string, parsed: ParsedDocument): Promise<IngestResult> {
    const docId = await documentId(text);
    const db = this.db;
    const [counted] = await db.batch([
      db.prepare(COUNT_REPLACED_SQL).bind(docId, sourceName),
      db.prepare(DELETE_DOCUMENT_SQL).bind(docId, sourceName),
      db.prepare(INSERT_DOCUMENT_SQL).bind(...documentValues(docId, sourceName, text, parsed.document, parsed.contact, parsed.subUnits, new Date().toISOString())),
      ...childRows(docId, text, parsed).flatMap(({ table, columns, rows }) => insertRows(db, table, columns, rows)),
      // Without an index the records are written by the next syncIndex (it indexes every document that has none).
      ...(this.index?.indexStatements(docId, parsed.passages, parsed.glossary) ?? []),
      db.prepare(BUMP_CATALOG_VERSION_SQL),
    ]);
    const replaced = Number((counted!.results[0] as { n: number }).n) > 0;
    return { docId, replaced, facts: parsed.facts.length };
  }

  async searchText(query: string, opts: TextSearchOptions = {}) {
    return this.textIndex().search(query, opts);
  }

  async syncIndex() {
    return this.textIndex().sync();
  }

  /** A D1 binding has nothing to close. */
  async close() {}
}
