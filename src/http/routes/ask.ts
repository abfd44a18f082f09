import { Hono } from 'hono';
import type { Answer } from '../../domain/answer.js';
import { answerTurn } from '../../service/answer-turn.js';
import { readAskRequest, toPublic } from '../ask-request.js';
import type { AppDeps } from '../deps.js';

/** POST /api/ask — the public answer contract. */
export function askRoutes(deps: AppDeps) {
  const app = new Hono();
  app.post('/api/ask', async (c) => {
    const req = await readAskRequest(c, deps);
    const { result, conversationId, elapsedMs } = await answerTurn(deps, req, deps.clientAddress?.(c));
    const body: Answer & { trace?: string[]; elapsedMs?: number } = toPublic(result, conversationId);
    if (c.req.query('trace') === '1') Object.assign(body, { trace: result.trace, elapsedMs: Number(elapsedMs.toFixed(3)) });
    return c.json(body);
  });
  return app;
}
