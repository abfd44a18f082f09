import type { D1Database } from '../../domain/d1.js';
import { splitStatements } from './sql-script.js';

export interface MigrationFile {
  name: string;
  sql: string;
}

/** The table `wrangler d1 migrations apply` records applied files in: both appliers agree on what is done. */
export const D1_MIGRATIONS_TABLE = 'd1_migrations';

/**
 * Apply the migration files not yet recorded, in name order, each with its record in one batch (all or nothing) —
 * what `wrangler d1 migrations apply` does, through the D1 API (tests over Miniflare, local builds).
 */
export async function applyD1Migrations(db: D1Database, files: MigrationFile[], table = D1_MIGRATIONS_TABLE): Promise<string[]> {
  await db.prepare(`CREATE TABLE IF NOT EXISTS ${table} (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)`).run();
  const done = new Set((await db.prepare(`SELECT name FROM ${table}`).all<{ name: string }>()).results.map((r) => r.name));
  const applied: string[] = [];
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (done.has(f.name)) continue;
    const statements = splitStatements(f.sql).map((s) => db.prepare(s));
    await db.batch([...statements, db.prepare(`INSERT INTO ${table} (name) VALUES (?)`).bind(f.name)]);
    applied.push(f.name);
  }
  return applied;
}
