import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { chartData } from '../chart-data.js';
import { ApiError } from '../errors.js';
import { describeIssues } from '../schemas.js';

const ChartsQuery = z.object({ doc: z.string().regex(/^[0-9a-f]{16}$/, 'a document id is 16 hexadecimal characters').optional() });

/** GET /api/charts?doc=<id> — chart series for the portal, computed on the server from the stored facts. */
export function chartRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/api/charts', async (c) => {
    const parsed = ChartsQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ApiError(400, 'invalid_request', describeIssues(parsed.error));
    const catalog = await deps.catalog();
    // Without doc=, the charts of the one department loaded; with several, the caller says which.
    const only = catalog.latestPerDepartment();
    if (!parsed.data.doc && only.length > 1) throw new ApiError(400, 'invalid_request', 'several departments are loaded: say which with doc=<document id>');
    const docId = parsed.data.doc ?? only[0]?.id;
    const doc = docId ? await deps.store.getDocument(docId) : undefined;
    if (!doc) throw new ApiError(404, 'not_found', docId ? `no document ${docId}` : 'no documents are loaded');
    const facts = await deps.store.facts({ docId: doc.id });
    return c.json({ docId: doc.id, title: doc.title, department: doc.department, year: doc.year, ...chartData(facts) });
  });
  return app;
}
