import file from '../../data/fillers.json' with { type: 'json' };
import { CUES } from './intent-cues.js';
import { BETWEEN_FIGURES_CUES, PHRASING_GAP_CUES } from './cue-data.js';

/** Filler words, longest first (so 为什么 goes before 什么, 有没有 before 有). */
const FILLERS = [...new Set(file.words)].sort((a, b) => b.length - a.length);

export const RESIDUE_EXAMPLES = file.examples;

/** Names longest first, sorted once per list (a document's unit names are one list for all its questions). */
const SORTED = new WeakMap<readonly string[], readonly string[]>();
function longestFirst(names: readonly string[]): readonly string[] {
  let sorted = SORTED.get(names);
  if (!sorted) SORTED.set(names, (sorted = [...names].sort((a, b) => b.length - a.length)));
  return sorted;
}

/**
 * Every cue as a global pattern, compiled once (the cues are fixed when the module loads) — except cues whose words
 * name what the document does not hold (离退休, retirees), and the bare money nouns (钱 of 折成块钱), which are part of the
 * phrase they stand in: those stay in the residue, to be named back or read whole. Cues read only between stated figures
 * (加, 等于) explain nothing on their own.
 */
const NAMING_CUES = new Set(['staffUnlisted', 'moneyNoun']);
const KEPT_CUES = Object.entries(CUES).filter(([name]) => !NAMING_CUES.has(name) && !BETWEEN_FIGURES_CUES.has(name));
const CUE_WORDS = KEPT_CUES.map(([, re]) => new RegExp(re.source, 'g'));

/**
 * A cue's gap — any characters but a break, so many of them (有没有…项目) — is not the cue's word: what stands in it is
 * the question's own (有没得民兵方面的经费项目 names 民兵). Each gap becomes a named group, so its span can be left unblanked.
 */
const GAP = /\[\^[^\]]*\]\{\d*,\d+\}\??|\.\{\d*,\d+\}\??|\.\*\??|\.\+\??/g;
const CUE_GAPS = KEPT_CUES.map(([name, re]) => {
  let n = 0;
  const withGaps = PHRASING_GAP_CUES.has(name) ? new RegExp(re.source, 'gd') : new RegExp(re.source.replace(GAP, (g) => `(?<g${n++}>${g})`), 'gd');
  // (Tested first without match indices, which are dear: most cues match no question.)
  return { any: new RegExp(re.source), withGaps };
});

/** Blank every cue's words in `text` — each cue read on the whole question — leaving what stands only in their gaps. */
function withoutCueWords(text: string): string {
  const units = text.split('');
  for (const { any, withGaps } of CUE_GAPS) {
    if (!any.test(text)) continue;
    for (const m of text.matchAll(withGaps)) {
      const keep = Object.values(m.indices?.groups ?? {}).filter((x): x is [number, number] => !!x);
      for (let i = m.index; i < m.index + m[0].length; i++) if (!keep.some(([s, e]) => i >= s && i < e)) units[i] = ' ';
    }
  }
  return units.join('');
}

const ENGLISH_FILLERS = new RegExp(`(?<![a-z'])(?:${[...new Set(file.englishWords)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![a-z'])`, 'g');

/** The English words of a question that no cue or filler word explains (for "how much?" / "and last year?"). Pure. */
export function englishResidue(text: string): string[] {
  let t = text;
  for (const re of CUE_WORDS) t = t.replace(re, (m) => ' '.repeat(m.length));
  return t.replace(ENGLISH_FILLERS, ' ').match(/[a-z]{2,}/g) ?? [];
}

/**
 * What a question names that nothing else explains: the question with its matched spans (items, units, names),
 * every cue's words, numbers and years, and the filler words removed; the runs of two or more Chinese characters
 * left. With `keepFillers`, the filler words stay: the runs nothing names (食堂有没有专门的). With `within`, only that span
 * is read and cue words are not removed (the words inside one cue's span). Pure.
 */
export function residueOf(text: string, explained: ReadonlyArray<{ start: number; end: number }>, names: readonly string[] = [], minLength = 2, keepFillers = false, within?: { start: number; end: number }): string[] {
  const chars = [...text];
  const blank = (s: number, e: number) => {
    for (let i = s; i < e && i < chars.length; i++) chars[i] = ' ';
  };
  for (const m of explained) blank(m.start, m.end);
  // (Within one cue's span — 有没有办公家具采购项目 — the words the cue's gap spans are read, not blanked with the cue.)
  if (within) {
    blank(0, within.start);
    blank(within.end, chars.length);
  }
  let t = chars.join('');
  for (const n of longestFirst(names)) if (n.length >= 2 && t.includes(n)) t = t.split(n).join(' '.repeat(n.length));
  // (12345热线, 110指挥中心: digits run into a word name a thing — kept whole, whatever cue its word also is.)
  const numberNamed = [...t.matchAll(NUMBER_NAMED)].map((m) => m[0]);
  // Only Chinese runs are kept, and blanking never makes one: with none left, nothing is (most English questions).
  if (!/[\u4e00-\u9fff]/.test(t)) return [];
  if (!within) t = withoutCueWords(t);
  t = t.replace(/\d+(?:\.\d+)?\s*(?:万元|万|元|%|年|月|人|辆|个)?/g, (m) => ' '.repeat(m.length));
  // Counting words (四类, 三项, 两者, 哪一类) say how many, not what.
  t = t.replace(/[一二两三四五六七八九十几各每哪]+[类项个种者笔块部分]/g, (m) => ' '.repeat(m.length));
  if (!keepFillers) for (const w of FILLERS) if (t.includes(w)) t = t.split(w).join(' '.repeat(w.length));
  const runs = (t.match(/[\u4e00-\u9fff]+/g) ?? []).filter((r) => r.length >= minLength);
  return numberNamed.length ? [...numberNamed, ...runs.filter((r) => !numberNamed.some((n) => n.endsWith(r)))] : runs;
}

/** Digits that name a thing when a word follows them straight away (12345 of 12345热线): three or more, not a decimal. */
const NAMING_DIGITS = '(?<![\\d.-])\\d{3,}';
/** Those digits (not an amount, a year or a count) run into two or more Chinese characters, up to a word that asks or names money. */
const NUMBER_NAMED = new RegExp(`${NAMING_DIGITS}(?![\\d.]|\\s|[万元年月日人辆个台部项次块亿千百多余号])[\\u4e00-\\u9fff]{2,}?(?=的|是|有|吗|呢|嘛|多少|好多|运行|经费|费用|项目|资金|预算|支出|[^\\u4e00-\\u9fff]|$)`, 'g');
const ENDS_IN_NAMING_DIGITS = new RegExp(`${NAMING_DIGITS}$`);

/** Whether the text before a word ends in digits that make the word part of a name (政务服务中心管12345|热线吗). Pure. */
export function endsInNamingDigits(before: string): boolean {
  return ENDS_IN_NAMING_DIGITS.test(before);
}
