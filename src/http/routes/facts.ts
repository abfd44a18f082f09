import { Hono } from 'hono';
import type { AppDeps } from '../app.js';
import { ApiError } from '../errors.js';
import { describeIssues, FactsQuery } from '../schemas.js';

/** GET /api/facts, GET /api/documents, GET /api/documents/:id — figures and sources with provenance. */
export function factRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/api/facts', async (c) => {
    const parsed = FactsQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ApiError(400, 'invalid_request', describeIssues(parsed.error));
    const { q, doc, limit } = parsed.data;
    const facts = await deps.store.facts({ ...(q ? { text: q } : {}), ...(doc ? { docId: doc } : {}), limit });
    const texts = new Map<string, string>();
    const withQuote = await Promise.all(
      facts.map(async (f) => {
        if (!texts.has(f.docId)) texts.set(f.docId, (await deps.store.getDocument(f.docId))?.text ?? '');
        const text = texts.get(f.docId)!;
        return { ...f, quote: text.slice(f.sentence.start, f.sentence.end) };
      }),
    );
    return c.json({ facts: withQuote });
  });
  app.get('/api/documents', async (c) => c.json({ documents: await deps.store.listDocuments() }));
  app.get('/api/documents/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{16}$/.test(id)) throw new ApiError(400, 'invalid_request', 'a document id is 16 hexadecimal characters');
    const doc = await deps.store.getDocument(id);
    if (!doc) throw new ApiError(404, 'not_found', `no document ${id}`);
    return c.json({ document: doc, warnings: await deps.store.warnings(id) });
  });
  return app;
}
