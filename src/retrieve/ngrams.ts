/** Character n-grams of Chinese text: the shared vocabulary of the local embedder and the relevance score. */

/**
 * Runs of letters and digits after NFKC and lower-casing: n-grams never cross punctuation or spaces. Quotation marks
 * are dropped first, not split on: “三公”经费 reads as 三公经费.
 */
export function textRuns(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/[“”‘’"'「」『』]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Counts of the character n-grams of `text` for n in [minN, maxN] (by code point). */
export function charNgrams(text: string, minN: number, maxN: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of textRuns(text)) {
    // Code-point offsets (astral characters take two code units); substring avoids building arrays per gram.
    const at = Array.from(run).reduce<number[]>((acc, ch) => (acc.push((acc.at(-1) ?? 0) + ch.length), acc), [0]);
    for (let n = minN; n <= maxN; n++) {
      for (let i = 0; i + n < at.length; i++) {
        const gram = run.substring(at[i]!, at[i + n]!);
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Length of a gram in code points (1, 2, 3…). */
export const gramLength = (gram: string) => (/[\uD800-\uDBFF]/.test(gram) ? Array.from(gram).length : gram.length);
