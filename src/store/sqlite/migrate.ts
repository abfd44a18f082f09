import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The migration files of a folder, in order, with their SQL (the same files build a D1 database). */
export function readMigrations(dir = MIGRATIONS_DIR): Array<{ name: string; sql: string }> {
  return readdirSync(dir).filter((f) => f.endsWith('.sql')).sort().map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

/** Apply every `migrations/NNN-*.sql` not yet recorded in schema_migrations, in order, each in a transaction. */
export function migrate(db: Database.Database, dir = MIGRATIONS_DIR): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set(db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[]);
  const applied: string[] = [];
  for (const { name, sql } of readMigrations(dir)) {
    if (done.has(name)) continue;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(name, new Date().toISOString());
    })();
    applied.push(name);
  }
  return applied;
}

/** Migration files not yet applied to a database (readable on a read-only connection). */
export function pendingMigrations(db: Database.Database, dir = MIGRATIONS_DIR): string[] {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
  const done = new Set(has ? (db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[]) : []);
  return readdirSync(dir).filter((f) => f.endsWith('.sql') && !done.has(f)).sort();
}
