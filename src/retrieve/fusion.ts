export interface Fused {
  score: number;
  /** 1-based rank in each input list (undefined when absent from it). */
  ranks: Array<number | undefined>;
}

/**
 * Reciprocal rank fusion (Cormack et al. 2009): each list gives an item 1 / (k + rank). Rank-based, so BM25 scores
 * and cosine distances need no common scale. An item repeated in a list counts at its first (best) rank.
 */
export function reciprocalRankFusion<T>(lists: T[][], k = 60): Map<T, Fused> {
  const fused = new Map<T, Fused>();
  lists.forEach((list, li) => {
    list.forEach((item, i) => {
      const entry = fused.get(item) ?? { score: 0, ranks: lists.map(() => undefined) };
      if (entry.ranks[li] !== undefined) return;
      entry.ranks[li] = i + 1;
      entry.score += 1 / (k + i + 1);
      fused.set(item, entry);
    });
  });
  return fused;
}

/** Keep the first occurrence of each key, in order. */
export function dedupeBy<T, K>(items: T[], key: (t: T) => K): T[] {
  const seen = new Set<K>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
