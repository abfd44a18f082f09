import type Database from 'better-sqlite3';
import type { SavedEmbedder } from '../embedder.js';

export const readMeta = (db: Database.Database, key: string) =>
  db.prepare('SELECT value FROM retrieval_meta WHERE key = ?').pluck().get(key) as string | undefined;

export const writeMeta = (db: Database.Database, key: string, value: string) =>
  db.prepare('INSERT INTO retrieval_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);

export function readSavedEmbedder(db: Database.Database): SavedEmbedder | undefined {
  const raw = readMeta(db, 'embedder');
  return raw ? (JSON.parse(raw) as SavedEmbedder) : undefined;
}

export const hasTable = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
