import { z } from 'zod';
import { parseExpectedNumber } from './number-match.js';

/** A number as a set author writes it: `27.55`, `"27.55"`, `"3.20"`, `"-1.3"`, `"1,969.33"`, `"12.5%"`, `"27.55万元"`. */
const NumberLike = z
  .union([z.number().finite(), z.string().trim().min(1)])
  .transform((v) => String(v))
  .refine((v) => parseExpectedNumber(v) !== undefined, { message: 'must name exactly one number' });

export const STATUSES = ['answered', 'not_found', 'out_of_scope', 'clarify'] as const;

/** One line of a question set: a conversation whose LAST answer is checked against `expect`. */
export const EvalCase = z
  .object({
    id: z.string().trim().min(1),
    turns: z.array(z.string().trim().min(1)).min(1),
    expect: z
      .object({
        status: z.enum(STATUSES),
        numbers: z.array(NumberLike).default([]),
        keywords: z.array(z.string().min(1)).default([]),
        forbid: z.array(NumberLike).default([]),
      })
      .strict(),
    tags: z.array(z.string().trim().min(1)).default([]),
    /** Optional answer language sent with every turn (otherwise the service detects it). */
    lang: z.enum(['zh', 'en']).optional(),
    /** Free text for the set's authors; never scored. */
    note: z.string().optional(),
  });
// Unknown top-level keys (authors' notes, sources) are dropped; unknown keys under `expect` are errors,
// because a misspelt expectation would otherwise silently check nothing.

export type EvalCase = z.output<typeof EvalCase>;
export type Expectation = EvalCase['expect'];
