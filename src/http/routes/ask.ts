import { answerTurn } from '../../service/answer-turn.js';
import { ensurePinnedDocument, toPublic } from '../ask-request.js';
import { askRoute } from '../contract/index.js';
import type { AppDeps } from '../deps.js';
import { requireJson } from '../read-json.js';
import { routeApp } from '../route-app.js';

/** POST /api/ask — the public answer contract. */
export function askRoutes(deps: AppDeps) {
  const app = routeApp();
  app.openapi({ ...askRoute, middleware: [requireJson] }, async (c) => {
    const req = await ensurePinnedDocument(c.req.valid('json'), deps);
    const { result, conversationId, elapsedMs } = await answerTurn(deps, req, deps.clientAddress?.(c));
    const body = toPublic(result, conversationId);
    if (c.req.valid('query').trace === '1') return c.json({ ...body, trace: result.trace, elapsedMs: Number(elapsedMs.toFixed(3)) }, 200);
    return c.json(body, 200);
  });
  return app;
}
