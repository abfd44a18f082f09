import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { queueToCsv } from '../../questions/csv.js';
import type { QuestionLog } from '../../questions/types.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { ItemId, LogQuery, QueueQuery, ResolveRequest } from '../hotline-schemas.js';
import { readJson } from '../read-json.js';
import { describeIssues } from '../schemas.js';
import { staffAuth } from '../staff-auth.js';
import { isStaffAsset, serveAsset } from '../web-assets.js';

function query<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw new ApiError(400, 'invalid_request', describeIssues(parsed.error));
  return parsed.data;
}

function itemId(c: Context): number {
  const parsed = ItemId.safeParse(c.req.param('id'));
  if (!parsed.success) throw new ApiError(400, 'invalid_request', 'an item id is a positive integer');
  return parsed.data;
}

function queueFilter(q: z.infer<typeof QueueQuery>) {
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

function staffApi(log: QuestionLog) {
  const api = new Hono();
  api.get('/questions', async (c) => c.json(await log.queue(queueFilter(query(c, QueueQuery)))));
  api.get('/questions/:id', async (c) => {
    const found = await log.item(itemId(c));
    if (!found) throw new ApiError(404, 'not_found', 'no such queue item');
    return c.json(found);
  });
  api.post('/questions/:id/resolve', async (c) => {
    const id = itemId(c);
    const { note } = await readJson(c, ResolveRequest);
    const item = await log.resolve(id, note);
    if (!item) throw new ApiError(404, 'not_found', 'no such queue item');
    return c.json({ item });
  });
  api.get('/export.csv', async (c) => {
    const { items } = await log.queue({ ...queueFilter(query(c, QueueQuery)), limit: 100_000, offset: 0 });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="follow-up-${new Date().toISOString().slice(0, 10)}.csv"`);
    return c.body(queueToCsv(items));
  });
  api.get('/log', async (c) => {
    const q = query(c, LogQuery);
    return c.json(
      await log.questions({
        limit: q.limit,
        offset: q.offset,
        ...(q.status ? { status: q.status } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.q ? { text: q.q } : {}),
      }),
    );
  });
  return api;
}

/**
 * The staff console page (`/staff`, a shell without data) and its API under `/api/staff/*` behind the bearer token.
 * No token configured: everything here answers 404. The queue needs the question log.
 */
export function staffRoutes(deps: AppDeps) {
  const app = new Hono();
  const assets = deps.staffToken ? deps.assets : undefined;
  if (assets) {
    app.on(['GET', 'HEAD'], '/staff*', async (c, next) => {
      const asset = isStaffAsset(c.req.path) ? await assets.load(c.req.path) : undefined;
      return asset ? serveAsset(c, asset) : next();
    });
  }
  app.use('/api/staff/*', staffAuth(deps.staffToken));
  if (deps.questions) app.route('/api/staff', staffApi(deps.questions));
  return app;
}
