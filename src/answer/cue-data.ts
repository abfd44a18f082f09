import { z } from 'zod';
import figures from '../../data/cues/figures.json' with { type: 'json' };
import people from '../../data/cues/people.json' with { type: 'json' };
import scope from '../../data/cues/scope.json' with { type: 'json' };
import texts from '../../data/cues/texts.json' with { type: 'json' };
import turn from '../../data/cues/turn.json' with { type: 'json' };
import years from '../../data/cues/years.json' with { type: 'json' };

/** The cue files of data/cues/, one per family of intents. */
export const CUE_FILES = { figures, people, scope, texts, turn, years } as const;

/** A question a cue matches today although it arguably should not, with why: a record, not a requirement. */
const KnownOverMatch = z.object({ question: z.string().min(1), note: z.string().min(1) }).strict();

/** One cue: regular-expression sources (alternatives), and examples it must and must not match. */
const CueEntry = z
  .object({
    help: z.string().min(1),
    patterns: z.array(z.string().min(1)).min(1),
    shouldMatch: z.array(z.string().min(1)).min(3),
    mustNotMatch: z.array(z.string().min(1)).min(3),
    knownOverMatches: z.array(KnownOverMatch).optional(),
    /** What stands in this cue's gaps is phrasing (听他们在茶馆里说: who said it), not a thing the question names. */
    phrasingGaps: z.boolean().optional(),
    /** Read only on the text between two stated figures (加, 等于, 多出 of 252减218等于34): no word of the question on its own. */
    betweenFigures: z.boolean().optional(),
  })
  .strict();
export type CueEntry = z.infer<typeof CueEntry>;

/** A cue file: cues by name, and a `$comment`. */
export const CueFile = z.record(z.string(), z.union([CueEntry, z.string()]));

type NamesOf<F> = Exclude<keyof F, '$comment'>;
/** Every cue name of data/cues/ (a name the code uses and the data lacks fails the type check). */
export type CueName = { [K in keyof typeof CUE_FILES]: NamesOf<(typeof CUE_FILES)[K]> }[keyof typeof CUE_FILES];

/** A cue's sources as one regular expression: the alternatives of a single alternation, no flags. */
function compileEntry(name: string, entry: CueEntry): RegExp {
  try {
    return new RegExp(entry.patterns.map((p) => `(?:${p})`).join('|'));
  } catch (err) {
    throw new Error(`cue ${name}: ${(err as Error).message}`);
  }
}

/** Every cue of one file with its examples. */
export function cueEntries(file: unknown): Array<[string, CueEntry]> {
  return Object.entries(CueFile.parse(file)).flatMap(([k, v]) => (typeof v === 'string' ? [] : [[k, v] as [string, CueEntry]]));
}

/** Every cue of several files (name → file and entry); a name in two files is an error. */
export function cueIndex(files: Record<string, unknown> = CUE_FILES): Map<string, { file: string; entry: CueEntry }> {
  const index = new Map<string, { file: string; entry: CueEntry }>();
  for (const [file, content] of Object.entries(files)) {
    for (const [name, entry] of cueEntries(content)) {
      const first = index.get(name);
      if (first) throw new Error(`cue ${name} is in both data/cues/${first.file}.json and data/cues/${file}.json`);
      index.set(name, { file, entry });
    }
  }
  return index;
}

/** The cues of several files as compiled regular expressions, validated once at load. */
export function compileCueFiles(files: Record<string, unknown> = CUE_FILES): Record<string, RegExp> {
  return Object.fromEntries([...cueIndex(files)].map(([name, { entry }]) => [name, compileEntry(name, entry)]));
}

/** Every cue of data/cues/, compiled. */
export const DATA_CUES = compileCueFiles(CUE_FILES) as Readonly<Record<CueName, RegExp>>;

/** The cues whose gaps hold phrasing, not words of the question's own (see CueEntry.phrasingGaps). */
/** Cues read only between stated figures (see `betweenFigures`): they explain no word of a question's residue. */
export const BETWEEN_FIGURES_CUES: ReadonlySet<string> = new Set([...cueIndex()].filter(([, { entry }]) => entry.betweenFigures).map(([name]) => name));
export const PHRASING_GAP_CUES: ReadonlySet<string> = new Set([...cueIndex()].filter(([, { entry }]) => entry.phrasingGaps).map(([name]) => name));

/** The pattern sources of one cue (each alternative on its own). */
export function cuePatterns(name: string): string[] {
  const found = cueIndex().get(name);
  if (!found) throw new Error(`no cue ${name} in data/cues/`);
  return found.entry.patterns;
}
