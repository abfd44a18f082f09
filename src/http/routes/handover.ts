import { handoverRoute } from '../contract/index.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { requireJson } from '../read-json.js';
import { routeApp } from '../route-app.js';

/**
 * POST /api/handover — "没有解决我的问题": put the conversation in the staff follow-up queue, with an optional
 * callback phone or email. The answer carries only a reference number, never the logged questions or contact details.
 */
export function handoverRoutes(deps: AppDeps) {
  const app = routeApp();
  const unavailable = async () => {
    throw new ApiError(503, 'unavailable', 'hand-over is not available: the question log is not configured');
  };
  app.openapi({ ...handoverRoute, middleware: deps.questions ? [requireJson] : [unavailable] }, async (c) => {
    const log = deps.questions!;
    const req = c.req.valid('json');
    if (!(await log.hasConversation(req.conversationId))) {
      throw new ApiError(404, 'not_found', 'no conversation with this id; ask a question first');
    }
    const item = await log.handOver(req.conversationId, {
      ...(req.phone ? { phone: req.phone } : {}),
      ...(req.email ? { email: req.email } : {}),
      ...(req.message ? { message: req.message } : {}),
    });
    deps.log({ event: 'handed_over', item: item.id, callback: Boolean(req.phone || req.email) });
    return c.json({ status: 'handed_over' as const, reference: item.id, callback: Boolean(req.phone || req.email) }, 201);
  });
  return app;
}
