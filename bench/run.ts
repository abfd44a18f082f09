/**
 * Benchmarks (not tests; numbers compare runs on the same machine, and are only comparable within one run).
 *
 *   npm run bench                       engine in-process p50/p95; POST /api/ask through the real server (the production
 *                                       build, as `npm start` runs it) with autocannon, next to a Hono hello world
 *                                       that parses the same body, alternating, several rounds; the ratio; RSS; startup
 *   npm run bench -- --before DIR       the same for another checkout (e.g. main before a change), in the same run
 *   npm run bench -- --profile          also a CPU profile of the server under load (node --cpu-prof), its top 10
 *   npm run bench -- --url URL          autocannon against a running server (npm start, or the Worker under worker:dev)
 *   npm run bench -- --docs N           N synthetic documents: ingest, start-up, ask latency, memory (many-documents.ts)
 *
 * Options: --rounds R (3), --seconds S per load run (5), --connections C (10), --engine-rounds N (20).
 * Targets (issue 14): ratio ≥ 0.10, engine p95 ≤ 0.5 ms, server RSS ≤ 130 MB.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { askLoad, type LoadResult } from './load.js';
import { manyDocumentsBench } from './many-documents.js';
import { profileTop } from './profile-top.js';
import { benchQuestions } from './questions.js';
import { ensureBuilt, freePort, runCli, startServer, target, type Running, type Target } from './servers.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string' },
    url: { type: 'string' },
    before: { type: 'string' },
    profile: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    'engine-rounds': { type: 'string', default: '20' },
  },
});
const rounds = Number(values.rounds);
const load = { connections: Number(values.connections), seconds: Number(values.seconds) };
const questions = benchQuestions();

if (values.docs) {
  const n = Number(values.docs);
  if (!Number.isInteger(n) || n < 1) throw new Error('usage: npm run bench -- --docs N   (N ≥ 1 synthetic documents)');
  console.log(await manyDocumentsBench(n));
  process.exit(0);
}

const fmt = (x: number, d = 0) => (Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : 'n/a');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
/** "median (min–max)" of repeated measurements. */
const spread = (xs: number[], d = 0) => (xs.length > 1 ? `${fmt(median(xs), d)} (${fmt(Math.min(...xs), d)}–${fmt(Math.max(...xs), d)})` : fmt(xs[0] ?? NaN, d));

if (values.url) {
  const base = values.url.replace(/\/+$/, '');
  await askLoad(base, questions, { ...load, seconds: 1 });
  const runs: LoadResult[] = [];
  for (let r = 0; r < rounds; r++) runs.push(await askLoad(base, questions, load));
  console.log(`POST ${base}/api/ask, ${questions.length} distinct questions, c=${load.connections}, ${rounds} × ${load.seconds} s`);
  console.log(`req/s ${spread(runs.map((x) => x.rps))}  p50 ${spread(runs.map((x) => x.p50), 2)} ms  p95 ${spread(runs.map((x) => x.p95), 2)} ms  non-2xx ${runs.reduce((n, x) => n + x.non2xx, 0)}  errors ${runs.reduce((n, x) => n + x.errors, 0)}`);
  process.exit(0);
}

const targets: Target[] = [target('this checkout', process.cwd())];
if (values.before) targets.push(target(`before (${values.before})`, resolve(values.before)));
const work = mkdtempSync(join(tmpdir(), 'budget-qa-bench-'));
const log = (line: string) => console.error(line);

// Each checkout builds its own database with its own ingest (same sources), before anything is timed.
for (const [i, t] of targets.entries()) {
  ensureBuilt(t);
  log(`${t.name}: building its database`);
  runCli(t, ['ingest', '--db', join(work, `db${i}`, 'budget.db')], { SOURCES_DIR: join(process.cwd(), 'data', 'sources') });
}

// Engine in-process, a fresh process per measurement, checkouts alternating.
const engine = targets.map(() => ({ engine50: [] as number[], engine95: [] as number[], service50: [] as number[], service95: [] as number[], parse50: [] as number[] }));
for (let r = 0; r < rounds; r++) {
  for (const [i, t] of targets.entries()) {
    log(`engine round ${r + 1}/${rounds}: ${t.name}`);
    const out = execFileSync(process.execPath, [...t.nodeFlags, '--import', 'tsx', join(process.cwd(), 'bench', 'engine-child.ts'), t.dir, t.engineBuild, join(work, `db${i}`, 'budget.db'), values['engine-rounds']!], { encoding: 'utf8' });
    const m = JSON.parse(out.trim().split('\n').pop()!) as { engine: { p50: number; p95: number }; service: { p50: number; p95: number }; parse: { p50: number } };
    engine[i]!.engine50.push(m.engine.p50);
    engine[i]!.engine95.push(m.engine.p95);
    engine[i]!.service50.push(m.service.p50);
    engine[i]!.service95.push(m.service.p95);
    engine[i]!.parse50.push(m.parse.p50);
  }
}

