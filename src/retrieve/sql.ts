import type { CandidateFilter, RetrievalRecord } from './hybrid.js';

/** SQL shared by the retrieval backends of every SQL store (better-sqlite3, D1): same tables, same queries. */

export interface RecordRow {
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

/** Records by id (a JSON array parameter), joined to their passage or glossary entry; first row per id wins. */
export const RECORDS_SQL = `SELECT i.id, i.kind, i.doc_id, i.ref, i.text AS indexed, p.text AS p_text, p.span_start AS p_start, p.span_end AS p_end,
       p.heading_path, g.definition, g.span_end AS g_end, g.parent
  FROM retrieval_items i
  LEFT JOIN passages p ON i.kind = 'passage' AND p.doc_id = i.doc_id AND p.id = i.ref
  LEFT JOIN glossary g ON i.kind = 'glossary' AND g.doc_id = i.doc_id AND g.term = i.ref
  WHERE i.id IN (SELECT value FROM json_each(?)) ORDER BY i.id, g.span_start`;

/** Every record of one document, joined as RECORDS_SQL joins them. */
export const DOCUMENT_RECORDS_SQL = RECORDS_SQL.replace('WHERE i.id IN (SELECT value FROM json_each(?))', 'WHERE i.doc_id = ?');

/** A document's records are written together, so their ids form one range. */
export const RECORD_RANGE_SQL = 'SELECT min(id) AS lo, max(id) AS hi FROM retrieval_items WHERE doc_id = ?';

export const ITEM_TEXTS_SQL = 'SELECT text FROM retrieval_items';
export const META_SQL = 'SELECT value FROM retrieval_meta WHERE key = ?';
export const WRITE_META_SQL = 'INSERT INTO retrieval_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';

/** `AND doc_id = ? AND kind = ?` as the filter asks (columns under `prefix`). */
export function filterSql(where: CandidateFilter, prefix: string): [string, string[]] {
  const parts: string[] = [];
  const params: string[] = [];
  if (where.docId) parts.push(`AND ${prefix}doc_id = ?`), params.push(where.docId);
  if (where.kind) parts.push(`AND ${prefix}kind = ?`), params.push(where.kind);
  return [parts.join(' '), params];
}

/**
 * FTS5 BM25 candidates: the whole corpus, or — with a document — only that document's id range, so FTS5 seeks to it
 * in each word's posting list instead of reading the whole corpus's (the doc_id test keeps it exact). The parameters
 * after `match` are `[lo, hi]` for a document, then the filter's, then the limit. Equal scores go by id, whatever
 * the SQLite version's sorter does with ties (Node's and D1's differ).
 */
export function keywordSql(where: CandidateFilter): [string, string[]] {
  const [sql, params] = filterSql(where, 'i.');
  const range = where.docId ? 'AND f.rowid BETWEEN ? AND ? ' : '';
  return [`SELECT f.rowid AS id FROM retrieval_fts f JOIN retrieval_items i ON i.id = f.rowid WHERE retrieval_fts MATCH ? ${range}${sql} ORDER BY bm25(retrieval_fts), f.rowid LIMIT ?`, params];
}

export function toRecord(r: RecordRow): RetrievalRecord {
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

/** Rows → records, one per id (the first row), dropping records whose passage or entry is gone. */
export function toRecords(rows: RecordRow[]): RetrievalRecord[] {
  const out = new Map<number, RetrievalRecord>();
  for (const r of rows) if (!out.has(r.id)) out.set(r.id, toRecord(r));
  return [...out.values()].filter((r) => r.text !== '');
}

/**
 * Where a long text is cut into parts of at most `size` UTF-16 units, never inside a surrogate pair (a part must be
 * valid text on its own: it is written as an SQL literal or a bound string).
 */
export function textParts(value: string, size: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < value.length || parts.length === 0; ) {
    let end = Math.min(value.length, i + size);
    if (end < value.length && /[\uDC00-\uDFFF]/.test(value[end]!)) end = end - 1 > i ? end - 1 : end + 1;
    parts.push(value.slice(i, end));
    i = end;
  }
  return parts;
}

/** A retrieval_meta value longer than this is stored as `key`, `key#1`, `key#2`, … (D1 caps a value at ~2 MB, a statement at 100 KB). */
export const META_PART_CHARS = 20_000;

/** The rows a meta value is stored in where values are capped (D1): `[key, first part], [key#1, …], …`. */
export function metaRows(key: string, value: string): Array<[string, string]> {
  return textParts(value, META_PART_CHARS).map((part, i) => [i === 0 ? key : `${key}#${i}`, part]);
}

/** Every row of a meta value stored in parts, and of no other key. */
const META_PARTS_WHERE = "key = ?1 OR (key > ?1 || '#' AND key < ?1 || '$')";
export const META_PARTS_SQL = `SELECT key, value FROM retrieval_meta WHERE ${META_PARTS_WHERE}`;
export const DELETE_META_PARTS_SQL = `DELETE FROM retrieval_meta WHERE ${META_PARTS_WHERE}`;

/** Rows read with META_PARTS_SQL → the value (parts joined by their number); undefined when there is none. */
export function joinMetaRows(key: string, rows: Array<{ key: string; value: string }>): string | undefined {
  const part = (k: string) => (k === key ? 0 : Number(k.slice(key.length + 1)));
  const sorted = rows.filter((r) => r.key === key || /^\d+$/.test(r.key.slice(key.length + 1))).sort((a, b) => part(a.key) - part(b.key));
  return sorted.length && sorted[0]!.key === key ? sorted.map((r) => r.value).join('') : undefined;
}
