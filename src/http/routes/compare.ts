import { Hono } from 'hono';
import { z } from 'zod';
import { comparisonRows } from '../comparison.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { describeIssues } from '../schemas.js';
import { COMPARABLE } from '../comparison.js';

const CompareQuery = z.object({
  key: z.enum(Object.keys(COMPARABLE) as [string, ...string[]]).default('sangong.total'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/**
 * GET /api/compare?key=sangong.total&year=2026 — one item across the loaded departments of one year, for the
 * portal's comparison table and chart: each figure cited in its own document, the total from the calculator.
 */
export function compareRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/api/compare', async (c) => {
    const parsed = CompareQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ApiError(400, 'invalid_request', describeIssues(parsed.error));
    const catalog = await deps.catalog();
    const year = parsed.data.year ?? catalog.latestYear();
    if (year === undefined) throw new ApiError(404, 'not_found', 'no documents are loaded');
    const docs = catalog.docs.filter((d) => d.year === year);
    const facts = docs.length ? await deps.store.facts({ keys: [parsed.data.key], docIds: docs.map((d) => d.id) }) : [];
    return c.json({ key: parsed.data.key, label: COMPARABLE[parsed.data.key], year, ...comparisonRows(docs, facts) });
  });
  return app;
}
