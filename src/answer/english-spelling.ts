import fillers from '../../data/fillers.json' with { type: 'json' };
import { CUE_FILES, cueEntries } from './cue-data.js';
import { oneEditApart } from './fuzzy.js';

/**
 * English words mistyped by one slip ("How many vehicels will be purchsed?"), read as the word the vocabulary knows.
 * The vocabulary is every English word of the cue examples, the filler words and the lexicon's terms; a word of six
 * letters or more that is not in it becomes the one word of it, with the same first letter, one edit away
 * (a letter left out, added, changed, or two side by side swapped). No such word, or two of them: it stays as typed.
 */
const WORD = /[a-z]+/g;

const SHARED: ReadonlySet<string> = (() => {
  const words = new Set<string>(fillers.englishWords);
  for (const file of Object.values(CUE_FILES)) {
    for (const [, entry] of cueEntries(file)) for (const q of [...entry.shouldMatch, ...entry.mustNotMatch]) for (const w of q.toLowerCase().match(WORD) ?? []) words.add(w);
  }
  return words;
})();

export interface EnglishVocabulary {
  has(word: string): boolean;
  /** Words by first letter and length (where a slip's candidates are). */
  byStart: Map<string, string[]>;
}

/** The shared words and the English words of `terms` (a lexicon's), indexed by first letter and length. */
export function englishVocabulary(terms: Iterable<string>): EnglishVocabulary {
  const words = new Set(SHARED);
  for (const t of terms) for (const w of t.toLowerCase().match(WORD) ?? []) words.add(w);
  const byStart = new Map<string, string[]>();
  for (const w of words) {
    const key = `${w[0]}${w.length}`;
    byStart.set(key, [...(byStart.get(key) ?? []), w]);
  }
  return { has: (w) => words.has(w), byStart };
}

/** The text with each unknown English word of six letters or more read as its one known neighbour. Pure. */
export function correctSpelling(text: string, vocabulary: EnglishVocabulary): string {
  if (!/[a-z]{6,}/.test(text)) return text;
  return text.replace(/(?<![a-z])[a-z]{6,}(?![a-z])/g, (w) => {
    if (vocabulary.has(w)) return w;
    const near = [w.length - 1, w.length, w.length + 1].flatMap((n) => vocabulary.byStart.get(`${w[0]}${n}`) ?? []).filter((v) => oneSlipApart(w, v));
    return near.length === 1 ? near[0]! : w;
  });
}

/**
 * One letter left out, added or changed, or two neighbours swapped — inside the word: a difference in its last letter
 * is an ending (school / schools, visitor / visitors), not a slip.
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i >= Math.min(a.length, b.length) - 1) return false;
  // (A letter left out, added or changed is the lexicon's one edit; two neighbours swapped is the slip it lacks.)
  const swapped = a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped || oneEditApart(a, b);
}
