/**
 * The ceiling the service is measured against: a Hono hello world on @hono/node-server that takes POST /api/ask
 * through the same body limit and the same JSON body parsing (415/400 checks, the AskRequest schema) as the service,
 * and answers a small JSON object. `node --import tsx bench/hello-server.ts PORT`
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from '../src/http/body-limit.js';
import { readJson } from '../src/http/read-json.js';
import { AskRequest } from '../src/http/schemas.js';

const app = new Hono();
app.use('/api/*', bodyLimit(16 * 1024, (c) => c.json({ error: { code: 'payload_too_large', message: 'too large' } }, 413)));
app.post('/api/ask', async (c) => {
  const req = await readJson(c, AskRequest);
  return c.json({ answer: `hello: ${req.question.length}`, status: 'answered' });
});
app.get('/healthz', (c) => c.json({ status: 'ok' }));
serve({ fetch: app.fetch, port: Number(process.argv[2]), hostname: '127.0.0.1' }, (info) => console.log(`hello listening on ${info.port}`));
