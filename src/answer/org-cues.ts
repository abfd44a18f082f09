/** Questions about counts of organisations and posts (有几个内设机构？), from the cues in data/aliases.json `orgCounts`. */

export interface OrgCueFile {
  /** What asks for a count (几, 多少, how many). */
  asks: string;
  /** In order: a question is about the first kind one of whose cues it matches. */
  kinds: Array<{ key: string; cues: string[] }>;
}

export interface OrgCueMatch {
  key: string;
  /** The question asks for the number (几个, 多少), not for what they are (有哪些, 什么性质). */
  asksCount: boolean;
}

export interface OrgCues {
  match(normalizedQuestion: string): OrgCueMatch | undefined;
}

/** Compile the cue file once per engine; no cues, no matches. */
export function compileOrgCues(file: OrgCueFile | undefined): OrgCues {
  if (!file) return { match: () => undefined };
  const asks = new RegExp(file.asks);
  const kinds = file.kinds.map((k) => ({ key: k.key, re: new RegExp(k.cues.join('|')) }));
  return {
    match(q) {
      const kind = kinds.find((k) => k.re.test(q));
      return kind ? { key: kind.key, asksCount: asks.test(q) } : undefined;
    },
  };
}
