import { z } from 'zod';
import file from '../../data/undisclosed.json' with { type: 'json' };

const Term = z.object({
  kind: z.enum(['economic', 'sub_item', 'period', 'district', 'execution', 'hypothetical']),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  nearest: z.string().min(1).nullable(),
  patterns: z.array(z.string().min(1)).min(1),
  shouldMatch: z.array(z.string().min(1)).min(1),
  mustNotMatch: z.array(z.string().min(1)).min(1),
  /** A figure per person: worked out when the question names the headcount to divide by (按实有人数算). */
  perHead: z.boolean().optional(),
});
export type UndisclosedTerm = z.infer<typeof Term> & { re: RegExp };

export type UndisclosedKind = UndisclosedTerm['kind'];

/** What a question asks about that the document does not disclose, and where in the question it is named. */
export interface Undisclosed {
  /** A kind of the data, one sub-unit's own money figure (the document states money per department), or words the document does not hold at all. */
  kind: UndisclosedKind | 'sub_unit' | 'unplaced';
  name: string;
  nameEn: string;
  /** The words of the question that name it. */
  words: string;
  /** The nearest disclosed item: a fact key, 'asked', or none. */
  nearest: string | null;
  /** A figure per person (see the term's `perHead`). */
  perHead?: boolean;
}

/** The terms of data/undisclosed.json, validated and compiled once. */
export const UNDISCLOSED_TERMS: UndisclosedTerm[] = z
  .object({ terms: z.array(Term) })
  .parse(file)
  .terms.map((t) => ({ ...t, re: new RegExp(t.patterns.map((p) => `(?:${p})`).join('|')) }));

/**
 * The term of the data a normalised question names first (where two match, the one it names earlier: "几个团组、多少
 * 人次" asks of delegations, not of reception; a period only where nothing else is named), or undefined. Pure.
 */
export function findUndisclosed(q: string, terms: readonly UndisclosedTerm[] = UNDISCLOSED_TERMS): Undisclosed | undefined {
  let best: { t: UndisclosedTerm; m: RegExpExecArray } | undefined;
  // (A period said of another undisclosed thing — 每个月工资, 每月的差旅费 — qualifies it: the thing is what is asked.)
  const before = (a: { t: UndisclosedTerm; m: RegExpExecArray }, b: { t: UndisclosedTerm; m: RegExpExecArray }) =>
    Number(a.t.kind === 'period') - Number(b.t.kind === 'period') || a.m.index - b.m.index;
  for (const t of terms) {
    const m = t.re.exec(q);
    if (m && (!best || before({ t, m }, best) < 0)) best = { t, m };
  }
  if (!best) return undefined;
  const { t } = best;
  // ("下面写了办公费、差旅费那些，你把差旅费那一项单独的预算数告诉我": of the words listed, the one the question asks —
  // followed by what asks for it — not the first said.)
  const all = [...q.matchAll(new RegExp(t.re.source, t.re.flags.includes('g') ? t.re.flags : `${t.re.flags}g`))];
  const m = all.filter((x) => /^(?:经费|费用|费|支出)?(?:那一项|这一项|那项|这项|单独|单列|一年|今年|的|是|有没有|是否|有无|有){0,4}(?:多少|好多|几多|预算|列出来|列了|列出|单列)/.test(q.slice(x.index! + x[0].length))).at(-1) ?? best.m;
  // The words as the question writes them, with the 费 that follows (差旅 → 差旅费).
  const tail = /^(?:经费|费用|费|支出)/.exec(q.slice(m.index + m[0].length))?.[0] ?? '';
  return { kind: t.kind, name: t.name, nameEn: t.nameEn, words: m[0] + (/[费出]$/.test(m[0]) ? '' : tail), nearest: t.nearest, ...(t.perHead ? { perHead: true } : {}) };
}

/**
 * "给汽车加油、修车的钱": two or more of the activities a sub-item term names (加油, 修车), said together as the money
 * for them and not one apart (单独, 其中), describe the item that holds them all — its informal name, not a part of it. Pure.
 */
export function describesParent(text: string, found: Undisclosed): boolean {
  if (found.kind !== 'sub_item' || typeof found.nearest !== 'string' || found.nearest === 'asked') return false;
  const term = UNDISCLOSED_TERMS.find((t) => t.name === found.name);
  if (!term || /单独|单列|光是|只是|其中|里面|里头|部分|占|分别|各是|各多少|separately|alone|of which/.test(text)) return false;
  const words = new Set([...text.matchAll(new RegExp(term.re.source, 'g'))].map((m) => m[0]));
  // (Activities said as the money for them — 加油、修车的钱 — not fees named one by one: 水电费、物管费 asks those fees.)
  return words.size >= 2 && [...words].every((w) => /[\u4e00-\u9fff]$/.test(w) && !/费|批次|人次/.test(w)) && /(?:的|那些|这些|之类的?)(?:钱|费用|开销|开支)|这些|那些|之类/.test(text);
}
