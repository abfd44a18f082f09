import * as OpenCC from 'opencc-js';
import type { Lang } from '../domain/answer.js';

/** Traditional → simplified, built once per process (about 20 ms); conversion is ~0.03 ms per question. */
let toSimplified: ((s: string) => string) | undefined;

/**
 * One question is normalised several times on its way through the engine (routing, understanding, projects, …),
 * and a document's own names with it: the last few results are kept (a pure function, so only time is saved).
 */
const RECENT = 16;
const recent = new Map<string, string>();

/**
 * Normalise a question for matching: traditional → simplified characters, full-width → ASCII digits and
 * letters, Chinese punctuation folded, white space removed between Chinese characters, lower case.
 */
export function normalizeQuestion(raw: string): string {
  let s = recent.get(raw);
  if (s === undefined) {
    s = normalize(raw);
    recent.set(raw, s);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  return s;
}

function normalize(raw: string): string {
  const convert = (toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  let s = convert(raw.normalize('NFKC'));
  s = s
    .replace(/[，、]/g, ',')
    .replace(/[？]/g, '?')
    .replace(/[！]/g, '!')
    .replace(/[：]/g, ':')
    .replace(/[；]/g, ';')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[“”"]/g, '"')
    .replace(/\s*&\s*/g, ' and ')
    .toLowerCase();
  // Spaces between CJK characters (or CJK and digits) carry no meaning: "公务 接待费" → "公务接待费".
  s = s.replace(/(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff\d])/g, '');
  return s.replace(/\s+/g, ' ').trim();
}

/** English when the question has Latin words and (almost) no Chinese characters. */
export function detectLang(raw: string): Lang {
  const cjk = (raw.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (raw.match(/[A-Za-z]{2,}/g) ?? []).length;
  return latin >= 2 && cjk <= 4 ? 'en' : 'zh';
}
