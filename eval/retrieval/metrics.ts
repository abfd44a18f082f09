/** Rank (1-based) of the first expected key in a ranked list, or undefined when none is there. */
export function firstHit(ranked: string[], expected: Set<string>): number | undefined {
  const i = ranked.findIndex((k) => expected.has(k));
  return i < 0 ? undefined : i + 1;
}

export interface Scores {
  n: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
}

/**
 * recall@k: share of queries with at least one expected record in the top k (any listed record answers the query).
 * MRR: mean of 1 / rank of the first expected record (0 when none is returned).
 */
export function score(ranks: Array<number | undefined>): Scores {
  const n = ranks.length;
  const at = (k: number) => ranks.filter((r) => r !== undefined && r <= k).length / n;
  const mrr = ranks.reduce<number>((s, r) => s + (r === undefined ? 0 : 1 / r), 0) / n;
  return { n, recallAt1: at(1), recallAt5: at(5), mrr };
}

export const formatRow = (name: string, s: Scores) =>
  `${name.padEnd(22)} ${s.recallAt1.toFixed(3).padStart(9)} ${s.recallAt5.toFixed(3).padStart(9)} ${s.mrr.toFixed(3).padStart(7)}   (n=${s.n})`;

export const HEADER = `${''.padEnd(22)} ${'recall@1'.padStart(9)} ${'recall@5'.padStart(9)} ${'MRR'.padStart(7)}`;
