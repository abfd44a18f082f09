import { documentRoute, documentsRoute, factsRoute } from '../contract/index.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { routeApp } from '../route-app.js';

/** GET /api/facts, GET /api/documents, GET /api/documents/:id — figures and sources with provenance, paged. */
export function factRoutes(deps: AppDeps) {
  const app = routeApp();
  app.openapi(factsRoute, async (c) => {
    const { q, doc, limit, offset } = c.req.valid('query');
    const query = { ...(q ? { text: q } : {}), ...(doc ? { docId: doc } : {}) };
    const [facts, total] = await Promise.all([deps.store.facts({ ...query, limit, offset }), deps.store.countFacts(query)]);
    return c.json({ facts, total, limit, offset }, 200);
  });
  app.openapi(documentsRoute, async (c) => {
    const { limit, offset } = c.req.valid('query');
    const catalog = await deps.catalog();
    const page = catalog.docs.slice(offset, offset + limit).map((d) => ({
      id: d.id, sourceName: d.sourceName, title: d.title, department: d.department, ...(d.district ? { district: d.district } : {}),
      level: d.level, year: d.year, factCount: d.factCount, subUnits: d.subUnits,
    }));
    return c.json({ documents: page, total: catalog.size, limit, offset }, 200);
  });
  app.openapi(documentRoute, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await deps.store.getDocument(id);
    if (!doc) throw new ApiError(404, 'not_found', `no document ${id}`);
    const entry = (await deps.catalog()).get(id);
    return c.json({ document: { ...doc, ...(entry ? { district: entry.district, level: entry.level } : {}) }, warnings: await deps.store.warnings(id) }, 200);
  });
  return app;
}