// Servers: the hello world, and each checkout as its `npm start` runs it (start-up timed over three cold starts).
const profileDir = join(work, 'profile');
async function startTarget(t: Target, i: number, profile: boolean): Promise<Running> {
  const port = await freePort();
  const node = profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return startServer([...node, ...t.cli, 'serve', '--port', String(port)], {
    cwd: t.dir,
    port,
    env: { DB_PATH: join(work, `db${i}`, 'budget.db'), LOG_DB_PATH: join(work, `db${i}`, 'questions.db') },
  });
}
const helloPort = await freePort();
const servers: Array<{ name: string; server: Running; startup: number[] }> = [
  { name: 'Hono hello world, same body parsing', server: await startServer(['--import', 'tsx', 'bench/hello-server.ts', String(helloPort)], { cwd: process.cwd(), port: helloPort }), startup: [] },
];
for (const [i, t] of targets.entries()) {
  const startup: number[] = [];
  for (let k = 0; k < 2; k++) {
    const cold = await startTarget(t, i, false);
    startup.push(cold.startupMs);
    await cold.stop();
  }
  const server = await startTarget(t, i, values.profile && i === 0);
  startup.push(server.startupMs);
  servers.push({ name: t.name, server, startup });
}

log(`load: ${questions.length} distinct questions, c=${load.connections}, ${rounds} rounds × ${load.seconds} s per server, alternating`);
for (const s of servers) await askLoad(s.server.base, questions, { ...load, seconds: 2 });
const results = servers.map(() => [] as LoadResult[]);
for (let r = 0; r < rounds; r++) {
  for (const [i, s] of servers.entries()) {
    const res = await askLoad(s.server.base, questions, load);
    if (res.non2xx || res.errors) throw new Error(`${s.name}: ${res.non2xx} non-2xx responses, ${res.errors} errors`);
    results[i]!.push(res);
    log(`round ${r + 1}: ${s.name.padEnd(36)} ${fmt(res.rps)} req/s  p50 ${fmt(res.p50, 2)} ms  p95 ${fmt(res.p95, 2)} ms`);
  }
}
const memory = servers.map((s) => s.server.memory());
for (const s of servers) await s.server.stop();

const helloRps = results[0]!.map((x) => x.rps);
const rows = servers.map((s, i) => {
  const res = results[i]!;
  const ratio = i === 0 ? '—' : spread(res.map((x, r) => x.rps / helloRps[r]!), 3);
  const m = memory[i]!;
  return `| ${s.name} | ${spread(res.map((x) => x.rps))} | ${ratio} | ${spread(res.map((x) => x.p50), 2)} | ${spread(res.map((x) => x.p95), 2)} | ${fmt(m.rss)} (${fmt(m.peak)}) | ${i === 0 ? '—' : spread(s.startup)} |`;
});
console.log(`\nPOST /api/ask, ${questions.length} distinct questions, autocannon c=${load.connections}, ${rounds} rounds × ${load.seconds} s, servers alternating; median (min–max) over rounds`);
console.log('| server | req/s | ratio to hello world | HTTP p50 ms | HTTP p95 ms | RSS after load (peak) MB | startup ms |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`\nin-process, ${values['engine-rounds']} rounds of the ${questions.length} questions per measurement, ${rounds} measurements; median (min–max)`);
console.log('| checkout | engine p50 ms | engine p95 ms | engine + retrieval p50 ms | engine + retrieval p95 ms | parse seed document p50 ms |');
console.log('|---|---|---|---|---|---|');
for (const [i, t] of targets.entries()) {
  const e = engine[i]!;
  console.log(`| ${t.name} | ${spread(e.engine50, 3)} | ${spread(e.engine95, 3)} | ${spread(e.service50, 3)} | ${spread(e.service95, 3)} | ${spread(e.parse50, 2)} |`);
}
const ratio = median(results[1]!.map((x, r) => x.rps / helloRps[r]!));
const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log(`\ntargets (this checkout): ratio ≥ 0.10 ${check(ratio >= 0.1)} (${fmt(ratio, 3)}) · engine p95 ≤ 0.5 ms ${check(median(engine[0]!.engine95) <= 0.5)} (${fmt(median(engine[0]!.engine95), 3)}) · server RSS ≤ 130 MB ${check(memory[1]!.peak <= 130)} (peak ${fmt(memory[1]!.peak)})`);
if (values.profile) {
  const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
  if (file) {
    console.log(`\nCPU profile of the server (${join(profileDir, file)}), top 10 by self time:`);
    for (const line of profileTop(join(profileDir, file), 10)) console.log(line);
  }
} else rmSync(work, { recursive: true, force: true });
