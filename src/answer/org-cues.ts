/** Questions about counts of organisations and posts (有几个内设机构？), from the cues in data/aliases.json `orgCounts`. */

export interface OrgCueFile {
  /** What asks for a count (几, 多少, how many). */
  asks: string;
  /** What makes 多少 ask for money, not a count (科室的经费是多少). */
  notAbout?: string;
  /** In order: a question is about the first kind one of whose cues it matches. */
  kinds: Array<{ key: string; cues: string[] }>;
}

export interface OrgCueMatch {
  key: string;
  /** The question asks for the number (几个, 多少), not for what they are (有哪些, 什么性质) or what they cost. */
  asksCount: boolean;
  /** It asks about money (科室的经费是多少): never a count of organisations, even as a follow-up. */
  aboutMoney: boolean;
}

export interface OrgCues {
  match(normalizedQuestion: string): OrgCueMatch | undefined;
}

/** Compile the cue file once per engine; no cues, no matches. */
export function compileOrgCues(file: OrgCueFile | undefined): OrgCues {
  if (!file) return { match: () => undefined };
  const asks = new RegExp(file.asks);
  const money = file.notAbout ? new RegExp(file.notAbout) : undefined;
  const kinds = file.kinds.map((k) => ({ key: k.key, re: new RegExp(k.cues.join('|')) }));
  return {
    match(q) {
      const kind = kinds.find((k) => k.re.test(q));
      if (!kind) return undefined;
      const aboutMoney = money?.test(q) ?? false;
      return { key: kind.key, asksCount: asks.test(q) && !aboutMoney, aboutMoney };
    },
  };
}
