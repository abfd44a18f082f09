import { Miniflare } from 'miniflare';
import type { D1Database } from '../../src/domain/d1.js';
import { COMPATIBILITY_DATE, migratedDatabases } from '../../eval/worker-runtime.js';

/**
 * Fresh in-memory D1 databases in Miniflare (workerd's own D1), migrated with the project's migration files:
 * `db` with the facts schema, `logDb` with the question log's. `dispose` stops workerd.
 */
export async function miniflareD1(): Promise<{ db: D1Database; logDb: D1Database; dispose: () => Promise<void> }> {
  const mf = new Miniflare({
    modules: true,
    script: 'export default { fetch: () => new Response(null, { status: 404 }) }',
    d1Databases: { DB: 'facts', LOG_DB: 'questions' },
    compatibilityDate: COMPATIBILITY_DATE,
  });
  return { ...(await migratedDatabases(mf)), dispose: () => mf.dispose() };
}
