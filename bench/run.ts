/**
 * Benchmarks (not unit tests): ingest time per document, ask latency in-process (engine and full HTTP app),
 * and memory. `npm run bench` prints one table; numbers are for comparing runs on the same machine.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { buildNodeDeps } from '../src/entry/node-deps.js';
import { createApp } from '../src/http/app.js';
import { parseDocument } from '../src/ingest/index.js';
import { manyDocumentsBench } from './many-documents.js';

const docsAt = process.argv.indexOf('--docs');
if (docsAt >= 0) {
  const n = Number(process.argv[docsAt + 1]);
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: npm run bench -- --docs N   (N ≥ 1 synthetic documents)');
    process.exit(2);
  }
  console.log(await manyDocumentsBench(n));
  process.exit(0);
}

const QUESTIONS = [
  '为什么公务用车购置费增加了？', '三公经费占总预算多少？', '公务接待费去年是多少', '三公经费比去年增长了百分之多少',
  '政务服务中心有多少编制', '超编了吗', '什么是三公经费', '项目支出主要用于哪些项目', '有几辆车', '哪项三公经费最多',
  'Why did spending on official vehicle purchases go up?', '公务接代费是多少', '今天天气怎么样', '联系电话是多少',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function report(name: string, samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  console.log(`${name.padEnd(34)} n=${String(s.length).padStart(5)}  p50=${percentile(s, 50).toFixed(3)} ms  p95=${percentile(s, 95).toFixed(3)} ms  max=${s[s.length - 1]!.toFixed(3)} ms`);
}

const urlAt = process.argv.indexOf('--url');
if (urlAt >= 0) {
  // A running server (npm start, or the Worker under npm run worker:dev): POST /api/ask over HTTP, `--concurrency C`
  // clients in parallel (default 1), the questions above in turn, after one warm-up round.
  const base = (process.argv[urlAt + 1] ?? '').replace(/\/+$/, '');
  const arg = (name: string, d: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : d);
  const [rounds, concurrency] = [arg('--rounds', 20), arg('--concurrency', 1)];
  const ask = async (q: string) => {
    const t = performance.now();
    const res = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }) });
    if (res.status !== 200) throw new Error(`${q}: HTTP ${res.status}`);
    await res.json();
    return performance.now() - t;
  };
  for (const q of QUESTIONS) await ask(q);
  const queue = Array.from({ length: rounds }, () => QUESTIONS).flat();
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let q = queue.shift(); q !== undefined; q = queue.shift()) times.push(await ask(q));
  }));
  report(`POST /api/ask ${base} (c=${concurrency})`, times);
  console.log(`${'throughput'.padEnd(34)} ${(times.length / ((performance.now() - started) / 1000)).toFixed(1)} req/s`);
  process.exit(0);
}

const seed = readFileSync('data/sources/yuzhong-gov-office-2026.txt', 'utf8');
const parseTimes: number[] = [];
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  parseDocument(seed);
  parseTimes.push(performance.now() - t);
}
report('parse seed document', parseTimes);

const dir = mkdtempSync(join(tmpdir(), 'budget-qa-bench-'));
const t0 = performance.now();
const deps = await buildNodeDeps(loadConfig({ DB_PATH: join(dir, 'budget.db') }));
console.log(`${'build DB + load engine'.padEnd(34)} ${(performance.now() - t0).toFixed(1)} ms`);

const engineTimes: number[] = [];
for (let round = 0; round < 50; round++) {
  for (const q of QUESTIONS) {
    const t = performance.now();
    await deps.engine.ask(q);
    engineTimes.push(performance.now() - t);
  }
}
report('engine.ask (in-process)', engineTimes.slice(QUESTIONS.length));

const app = createApp({ ...deps, log: () => {} });
const httpTimes: number[] = [];
for (let round = 0; round < 30; round++) {
  for (const q of QUESTIONS) {
    const t = performance.now();
    const res = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }) });
    await res.json();
    httpTimes.push(performance.now() - t);
  }
}
report('POST /api/ask via app.request', httpTimes.slice(QUESTIONS.length));
const mem = process.memoryUsage();
console.log(`${'memory'.padEnd(34)} rss=${(mem.rss / 2 ** 20).toFixed(1)} MiB heapUsed=${(mem.heapUsed / 2 ** 20).toFixed(1)} MiB`);
await deps.store.close();
