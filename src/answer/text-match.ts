/** Small string measures shared by the lexicon, sub-unit matching, glossary lookup and the agent's tools. */

/** The longest run of characters two strings share. */
export function longestCommonRun(a: string, b: string): number {
  return commonRunAt(a, b).length;
}

/**
 * The longest run of UTF-16 units two strings share: where it starts in `a`, and its length (the first such run).
 * Compared by char code: reading `a[i]` of Chinese text allocates a one-character string each time.
 */
export function commonRunAt(a: string, b: string): { start: number; length: number } {
  let best = { start: 0, length: 0 };
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a.charCodeAt(i + k) === b.charCodeAt(j + k)) k++;
      if (k > best.length) best = { start: i, length: k };
    }
  }
  return best;
}

/** Overlapping two-character Chinese words of a text (its other characters left out). */
export function hanBigrams(s: string): Set<string> {
  const han = s.replace(/[^\u4e00-\u9fff]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
  return out;
}

/** How many characters two strings share in order (their longest common subsequence). */
export function inOrderShared(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) next[j] = a[i - 1] === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return row[b.length]!;
}
