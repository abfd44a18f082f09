import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Context } from 'hono';
import { bodyLimit } from './body-limit.js';
import type { AppDeps } from './deps.js';
import { ApiError, errorBody } from './errors.js';
import { MemoryRateLimiter, rateLimit, type RateLimiterFactory } from './rate-limit.js';
import { askRoutes } from './routes/ask.js';
import { askStreamRoutes } from './routes/ask-stream.js';
import { chartRoutes } from './routes/charts.js';
import { compareRoutes } from './routes/compare.js';
import { departmentRoutes } from './routes/departments.js';
import { factRoutes } from './routes/facts.js';
import { handoverRoutes } from './routes/handover.js';
import { portalRoutes } from './routes/portal.js';
import { staffRoutes } from './routes/staff.js';

export type { AnsweredEvent, AppDeps } from './deps.js';

const inMemory: RateLimiterFactory = (_scope, opts) => new MemoryRateLimiter(opts);

/** Build the HTTP app from its dependencies; `app.fetch` is the only contract with a runtime. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.use('*', secureHeaders());
  if (deps.rateLimitPerMinute) {
    const exempt = new Set(deps.rateLimitExempt ?? []);
    const key = (c: Context) => deps.clientAddress?.(c);
    const limited = (c: Context) => !exempt.has(key(c) ?? '');
    const windowMs = 60_000;
    const limiter = deps.rateLimiter ?? inMemory;
    const askLimit = rateLimit(limiter('ask', { limit: deps.rateLimitPerMinute, windowMs }), key, limited);
    app.use('/api/ask', askLimit);
    app.use('/api/ask/stream', askLimit);
    app.use('/api/handover', rateLimit(limiter('handover', { limit: deps.rateLimitPerMinute, windowMs }), key, limited));
  }
  app.use(
    '/api/*',
    bodyLimit(deps.maxBodyBytes ?? 16 * 1024, (c) => c.json(errorBody('payload_too_large', 'the request body is too large'), 413)),
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
