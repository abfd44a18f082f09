import { z } from 'zod';
import cueFile from '../../data/cues.json' with { type: 'json' };

/** One cue of data/cues.json: regular-expression sources, and examples it must and must not match. */
const CueEntry = z.object({
  help: z.string().min(1),
  patterns: z.array(z.string().min(1)).min(1),
  shouldMatch: z.array(z.string().min(1)).min(1),
  mustNotMatch: z.array(z.string().min(1)).min(1),
});
export type CueEntry = z.infer<typeof CueEntry>;

export const CueFile = z.record(z.string(), z.union([CueEntry, z.string()]));

/** The cues as compiled regular expressions (one alternation per cue), validated once at load. */
export function compileCues(file: unknown): Record<string, RegExp> {
  const parsed = CueFile.parse(file);
  const out: Record<string, RegExp> = {};
  for (const [name, entry] of Object.entries(parsed)) {
    if (typeof entry === 'string') continue; // $comment
    out[name] = new RegExp(entry.patterns.map((p) => `(?:${p})`).join('|'));
  }
  return out;
}

/** Every cue with its examples (for the tests). */
export function cueEntries(file: unknown = cueFile): Array<[string, CueEntry]> {
  return Object.entries(CueFile.parse(file)).flatMap(([k, v]) => (typeof v === 'string' ? [] : [[k, v] as [string, CueEntry]]));
}

export const DATA_CUES = compileCues(cueFile) as { acrossDepartments: RegExp } & Record<string, RegExp>;
