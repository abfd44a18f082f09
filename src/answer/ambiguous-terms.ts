import { z } from 'zod';
import { ALIASES } from './alias-data.js';

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
