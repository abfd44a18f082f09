/**
 * Child process of bench/many-documents.ts: start the service on a built database (as `serve` does: read-only store,
 * engine, HTTP app) and ask questions that name departments, in-process through the HTTP app. Prints one JSON line.
 */
import { loadConfig } from '../src/config.js';
import { buildNodeDeps } from '../src/entry/node-deps.js';
import { createApp } from '../src/http/app.js';
import { syntheticDocument } from '../test/support/synthetic-documents.js';

const [db, docsArg, asksArg] = process.argv.slice(2);
const docs = Number(docsArg);
const asks = Number(asksArg);

const TEMPLATES = [
  (d: string) => `${d}的三公经费是多少`,
  (d: string) => `${d}公务接待费为什么减少了`,
  (d: string) => `${d}项目支出主要用于什么`,
  (d: string) => `${d}去年的基本支出是多少`,
  (d: string) => `${d}三公经费占支出预算的比例是多少`,
  (d: string) => `${d}本级有多少编制`,
  (d: string) => `${d}机关运行经费比上年减少了多少`,
  (d: string) => `${d}政府采购预算总额多少`,
];

/** A deterministic spread over the documents (a prime stride), every question naming its department. */
function question(i: number): string {
  const doc = syntheticDocument((i * 7919) % docs);
  return TEMPLATES[i % TEMPLATES.length]!(doc.department.replace(/^重庆市/, ''));
}

const started = performance.now();
const deps = await buildNodeDeps(loadConfig({ DB_PATH: db, SOURCES_DIR: '/nonexistent' }));
const app = createApp({ ...deps, log: () => {} });
await deps.catalog();
const startMs = performance.now() - started;

const ask = async (q: string) => {
  const res = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }) });
  return (await res.json()) as { status: string };
};
for (let i = 0; i < 50; i++) await ask(question(i + 100_000));
const times: number[] = [];
let answered = 0;
for (let i = 0; i < asks; i++) {
  const t = performance.now();
  const body = await ask(question(i));
  times.push(performance.now() - t);
  if (body.status === 'answered') answered++;
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
console.log(JSON.stringify({ start_ms: startMs, ask_p50_ms: pct(50), ask_p95_ms: pct(95), rss_mb: process.memoryUsage().rss / 2 ** 20, answered, asked: asks }));
await deps.store.close();
