import { z } from 'zod';
import { Decimal } from 'decimal.js';
import { ALIASES } from './alias-data.js';
import { CUES } from './intent-cues.js';
import { findNumbers } from './numbers-in-text.js';

/** One short name two items both go by (data/aliases.json `ambiguous`). */
const AmbiguousTerm = z
  .object({
    term: z.string().min(2),
    items: z.array(z.string().min(1)).min(2),
    unless: z.string().min(1),
    shouldClarify: z.array(z.string().min(1)).min(3),
    mustNotClarify: z.array(z.string().min(1)).min(3),
  })
  .strict();
export type AmbiguousTerm = z.infer<typeof AmbiguousTerm>;

const File = z.object({ $comment: z.string().optional(), terms: z.array(AmbiguousTerm) }).strict();

/** The ambiguous short names, validated once at load; each with its `unless` compiled. */
export const AMBIGUOUS_TERMS: ReadonlyArray<AmbiguousTerm & { unlessRe: RegExp }> = File.parse(
  (ALIASES as unknown as { ambiguous?: unknown }).ambiguous ?? { terms: [] },
).terms.map((t) => ({ ...t, unlessRe: new RegExp(t.unless) }));

/**
 * The items a question may mean when it names one only by a short name two items share (运行费), and says nothing
 * that tells which (车, 机关): those items, else undefined. Pure.
 */
export function ambiguousItems(text: string, items: readonly string[]): string[] | undefined {
  for (const t of AMBIGUOUS_TERMS) {
    if (!text.includes(t.term) || t.unlessRe.test(text)) continue;
    // (Only when what the question names is one of them and nothing else: 运行费和三公经费 is read as written.)
    if (items.length === 1 && t.items.includes(items[0]!)) return t.items;
  }
  return undefined;
}

/** An item's stated figure and signed change, as the document gives them (decimal strings). */
export type FigureOf = (key: string) => { value: string; change?: string } | undefined;

/**
 * The one of the items a short name shares that the question's own words tell apart (运行费涨了19.75万？ — the item
 * whose figure or change is 19.75; 运行费为什么减少 — the one that went down), else undefined: a figure the question
 * quotes decides first, then the direction it says. Pure.
 */
export function toldApart(text: string, items: readonly string[], figureOf: FigureOf): string | undefined {
  const said = findNumbers(text).filter((n) => !n.percent).map((n) => new Decimal(n.value).abs());
  const quoting = items.filter((k) => {
    const f = figureOf(k);
    return !!f && said.some((n) => n.eq(f.value) || (f.change !== undefined && n.eq(new Decimal(f.change).abs())));
  });
  if (quoting.length === 1) return quoting[0];
  if (quoting.length > 1 || said.length > 0) return undefined;
  const up = CUES.up.test(text);
  const down = CUES.down.test(text);
  if (up === down) return undefined;
  const moved = items.filter((k) => {
    const c = figureOf(k)?.change;
    return c !== undefined && (up ? new Decimal(c).gt(0) : new Decimal(c).lt(0));
  });
  return moved.length === 1 ? moved[0] : undefined;
}
