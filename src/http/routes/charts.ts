import { chartData } from '../chart-data.js';
import { chartsRoute } from '../contract/index.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { routeApp } from '../route-app.js';

/** GET /api/charts?doc=<id> — chart series for the portal, computed on the server from the stored facts. */
export function chartRoutes(deps: AppDeps) {
  const app = routeApp();
  app.openapi(chartsRoute, async (c) => {
    const { doc: wanted } = c.req.valid('query');
    const catalog = await deps.catalog();
    // Without doc=, the charts of the one department loaded; with several, the caller says which.
    const only = catalog.latestPerDepartment();
    if (!wanted && only.length > 1) throw new ApiError(400, 'invalid_request', 'several departments are loaded: say which with doc=<document id>');
    const docId = wanted ?? only[0]?.id;
    const doc = docId ? await deps.store.getDocument(docId) : undefined;
    if (!doc) throw new ApiError(404, 'not_found', docId ? `no document ${docId}` : 'no documents are loaded');
    const facts = await deps.store.facts({ docId: doc.id });
    return c.json({ docId: doc.id, title: doc.title, department: doc.department, year: doc.year, ...chartData(facts) }, 200);
  });
  return app;
}
