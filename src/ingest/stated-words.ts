import type { FactUnit } from '../domain/types.js';
import rules from '../../data/parser/stated-in-words.json' with { type: 'json' };

/** Where in the template a statement may stand (see data/parser/stated-in-words.json). */
export type WordsScope = 'basic' | 'overview.income' | 'fiscal' | 'sangong' | 'other';

/** A figure a text may state in words: its fact key, unit, and the pattern of the words (normalised text). */
export interface WordsStatement {
  key: string;
  in: WordsScope;
  unit: FactUnit;
  /** `0`: the words say there is none; `all`: the whole of the figure stated before it in the sentence. */
  value: '0' | 'all';
  /** Keep the 截至… date written before the words (vehicles held). A group in `pattern` is the span (为零 → 零). */
  dated: boolean;
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NONE = `(?:${[...rules.none].sort((a, b) => b.length - a.length).map(escape).join('|')})`;

export const STATEMENTS: WordsStatement[] = rules.statements.map((s) => ({
  key: s.key,
  in: s.in as WordsScope,
  unit: s.unit as FactUnit,
  value: s.value as '0' | 'all',
  dated: 'dated' in s && s.dated === true,
  // `d`: a group's place is kept, for the statements whose span is one character of them (…预算为零 → 零).
  pattern: new RegExp(s.says.replace('{none}', NONE), 'd'),
}));

const ZERO_WORDS = new RegExp(`^${NONE}`);

/** Do these words (a fact's span) say there is none — 无…, 不涉及…? The audit's re-reading of a zero in words. */
export function saysNone(words: string): boolean {
  return ZERO_WORDS.test(words.trim()) && !/\d/.test(words);
}

/** Do these words say "all of the figure before" (全部为一般公共预算拨款)? */
export function saysAll(words: string): boolean {
  return STATEMENTS.some((s) => s.value === 'all' && s.pattern.test(words) && !/\d/.test(words));
}
