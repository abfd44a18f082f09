import type Database from 'better-sqlite3';
import type { SavedEmbedder } from '../embedder.js';
import { META_SQL, WRITE_META_SQL } from '../sql.js';

export const readMeta = (db: Database.Database, key: string) => db.prepare(META_SQL).pluck().get(key) as string | undefined;

export const writeMeta = (db: Database.Database, key: string, value: string) => db.prepare(WRITE_META_SQL).run(key, value);

export function readSavedEmbedder(db: Database.Database): SavedEmbedder | undefined {
  const raw = readMeta(db, 'embedder');
  return raw ? (JSON.parse(raw) as SavedEmbedder) : undefined;
}

export const hasTable = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
