import { Hono } from 'hono';
import type { Answer } from '../../domain/answer.js';
import type { AskInput, ServiceAnswer } from '../../service/answer-service.js';
import type { AppDeps } from '../app.js';
import { ApiError } from '../errors.js';
import { readJson } from '../read-json.js';
import { AskRequest } from '../schemas.js';

/**
 * One turn of a conversation, shared by /api/ask and /api/ask/stream: the previous turn is looked up, the question
 * answered, the turn stored, and the answered hook (question log) called.
 */
export async function answerTurn(
  deps: AppDeps,
  req: AskRequest,
  clientAddress: string | undefined,
  extra: Pick<AskInput, 'onProgress' | 'signal'> = {},
): Promise<{ result: ServiceAnswer; conversationId: string; elapsedMs: number }> {
  const conversationId = req.conversationId ?? crypto.randomUUID();
  if (req.docId && !(await deps.catalog()).get(req.docId)) throw new ApiError(404, 'not_found', `no document ${req.docId}`);
  const previous = deps.conversations.last(conversationId);
  const started = performance.now();
  const result = await deps.answers.ask({
    question: req.question,
    conversationId,
    ...extra,
    ...(previous ? { previous: previous.understanding } : {}),
    ...(req.lang ? { lang: req.lang } : {}),
    ...(req.docId ? { docId: req.docId } : {}),
  });
  const elapsedMs = performance.now() - started;
  deps.conversations.append(conversationId, { question: req.question, understanding: result.understanding, at: Date.now() });
  deps.onAnswered?.({ conversationId, question: req.question, answer: result, elapsedMs, clientAddress });
  return { result, conversationId, elapsedMs };
}

/** POST /api/ask — the public answer contract. */
export function askRoutes(deps: AppDeps) {
  const app = new Hono();
  app.post('/api/ask', async (c) => {
    const req = await readJson(c, AskRequest);
    const { result, conversationId, elapsedMs } = await answerTurn(deps, req, deps.clientAddress?.(c));
    const body: Answer & { trace?: string[]; elapsedMs?: number } = toPublic(result, conversationId);
    if (c.req.query('trace') === '1') Object.assign(body, { trace: result.trace, elapsedMs: Number(elapsedMs.toFixed(3)) });
    return c.json(body);
  });
  return app;
}

export function toPublic(r: ServiceAnswer, conversationId: string): Answer {
  return {
    answer: r.answer,
    status: r.status,
    numbers: r.numbers,
    citations: r.citations,
    verified: r.verified,
    conversationId,
    engine: r.engine,
    ...(r.document ? { source: { docId: r.document.id, department: r.document.department, year: r.document.year } } : {}),
    ...(r.candidates?.length ? { candidates: r.candidates } : {}),
  };
}
