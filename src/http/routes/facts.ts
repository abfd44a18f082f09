import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { describeIssues, DocId, DocumentsQuery, FactsQuery } from '../schemas.js';

/** GET /api/facts, GET /api/documents, GET /api/documents/:id — figures and sources with provenance, paged. */
export function factRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/api/facts', async (c) => {
    const parsed = FactsQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ApiError(400, 'invalid_request', describeIssues(parsed.error));
    const { q, doc, limit, offset } = parsed.data;
    const query = { ...(q ? { text: q } : {}), ...(doc ? { docId: doc } : {}) };
    const [facts, total] = await Promise.all([deps.store.facts({ ...query, limit, offset }), deps.store.countFacts(query)]);
    return c.json({ facts, total, limit, offset });
  });
  app.get('/api/documents', async (c) => {
    const parsed = DocumentsQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ApiError(400, 'invalid_request', describeIssues(parsed.error));
    const { limit, offset } = parsed.data;
    const catalog = await deps.catalog();
    const page = catalog.docs.slice(offset, offset + limit).map((d) => ({
      id: d.id, sourceName: d.sourceName, title: d.title, department: d.department, ...(d.district ? { district: d.district } : {}),
      level: d.level, year: d.year, factCount: d.factCount, subUnits: d.subUnits,
    }));
    return c.json({ documents: page, total: catalog.size, limit, offset });
  });
  app.get('/api/documents/:id', async (c) => {
    const id = DocId.safeParse(c.req.param('id'));
    if (!id.success) throw new ApiError(400, 'invalid_request', 'a document id is 16 hexadecimal characters');
    const doc = await deps.store.getDocument(id.data);
    if (!doc) throw new ApiError(404, 'not_found', `no document ${id.data}`);
    const entry = (await deps.catalog()).get(id.data);
    return c.json({ document: { ...doc, ...(entry ? { district: entry.district, level: entry.level } : {}) }, warnings: await deps.store.warnings(id.data) });
  });
  return app;
}
