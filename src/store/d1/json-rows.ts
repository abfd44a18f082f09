import type { D1Database, D1PreparedStatement } from '../../domain/d1.js';

/** Most characters of JSON bound to one statement (D1 caps a bound value at about 2 MB; this stays well under). */
const MAX_JSON_CHARS = 500_000;

/**
 * INSERT … SELECT over json_each(?): many rows in one statement with one bound parameter (D1 allows 100 per
 * statement and counts statements per invocation). Rows are split into as many statements as their size needs.
 */
export function insertRows(db: D1Database, table: string, columns: readonly string[], rows: ReadonlyArray<object>, verb = 'INSERT'): D1PreparedStatement[] {
  const sql = `${verb} INTO ${table} (${columns.join(', ')}) SELECT ${columns.map((c) => `json_extract(value, '$.${c}')`).join(', ')} FROM json_each(?)`;
  const out: D1PreparedStatement[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = () => {
    if (chunk.length) out.push(db.prepare(sql).bind(`[${chunk.join(',')}]`));
    chunk = [];
    size = 0;
  };
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (size + json.length > MAX_JSON_CHARS) flush();
    chunk.push(json);
    size += json.length + 1;
  }
  flush();
  return out;
}
