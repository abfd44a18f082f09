import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Context } from 'hono';
import type { AnswerService, ServiceAnswer } from '../service/answer-service.js';
import type { Store } from '../store/store.js';
import type { DocumentCatalog } from '../domain/document-catalog.js';
import type { ConversationStore } from './conversations.js';
import { ApiError, errorBody } from './errors.js';
import { askRoutes } from './routes/ask.js';
import { askStreamRoutes } from './routes/ask-stream.js';
import { factRoutes } from './routes/facts.js';
import type { QuestionLog } from '../questions/types.js';
import { RateLimiter, rateLimit } from './rate-limit.js';
import { chartRoutes } from './routes/charts.js';
import { compareRoutes } from './routes/compare.js';
import { departmentRoutes } from './routes/departments.js';
import { handoverRoutes } from './routes/handover.js';
import { portalRoutes } from './routes/portal.js';
import { staffRoutes } from './routes/staff.js';
import type { WebAssets } from './web-assets.js';

export interface AnsweredEvent {
  conversationId: string;
  question: string;
  answer: ServiceAnswer;
  elapsedMs: number;
  clientAddress: string | undefined;
}

export interface AppDeps {
  store: Store;
  /** The documents loaded now, with their departments (reloaded when the store changes). */
  catalog: () => Promise<DocumentCatalog>;
  answers: AnswerService;
  conversations: ConversationStore;
  /** Called after every answer (the question log hooks in here). */
  onAnswered?: (event: AnsweredEvent) => void;
  /** The client's address as the server saw the connection (for rate limits and the log). */
  clientAddress?: (c: Context) => string | undefined;
  /** Structured event log (one JSON object per event). */
  log: (event: Record<string, unknown>) => void;
  maxBodyBytes?: number;
  /** Question log and follow-up queue (hand-over and the staff console need it). */
  questions?: QuestionLog;
  /** Bearer token of the staff console; unset: /staff and /api/staff/* answer 404. */
  staffToken?: string;
  /** Questions (and hand-overs) per minute per client address; unset: no limit. */
  rateLimitPerMinute?: number;
  /** Client addresses the rate limit does not apply to. */
  rateLimitExempt?: string[];
  /** Portal and console files, loaded by the runtime adapter. */
  assets?: WebAssets;
}

/** Build the HTTP app from its dependencies; `app.fetch` is the only contract with a runtime. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.use('*', secureHeaders());
  if (deps.rateLimitPerMinute) {
    const exempt = new Set(deps.rateLimitExempt ?? []);
    const key = (c: Context) => deps.clientAddress?.(c);
    const limited = (c: Context) => !exempt.has(key(c) ?? '');
    const windowMs = 60_000;
    const askLimit = rateLimit(new RateLimiter({ limit: deps.rateLimitPerMinute, windowMs }), key, limited);
    app.use('/api/ask', askLimit);
    app.use('/api/ask/stream', askLimit);
    app.use('/api/handover', rateLimit(new RateLimiter({ limit: deps.rateLimitPerMinute, windowMs }), key, limited));
  }
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.maxBodyBytes ?? 16 * 1024,
      onError: (c) => c.json(errorBody('payload_too_large', 'the request body is too large'), 413),
    }),
  );
  app.get('/healthz', async (c) => {
    const catalog = await deps.catalog();
    return c.json({ status: 'ok', documents: catalog.size, facts: catalog.docs.reduce((n, d) => n + d.factCount, 0) });
  });
  app.route('/', askRoutes(deps));
  app.route('/', askStreamRoutes(deps));
  app.route('/', factRoutes(deps));
  app.route('/', chartRoutes(deps));
  app.route('/', departmentRoutes(deps));
  app.route('/', compareRoutes(deps));
  app.route('/', handoverRoutes(deps));
  app.route('/', staffRoutes(deps));
  app.route('/', portalRoutes(deps));
  app.notFound((c) => c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status);
    if (err instanceof HTTPException) return c.json(errorBody('http_error', err.message || 'request failed'), err.status);
    deps.log({ event: 'internal_error', path: c.req.path, message: err instanceof Error ? err.message : String(err) });
    return c.json(errorBody('internal_error', 'something went wrong on our side; please try again'), 500);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
