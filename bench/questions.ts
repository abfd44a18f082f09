import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Distinct questions for the benchmarks: the first turn of every conversation of the seed evaluation set (answered,
 * not found, out of scope, clarify; Chinese and English), so no two requests in a row ask the same thing and no answer
 * could be served from a cache.
 */
export function benchQuestions(root = process.cwd(), min = 200): string[] {
  const lines = readFileSync(join(root, 'eval', 'sets', 'seed.jsonl'), 'utf8').trim().split('\n');
  const questions = [...new Set(lines.map((l) => (JSON.parse(l) as { turns: string[] }).turns[0]!))];
  if (questions.length < min) throw new Error(`only ${questions.length} distinct questions in eval/sets/seed.jsonl (need ${min})`);
  return questions;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}
