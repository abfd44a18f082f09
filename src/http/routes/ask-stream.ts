import { streamSSE } from 'hono/streaming';
import { answerTurn } from '../../service/answer-turn.js';
import { ensurePinnedDocument, toPublic } from '../ask-request.js';
import { askStreamRoute } from '../contract/index.js';
import type { AppDeps } from '../deps.js';
import { errorBody } from '../errors.js';
import { requireJson } from '../read-json.js';
import { routeApp } from '../route-app.js';

/**
 * POST /api/ask/stream — the same question as /api/ask, answered as server-sent events: `progress` events
 * (`{"type":"progress","step":"lookup_facts"}`: rules, agent, tool names, verify, retry) while the answer is being
 * worked out, then one `answer` event whose data is exactly the /api/ask JSON. Only step names are streamed:
 * no model text is ever sent before it has passed the number check. Bad input gets the JSON error envelope
 * before the stream starts.
 */
export function askStreamRoutes(deps: AppDeps) {
  const app = routeApp();
  app.openapi({ ...askStreamRoute, middleware: [requireJson] }, async (c) => {
    const req = await ensurePinnedDocument(c.req.valid('json'), deps);
    const clientAddress = deps.clientAddress?.(c);
    const requestId = c.get('requestId');
    const gone = new AbortController();
    return streamSSE(
      c,
      async (stream) => {
        stream.onAbort(() => gone.abort());
        let writes = Promise.resolve();
        const onProgress = (step: string) => {
          writes = writes.then(() => stream.writeSSE({ event: 'progress', data: JSON.stringify({ type: 'progress', step }) }));
        };
        const { result, conversationId } = await answerTurn(deps, req, clientAddress, { onProgress, signal: gone.signal });
        await writes;
        await stream.writeSSE({ event: 'answer', data: JSON.stringify(toPublic(result, conversationId)) });
      },
      async (err, stream) => {
        const where = { method: 'POST', path: '/api/ask/stream', requestId };
        if (gone.signal.aborted || stream.aborted) {
          deps.log({ event: 'client_aborted', ...where, message: err.message });
          return;
        }
        deps.log({ event: 'internal_error', status: 500, code: 'internal_error', ...where, message: err.message });
        const body = errorBody('internal_error', `something went wrong on our side; please try again (request ${requestId})`);
        await stream.writeSSE({ event: 'error', data: JSON.stringify({ error: { ...body.error, requestId } }) });
      },
    );
  });
  return app;
}
