/**
 * In-process latency of one checkout's answering, in a fresh process (so checkouts compared in one run do not share a
 * heap): `node --import tsx bench/engine-child.ts ROOT dist|src DB ROUNDS`. The engine alone (`engine.ask`: route,
 * understand, compose, verify), and the answer service (the engine plus passage retrieval when a question needs it),
 * over the distinct benchmark questions, after five warm-up rounds; and parsing the seed document. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchQuestions, percentile } from './questions.js';

const [root, build, db, roundsArg] = process.argv.slice(2) as [string, 'dist' | 'src', string, string];
const rounds = Number(roundsArg ?? 20);
const mod = async (path: string) => import(pathToFileURL(join(root, build === 'dist' ? join('dist', 'src', `${path}.js`) : join('src', `${path}.ts`))).href);
const { loadConfig } = await mod('config');
const { buildNodeDeps } = await mod('entry/node-deps');
const deps = await buildNodeDeps(loadConfig({ DB_PATH: db }));
const questions = benchQuestions(root);

const askEngine = (q: string) => deps.engine.ask(q);
const askService = (q: string) => deps.answers.ask({ question: q, conversationId: 'bench' });

function summary(samples: number[]) {
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length };
}

// Steady state, as in a running server: five warm-up rounds first (the JIT compiler has settled by then); then the
// engine's rounds and the service's alternate, so both are measured under the same conditions.
for (let r = 0; r < 5; r++) for (const q of questions) await askEngine(q), await askService(q);
const times = { engine: [] as number[], service: [] as number[] };
for (let r = 0; r < rounds; r++) {
  for (const [name, ask] of [['engine', askEngine], ['service', askService]] as const) {
    for (const q of questions) {
      const t = performance.now();
      await ask(q);
      times[name].push(performance.now() - t);
    }
  }
}
const engine = summary(times.engine);
const service = summary(times.service);

// Parsing the seed document (what ingest does per file), as the earlier benchmark reported it.
const { parseDocument } = await mod('ingest/index');
const seed = readFileSync(join(root, 'data', 'sources', 'yuzhong-gov-office-2026.txt'), 'utf8');
const parses: number[] = [];
for (let i = 0; i < 100; i++) {
  const t = performance.now();
  parseDocument(seed);
  if (i >= 10) parses.push(performance.now() - t);
}
const parse = summary(parses);
console.log(JSON.stringify({ engine, service, parse, questions: questions.length }));
await deps.store.close();
