/** Small string measures shared by the lexicon, sub-unit matching, glossary lookup and the agent's tools. */

/** The longest run of characters two strings share. */
export function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}
