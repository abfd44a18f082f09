import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWorker, corpusStatements, startWorker, type BundledWorker, type RunningWorker } from '../../eval/worker-runtime.js';
import { askJson, buildTestApp } from '../support/test-app.js';

const STAFF_TOKEN = 'worker-staff-token-0123456789';
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Packages that only work on Node: none may be in the Worker's graph. */
const NODE_ONLY = /node_modules\/(better-sqlite3|sqlite-vec[^/]*|@hono\/node-server|langchain|@langchain\/[^/]+|langsmith|openai)\//;

let worker: BundledWorker;
let w: RunningWorker;
beforeAll(async () => {
  worker = bundleWorker();
  w = await startWorker(worker, { corpus: await corpusStatements(), assets: true, vars: { STAFF_TOKEN, RATE_LIMIT_PER_MINUTE: '3' } });
}, 180_000);
afterAll(() => w?.dispose());

const ask = async (body: Record<string, unknown>, ip = '127.0.0.1') => {
  const res = await w.fetch('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
};

describe('the Worker bundle (wrangler deploy --dry-run)', () => {
  it('has no Node built-in and no Node-only package anywhere in its graph', () => {
    const inputs = Object.entries(worker.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(50);
    const imports = inputs.flatMap(([file, i]) => i.imports.map((im) => ({ file, path: im.path })));
    expect(imports.filter((im) => im.path.startsWith('node:') || NODE_BUILTINS.has(im.path))).toEqual([]);
    expect(inputs.map(([file]) => file).filter((f) => NODE_ONLY.test(f))).toEqual([]);
    expect(inputs.map(([file]) => file).filter((f) => f.startsWith('src/'))).toContain('src/entry/worker.ts');
    const code = readFileSync(worker.script, 'utf8');
    expect(code.match(/(?:from|import|require)\s*\(?\s*["']node:[^"']+["']/g) ?? []).toEqual([]);
    // Workers' limit is 3 MB gzipped on the free plan, 10 MB on paid plans.
    expect(worker.gzipBytes).toBeLessThan(3 * 1024 * 1024);
  });
});

describe('the Worker in Miniflare (workerd + D1)', () => {
  it('answers from the D1 corpus exactly as the Node server does, follow-ups included', async () => {
    const { app } = await buildTestApp();
    for (const turns of [['为什么公务用车购置费增加了？'], ['三公经费占总预算多少？', '那去年呢？'], ['Why did the official reception budget decrease?'], ['“三公”经费是什么意思？'], ['政务服务中心负责什么？']]) {
      let a: string | undefined;
      let b: string | undefined;
      let fromWorker: Record<string, any> = {};
      let fromNode: Record<string, any> = {};
      for (const question of turns) {
        fromWorker = (await ask({ question, ...(a ? { conversationId: a } : {}) })).body;
        fromNode = (await askJson(app, { question, ...(b ? { conversationId: b } : {}) })).body;
        a = fromWorker.conversationId;
        b = fromNode.conversationId;
      }
      const { conversationId: _a, ...worker } = fromWorker;
      const { conversationId: _b, ...node } = fromNode;
      expect(worker, turns.join(' → ')).toEqual(node);
    }
    expect(await (await w.fetch('/healthz')).json()).toMatchObject({ status: 'ok', documents: 1 });
  });

  it('keeps a conversation in D1, logs every question, and hands it over to staff', async () => {
    const first = await ask({ question: '三公经费是多少？' });
    const follow = await ask({ question: '那去年呢？', conversationId: first.body.conversationId });
    expect(follow.body.status).toBe('answered');
    const turns = await w.logDb.prepare('SELECT count(*) AS n FROM conversation_turns WHERE conversation_id = ?').bind(first.body.conversationId).first<{ n: number }>();
    expect(turns?.n).toBe(2);
    const handed = await w.fetch('/api/handover', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '127.0.0.1' },
      body: JSON.stringify({ conversationId: first.body.conversationId, phone: '13800138000' }),
    });
    expect(handed.status).toBe(201);
    const queue = await w.fetch('/api/staff/questions?reason=handed_over', { headers: { authorization: `Bearer ${STAFF_TOKEN}` } });
    const items = ((await queue.json()) as { items: Array<{ conversationId: string; questionCount: number }> }).items;
    expect(items.find((i) => i.conversationId === first.body.conversationId)).toMatchObject({ questionCount: 2 });
    expect((await w.fetch('/api/staff/questions')).status).toBe(401);
  });

  it('limits each CF-Connecting-IP with counters in D1, and exempts this machine', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask({ question: '三公经费是多少？' }, '203.0.113.9')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await ask({ question: '三公经费是多少？' }, '203.0.113.10')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await ask({ question: '三公经费是多少？' })).status).toBe(200);
  });

  it('serves the portal through the assets binding with the same headers, and the console only with a token', async () => {
    const page = await w.fetch('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
    expect(await page.text()).toMatch(/<html lang="zh-CN">/);
    const js = await w.fetch('/vendor/echarts.min.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const etag = (await w.fetch('/portal.js')).headers.get('etag')!;
    expect((await w.fetch('/portal.js', { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await w.fetch('/staff')).status).toBe(200);
    for (const path of ['/index.html', '/staff.html', '/nope.js', '/../wrangler.toml']) expect((await w.fetch(path)).status, path).toBe(404);
  });

  it('publishes the same OpenAPI document and reference page as Node, and rejects unknown fields alike', async () => {
    const { app } = await buildTestApp();
    const fromWorker = await w.fetch('/api/openapi.json');
    expect(fromWorker.status).toBe(200);
    expect(await fromWorker.json()).toEqual(await (await app.request('/api/openapi.json')).json());
    const page = await w.fetch('/api/docs');
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
    expect(await page.text()).toContain('id="ask"');
    const strict = await ask({ question: '三公经费是多少？', conversationID: 'x' }, '198.51.100.7');
    expect(strict.status).toBe(400);
    expect(strict.body.error.message).toBe('unknown field "conversationID" (did you mean "conversationId"?)');
    expect(strict.headers.get('x-request-id')).toBeTruthy();
  });
});
