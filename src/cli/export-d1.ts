import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as sqliteVec from 'sqlite-vec';
import { metaRows, textParts } from '../retrieve/sql.js';
import { BUMP_CATALOG_VERSION_SQL } from '../store/sql.js';

/**
 * D1 caps one SQL statement at 100 KB: statements stay under this many UTF-8 bytes; a longer value (a document's
 * text) is inserted in parts, appended with UPDATE.
 */
const MAX_STATEMENT_BYTES = 90_000;
const PART_BYTES = 60_000;

type Value = string | number | bigint | Buffer | Uint8Array | null;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** One SQL literal. Text is quoted (quotes doubled), bytes as X'…', numbers as written. */
export function sqlLiteral(v: Value): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  return `X'${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}'`;
}

/** INSERT statements for rows: many rows a statement, under the size cap; an oversized text value in parts. */
export function insertStatements(table: string, columns: string[], rows: Value[][]): string[] {
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const out: string[] = [];
  let batch: string[] = [];
  let size = bytes(head);
  const flush = () => {
    if (batch.length) out.push(`${head}${batch.join(', ')};`);
    batch = [];
    size = bytes(head);
  };
  for (const row of rows) {
    const tuple = `(${row.map(sqlLiteral).join(', ')})`;
    const n = bytes(tuple) + 2;
    if (bytes(head) + n <= MAX_STATEMENT_BYTES) {
      if (size + n > MAX_STATEMENT_BYTES) flush();
      batch.push(tuple);
      size += n;
      continue;
    }
    // One row too large for a statement: insert it with its long text values cut short, then append the rest.
    flush();
    const tails: Array<[string, string[]]> = [];
    const first = row.map((v, i) => {
      if (typeof v !== 'string' || bytes(v) <= PART_BYTES) return v;
      const [head0, ...rest] = textParts(v, PART_BYTES / 3);
      tails.push([columns[i]!, rest]);
      return head0!;
    });
    out.push(`${head}(${first.map(sqlLiteral).join(', ')});`);
    for (const [column, parts] of tails) for (const part of parts) out.push(`UPDATE ${table} SET ${column} = ${column} || ${sqlLiteral(part)} WHERE rowid = last_insert_rowid();`);
  }
  flush();
  return out;
}

/** The facts tables in foreign-key order (parents first): every row moves as it is. */
const TABLES = ['documents', 'facts', 'passages', 'glossary', 'warnings', 'retrieval_items'] as const;

/**
 * The whole corpus of a built SQLite database as an SQL script for D1 (`wrangler d1 execute DB --file`), after the
 * schema is migrated (`wrangler d1 migrations apply DB`): every document with its facts, passages, glossary,
 * warnings and retrieval records; the FTS5 words; the sqlite-vec vectors as per-record rows (retrieval_vectors); the
 * saved embedder and n-gram model (in parts). It first deletes what the database held (running it twice leaves the
 * same rows) and ends by moving the catalog version, so a running Worker reloads its catalog.
 */
export function exportD1(dbPath: string): { statements: string[]; documents: number; records: number; vectors: number } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  sqliteVec.load(db);
  try {
    const statements = [
      '-- budget-qa corpus for D1: wrangler d1 migrations apply DB, then wrangler d1 execute DB --file this.sql',
      'DELETE FROM retrieval_vectors;',
      'DELETE FROM retrieval_fts;',
      'DELETE FROM retrieval_meta;',
      'DELETE FROM documents;',
    ];
    const rowsOf = (sql: string) => db.prepare(sql).raw().all() as Value[][];
    for (const table of TABLES) {
      const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
      statements.push(...insertStatements(table, columns, rowsOf(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`)));
    }
    statements.push(...insertStatements('retrieval_fts', ['rowid', 'words'], rowsOf('SELECT rowid, words FROM retrieval_fts ORDER BY rowid')));
    const hasVec = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'retrieval_vec'").get() !== undefined;
    const vectors = hasVec ? rowsOf('SELECT rowid, doc_id, kind, embedding FROM retrieval_vec ORDER BY rowid') : [];
    statements.push(...insertStatements('retrieval_vectors', ['item_id', 'doc_id', 'kind', 'embedding'], vectors));
    const meta = db.prepare('SELECT key, value FROM retrieval_meta ORDER BY key').all() as Array<{ key: string; value: string }>;
    statements.push(...insertStatements('retrieval_meta', ['key', 'value'], meta.flatMap(({ key, value }) => metaRows(key, value))));
    statements.push(`${BUMP_CATALOG_VERSION_SQL};`);
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { statements, documents: count('documents'), records: count('retrieval_items'), vectors: vectors.length };
  } finally {
    db.close();
  }
}

/** exportD1 written to a file (one statement a line group); returns what was written. */
export function writeD1Export(dbPath: string, outFile: string) {
  const result = exportD1(dbPath);
  mkdirSync(dirname(resolve(outFile)), { recursive: true });
  writeFileSync(outFile, `${result.statements.join('\n')}\n`);
  const embedder = result.statements.find((s) => s.startsWith('INSERT INTO retrieval_meta'))?.includes("'embedder', '{\"id\":\"local-ngram") ?? false;
  if (result.vectors > 0 && !embedder) process.stderr.write('warning: the vectors come from a remote embedder; the Worker cannot embed questions with it and searches with keywords only\n');
  return { ...result, statements: result.statements.length };
}
