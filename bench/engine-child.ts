/**
 * In-process latency of one checkout's answering, in a fresh process (so checkouts compared in one run do not share a
 * heap): `node --import tsx bench/engine-child.ts ROOT dist|src DB ROUNDS`. The engine alone (`engine.ask`: route,
 * understand, compose, verify), and the answer service (the engine plus passage retrieval when a question needs it),
 * over the distinct benchmark questions, after two warm-up rounds. Prints one JSON line.
 */
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

async function time(ask: (q: string) => Promise<unknown>) {
  const samples: number[] = [];
  for (let r = 0; r < rounds + 2; r++) {
    for (const q of questions) {
      const t = performance.now();
      await ask(q);
      if (r >= 2) samples.push(performance.now() - t);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length };
}

const engine = await time((q) => deps.engine.ask(q));
const service = await time((q) => deps.answers.ask({ question: q, conversationId: 'bench' }));
console.log(JSON.stringify({ engine, service, questions: questions.length }));
await deps.store.close();
