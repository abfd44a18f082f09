/**
 * The ceiling the service is measured against: a Hono hello world on @hono/node-server that takes POST /api/ask
 * through the same body limit, the same JSON checks (415/400) and the same contract schema (strict AskRequest, through
 * @hono/zod-openapi) as the service, and answers a small JSON object. `node --import tsx bench/hello-server.ts PORT`
 */
import { serve } from '@hono/node-server';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from '../src/http/body-limit.js';
import { AskRequest } from '../src/http/contract/index.js';
import { requireJson } from '../src/http/read-json.js';
import { routeApp } from '../src/http/route-app.js';

const hello = createRoute({
  method: 'post',
  path: '/api/ask',
  request: { body: { content: { 'application/json': { schema: AskRequest } }, required: true } },
  responses: { 200: { description: 'hello', content: { 'application/json': { schema: z.object({ answer: z.string(), status: z.string() }) } } } },
});

const app = routeApp();
app.use('/api/*', bodyLimit(16 * 1024, (c) => c.json({ error: { code: 'payload_too_large', message: 'too large' } }, 413)));
app.openapi({ ...hello, middleware: [requireJson] }, (c) => c.json({ answer: `hello: ${c.req.valid('json').question.length}`, status: 'answered' }, 200));
app.get('/healthz', (c) => c.json({ status: 'ok' }));
serve({ fetch: app.fetch, port: Number(process.argv[2]), hostname: '127.0.0.1' }, (info) => console.log(`hello listening on ${info.port}`));
