import type { D1Database, D1PreparedStatement } from '../../domain/d1.js';
import { DELETE_META_PARTS_SQL, joinMetaRows, META_PARTS_SQL, metaRows, WRITE_META_SQL } from '../sql.js';

/** A retrieval_meta value, joined from its parts. */
export async function readMetaParts(db: D1Database, key: string): Promise<string | undefined> {
  return joinMetaRows(key, (await db.prepare(META_PARTS_SQL).bind(key).all<{ key: string; value: string }>()).results);
}

/** Statements replacing a meta value and all its parts. */
export function writeMetaStatements(db: D1Database, key: string, value: string): D1PreparedStatement[] {
  return [
    db.prepare(DELETE_META_PARTS_SQL).bind(key),
    ...metaRows(key, value).map(([k, v]) => db.prepare(WRITE_META_SQL).bind(k, v)),
  ];
}
