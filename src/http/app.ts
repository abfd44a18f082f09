import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Context } from 'hono';
import { bodyLimit } from './body-limit.js';
import type { AppDeps } from './deps.js';
import { errorBody } from './errors.js';
import { errorHandler } from './on-error.js';
import { openApiDocument } from './openapi.js';
import { MemoryRateLimiter, rateLimit, type RateLimiterFactory } from './rate-limit.js';
import { askRoutes } from './routes/ask.js';
import { askStreamRoutes } from './routes/ask-stream.js';
import { chartRoutes } from './routes/charts.js';
import { compareRoutes } from './routes/compare.js';
import { departmentRoutes } from './routes/departments.js';
import { factRoutes } from './routes/facts.js';
import { handoverRoutes } from './routes/handover.js';
import { healthRoutes } from './routes/health.js';
import { portalRoutes } from './routes/portal.js';
import { referenceRoutes } from './routes/reference.js';
import { staffRoutes } from './routes/staff.js';
import { routeApp } from './route-app.js';

export type { AnsweredEvent, AppDeps } from './deps.js';

const inMemory: RateLimiterFactory = (_scope, opts) => new MemoryRateLimiter(opts);

/**
 * Build the HTTP app from its dependencies; `app.fetch` is the only contract with a runtime. Its routes are declared
 * by the contract (src/http/contract), which also gives the OpenAPI document at GET /api/openapi.json.
 */
export function createApp(deps: AppDeps) {
  const app = routeApp();
  app.use('*', requestId({ limitLength: 128 }));
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
  app.route('/', healthRoutes(deps));
  app.route('/', askRoutes(deps));
  app.route('/', askStreamRoutes(deps));
  app.route('/', factRoutes(deps));
  app.route('/', chartRoutes(deps));
  app.route('/', departmentRoutes(deps));
  app.route('/', compareRoutes(deps));
  app.route('/', handoverRoutes(deps));
  app.route('/', staffRoutes(deps));
  app.route('/', referenceRoutes(openApiDocument(app)));
  app.route('/', portalRoutes(deps));
  app.notFound((c) => c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404));
  app.onError(errorHandler(deps.log));
  return app;
}

export type App = ReturnType<typeof createApp>;
