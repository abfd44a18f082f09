import { COMPARABLE, comparisonRows } from '../comparison.js';
import { compareRoute } from '../contract/index.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { routeApp } from '../route-app.js';

/**
 * GET /api/compare?key=sangong.total&year=2026 — one item across the loaded departments of one year, for the
 * portal's comparison table and chart: each figure cited in its own document, the total from the calculator.
 */
export function compareRoutes(deps: AppDeps) {
  const app = routeApp();
  app.openapi(compareRoute, async (c) => {
    const { key, year: wanted } = c.req.valid('query');
    const catalog = await deps.catalog();
    const year = wanted ?? catalog.latestYear();
    if (year === undefined) throw new ApiError(404, 'not_found', 'no documents are loaded');
    const docs = catalog.docs.filter((d) => d.year === year);
    const facts = docs.length ? await deps.store.facts({ keys: [key], docIds: docs.map((d) => d.id) }) : [];
    return c.json({ key, label: COMPARABLE[key]!, year, ...comparisonRows(docs, facts) }, 200);
  });
  return app;
}
