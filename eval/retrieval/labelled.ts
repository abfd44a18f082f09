import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Labelled = z.object({
  q: z.string().min(1),
  passages: z.array(z.string().regex(/^p\d+$/)).default([]),
  glossary: z.array(z.string().min(1)).default([]),
  tag: z.string().optional(),
});
export type LabelledQuery = z.infer<typeof Labelled>;

const HERE = new URL('.', import.meta.url);

function readJsonl(name: string): unknown[] {
  return readFileSync(new URL(name, HERE), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
}

/** The labelled queries over the seed document: any listed passage or glossary entry answers the query. */
export const loadQueries = (): LabelledQuery[] => readJsonl('queries.jsonl').map((x) => Labelled.parse(x));

/** Queries written after the rewrites and the threshold were tuned on queries.jsonl, never tuned on: a check of over-fitting. */
export const loadHeldOut = (): LabelledQuery[] => readJsonl('heldout.jsonl').map((x) => Labelled.parse(x));

/** Questions the seed does not answer: retrieval must return nothing for them. */
export const loadNegatives = (): string[] => readJsonl('negatives.jsonl').map((x) => z.object({ q: z.string() }).parse(x).q);

export { SEED_PATH } from '../../src/retrieve/seed.testkit.js';

/** `passage:p3` / `glossary:项目支出`: how results and labels are compared. */
export const key = (kind: 'passage' | 'glossary', ref: string) => `${kind}:${ref}`;
export const expectedKeys = (l: LabelledQuery) => new Set([...l.passages.map((p) => key('passage', p)), ...l.glossary.map((g) => key('glossary', g))]);
