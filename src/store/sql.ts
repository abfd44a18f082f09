import type { ParseWarning, SubUnit } from '../domain/types.js';
import type { DocumentRow } from './rows.js';
import type { DocumentSummary, FactQuery } from './store.js';

/** SQL shared by every SQL-backed Store (better-sqlite3, D1): the same schema, the same queries. */

export type SummaryRow = Omit<DocumentRow, 'text' | 'contact_json'> & { fact_count: number };

export const SUMMARY_SQL = `SELECT d.id, d.source_name, d.title, d.department, d.year, d.sub_units_json,
  (SELECT count(*) FROM facts f WHERE f.doc_id = d.id) AS fact_count FROM documents d`;
export const CATALOG_ORDER = 'ORDER BY d.year DESC, d.source_name';
export const DOCUMENT_COUNT_SQL = 'SELECT count(*) AS n FROM documents';
export const CATALOG_VERSION_SQL = "SELECT value FROM store_meta WHERE key = 'catalog_version'";
export const BUMP_CATALOG_VERSION_SQL = "UPDATE store_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'catalog_version'";

export const DOCUMENT_SQL = 'SELECT * FROM documents WHERE id = ?';
export const FACTS_OF_DOCUMENT_SQL = 'SELECT * FROM facts WHERE doc_id = ? ORDER BY span_start';
export const PASSAGES_OF_DOCUMENT_SQL = 'SELECT * FROM passages WHERE doc_id = ? ORDER BY span_start';
export const GLOSSARY_OF_DOCUMENT_SQL = 'SELECT * FROM glossary WHERE doc_id = ? ORDER BY span_start';
export const WARNINGS_OF_DOCUMENT_SQL = 'SELECT * FROM warnings WHERE doc_id = ? ORDER BY span_start';

/** A document replaced by content (same id) or by source name; its rows go with it (ON DELETE CASCADE). */
export const DELETE_DOCUMENT_SQL = 'DELETE FROM documents WHERE id = ? OR source_name = ?';
export const COUNT_REPLACED_SQL = 'SELECT count(*) AS n FROM documents WHERE id = ? OR source_name = ?';
export const INSERT_DOCUMENT_SQL = `INSERT INTO documents (id, source_name, title, department, year, text, contact_json, sub_units_json, ingested_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export interface WarningRow {
  message: string;
  quote: string;
  span_start: number;
  span_end: number;
}

export const rowToWarning = (r: WarningRow): ParseWarning => ({ message: r.message, quote: r.quote, span: { start: r.span_start, end: r.span_end } });

export function toSummary(r: SummaryRow): DocumentSummary {
  const subUnits = (JSON.parse(r.sub_units_json) as SubUnit[]).map((u) => u.name);
  return { id: r.id, sourceName: r.source_name, title: r.title, department: r.department, year: r.year, factCount: r.fact_count, subUnits };
}

/** WHERE clause and parameters of a fact query (no silent cap: paging is the caller's LIMIT). */
export function factWhere(query: FactQuery): [string, unknown[]] {
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

/** The SELECT of a fact query, with LIMIT/OFFSET when paged. */
export function factsSql(query: FactQuery): [string, unknown[]] {
  const [where, params] = factWhere(query);
  const paged = query.limit !== undefined;
  return [`SELECT * FROM facts ${where} ORDER BY doc_id, span_start${paged ? ' LIMIT ? OFFSET ?' : ''}`, paged ? [...params, query.limit, query.offset ?? 0] : params];
}

/** The document row's values in INSERT_DOCUMENT_SQL order. */
export function documentValues(docId: string, sourceName: string, text: string, meta: { title: string; department: string; year: number }, contact: unknown, subUnits: SubUnit[], at: string) {
  return [docId, sourceName, meta.title, meta.department, meta.year, text, contact ? JSON.stringify(contact) : null, JSON.stringify(subUnits), at];
}
