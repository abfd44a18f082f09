import { Miniflare } from 'miniflare';
import type { D1Database } from '../../src/domain/d1.js';
import { applyD1Migrations } from '../../src/store/d1/migrate.js';
import { MIGRATIONS_DIR, readMigrations } from '../../src/store/sqlite/migrate.js';
import { QUESTION_MIGRATIONS_DIR } from '../../src/questions/sqlite-question-log.js';

/** The compatibility date of wrangler.toml (Miniflare 4.20260426 supports dates up to 2026-04-26). */
export const COMPATIBILITY_DATE = '2026-04-01';

/**
 * Fresh in-memory D1 databases in Miniflare (workerd's own D1), migrated with the project's migration files:
 * `DB` with the facts schema, `LOG_DB` with the question log's. `dispose` stops workerd.
 */
export async function miniflareD1(): Promise<{ db: D1Database; logDb: D1Database; dispose: () => Promise<void> }> {
  const mf = new Miniflare({
    modules: true,
    script: 'export default { fetch: () => new Response(null, { status: 404 }) }',
    d1Databases: { DB: 'facts', LOG_DB: 'questions' },
    compatibilityDate: COMPATIBILITY_DATE,
  });
  const db = (await mf.getD1Database('DB')) as D1Database;
  const logDb = (await mf.getD1Database('LOG_DB')) as D1Database;
  await applyD1Migrations(db, readMigrations(MIGRATIONS_DIR));
  await applyD1Migrations(logDb, readMigrations(QUESTION_MIGRATIONS_DIR));
  return { db, logDb, dispose: () => mf.dispose() };
}
