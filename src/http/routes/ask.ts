import { Hono } from 'hono';
import type { AnswerEngine, EngineAnswer } from '../../answer/index.js';
import type { Answer } from '../../domain/answer.js';
import type { AppDeps } from '../app.js';
import { readJson } from '../read-json.js';
import { AskRequest } from '../schemas.js';

/** POST /api/ask — the public answer contract. */
export function askRoutes(deps: AppDeps) {
  const app = new Hono();
  app.post('/api/ask', async (c) => {
    const req = await readJson(c, AskRequest);
    const conversationId = req.conversationId ?? crypto.randomUUID();
    const previous = deps.conversations.last(conversationId);
    const started = performance.now();
    const result = await ask(deps.engine, req, previous?.understanding, deps);
    deps.conversations.append(conversationId, { question: req.question, understanding: result.understanding, at: Date.now() });
    const body: Answer & { trace?: string[]; elapsedMs?: number } = toPublic(result, conversationId);
    if (c.req.query('trace') === '1') Object.assign(body, { trace: result.trace, elapsedMs: Number((performance.now() - started).toFixed(3)) });
    return c.json(body);
  });
  return app;
}

function ask(engine: AnswerEngine, req: AskRequest, previous: EngineAnswer['understanding'] | undefined, deps: AppDeps) {
  return engine.ask(req.question, {
    ...(previous ? { previous } : {}),
    ...(req.lang ? { lang: req.lang } : {}),
    ...(deps.retrieve ? { retrieve: deps.retrieve } : {}),
    onRejected: (e) => deps.log({ event: 'answer_rejected', question: e.question, offending: e.offending }),
  });
}

export function toPublic(r: EngineAnswer, conversationId: string): Answer {
  return {
    answer: r.answer,
    status: r.status,
    numbers: r.numbers,
    citations: r.citations,
    verified: true,
    conversationId,
    engine: r.engine,
  };
}
