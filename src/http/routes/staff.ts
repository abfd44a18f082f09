import type { MiddlewareHandler } from 'hono';
import { queueToCsv } from '../../questions/csv.js';
import type { QueueFilter } from '../../questions/types.js';
import { exportRoute, logRoute, queueItemRoute, queueRoute, resolveRoute, STAFF_SECURITY_SCHEME } from '../contract/index.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { requireJson } from '../read-json.js';
import { routeApp } from '../route-app.js';
import { staffAuth } from '../staff-auth.js';
import { isStaffAsset, serveAsset } from '../web-assets.js';

type QueueQuery = { status: 'open' | 'resolved' | 'all'; reason?: QueueFilter['reason']; from?: string; to?: string; q?: string; limit: number; offset: number };

function queueFilter(q: QueueQuery): QueueFilter {
  return {
    state: q.status,
    limit: q.limit,
    offset: q.offset,
    ...(q.reason ? { reason: q.reason } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(q.q ? { text: q.q } : {}),
  };
}

/**
 * The staff console page (`/staff`, a shell without data) and its API under `/api/staff/*` behind the bearer token.
 * No token configured: everything here answers 404. Without the question log the API answers 503.
 */
export function staffRoutes(deps: AppDeps) {
  const app = routeApp();
  const assets = deps.staffToken ? deps.assets : undefined;
  if (assets) {
    app.on(['GET', 'HEAD'], '/staff*', async (c, next) => {
      const asset = isStaffAsset(c.req.path) ? await assets.load(c.req.path) : undefined;
      return asset ? serveAsset(c, asset) : next();
    });
  }
  app.use('/api/staff/*', staffAuth(deps.staffToken));
  app.openAPIRegistry.registerComponent('securitySchemes', 'staffToken', STAFF_SECURITY_SCHEME);
  const needsLog: MiddlewareHandler = async (_c, next) => {
    if (!deps.questions) throw new ApiError(503, 'unavailable', 'the staff queue is not available: the question log is not configured');
    await next();
  };
  const log = () => deps.questions!;

  app.openapi({ ...queueRoute, middleware: [needsLog] }, async (c) => c.json(await log().queue(queueFilter(c.req.valid('query'))), 200));
  app.openapi({ ...queueItemRoute, middleware: [needsLog] }, async (c) => {
    const found = await log().item(c.req.valid('param').id);
    if (!found) throw new ApiError(404, 'not_found', 'no such queue item');
    return c.json(found, 200);
  });
  app.openapi({ ...resolveRoute, middleware: [needsLog, requireJson] }, async (c) => {
    const item = await log().resolve(c.req.valid('param').id, c.req.valid('json').note);
    if (!item) throw new ApiError(404, 'not_found', 'no such queue item');
    return c.json({ item }, 200);
  });
  app.openapi({ ...exportRoute, middleware: [needsLog] }, async (c) => {
    const { items } = await log().queue({ ...queueFilter(c.req.valid('query')), limit: 100_000, offset: 0 });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="follow-up-${new Date().toISOString().slice(0, 10)}.csv"`);
    return c.body(queueToCsv(items), 200);
  });
  app.openapi({ ...logRoute, middleware: [needsLog] }, async (c) => {
    const q = c.req.valid('query');
    return c.json(
      await log().questions({
        limit: q.limit,
        offset: q.offset,
        ...(q.status ? { status: q.status } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.q ? { text: q.q } : {}),
      }),
      200,
    );
  });
  return app;
}
