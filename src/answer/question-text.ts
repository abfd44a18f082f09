import * as OpenCC from 'opencc-js/t2cn';
import type { Lang } from '../domain/answer.js';
import { memoize } from '../domain/lru-cache.js';
import dialect from '../../data/dialect.json' with { type: 'json' };
import { CUES } from './intent-cues.js';

/** Dialect words (data/dialect.json: Cantonese, Chongqing, chat spellings, speech-recognition slips), each rewritten to the Mandarin word the cues and the lexicon read. */
const DIALECT: Array<[RegExp, string]> = [...dialect.cantonese, ...dialect.chongqing, ...dialect.internet, ...dialect.speech].map(([from, to]) => [new RegExp(from!, 'giu'), to!]);

/** Traditional → simplified, built once per process (about 20 ms); conversion is ~0.03 ms per question. */
let toSimplified: ((s: string) => string) | undefined;

const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * Normalise a question for matching: traditional → simplified characters, full-width → ASCII digits and
 * letters, Chinese punctuation folded, white space removed between Chinese characters, lower case. One question is
 * normalised several times on its way through the engine: the last few results are kept (a pure function).
 */
/** Words that put what follows inside what precedes (三公经费里购置费, 机关运行经费其中差旅费): a regular-expression source. */
export const INSIDE_WORDS = '(?:里面|里头|当中|之中|其中|里|中)';

export const normalizeQuestion: (raw: string) => string = memoize((raw) => normalize(raw), 16);

function normalize(raw: string): string {
  const convert = (toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  let s = convert(raw.normalize('NFKC'));
  for (const [from, to] of DIALECT) s = s.replace(from, to);
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
  // A year written in characters is a year: 二〇二五年 → 2025年.
  s = s.replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (y: string) => [...y].map((c) => YEAR_DIGITS[c]).join(''));
  // A space after a question's last word ends it, as typed in chat: "总的多少钱嘛 换成亿是好多 还有三公经费…".
  s = s.replace(/(?<=[嘛吗呢啊哦呀吧]|多少|好多|几多|级别|规格|性质|几辆|是谁)\s+(?=[\u4e00-\u9fff])/g, ',');
  // Spaces between CJK characters (or CJK and digits) carry no meaning: "公务 接待费" → "公务接待费".
  s = s.replace(/(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff\d])/g, '');
  // British spellings of the words names are made of: centre → center, programme → program.
  s = s.replace(/\bcentres?\b/g, (m: string) => m.replace('centre', 'center')).replace(/\bprogrammes?\b/g, (m: string) => m.replace('programme', 'program'));
  // "8,870.03" and "3,673,500元" are one figure each: a comma between groups of three digits separates thousands.
  s = s.replace(/(?<=\d),(?=\d{3}(?:\D|$))/g, '');
  // "22 percent" is 22% as a figure (percent after a number; "what percent" stays a word).
  s = s.replace(/(?<=\d)\s*(?:percent|per cent|pct)\b/g, '%');
  // ("the total 2026 budget": a year between a word and the noun it goes with moves after them — the total budget in 2026.)
  s = s.replace(/\b(total|overall|whole|entire|general) ((?:19|20)\d{2}) (budget|expenditure|spending|income|revenue)\b/g, '$1 $3 in $2');
  // "78.6w" is 78.6万 as typed in chat (w for 万), beside Chinese words only.
  if (/[\u4e00-\u9fff]/.test(s)) s = s.replace(/(?<=\d)\s?w(?![a-z])/g, '万');
  return s.replace(/\s+/g, ' ').trim();
}

/** English when the question has Latin words and (almost) no Chinese characters. */
export function detectLang(raw: string): Lang {
  const cjk = (raw.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (raw.match(/[A-Za-z]{2,}/g) ?? []).length;
  // (One English word and nothing else — "Why?" — is English too; so is an English sentence around one Chinese name:
  // "How many contract staff does the 机关事务服务中心 employ?", "What's the 机关运行经费?")
  // (A Chinese run that asks — 外宾接待这块有多少预算 — is a Chinese question with an English gloss before it.)
  const runs = raw.match(/[\u4e00-\u9fff]+/g) ?? [];
  const cjkRuns = runs.length;
  const asksInChinese = runs.some((r) => CUES.askingWord.test(r) || /[是的]/.test(r));
  const englishAround = cjkRuns === 1 && (latin >= 4 || (latin >= 2 && /^[A-Za-z]/.test(raw.trim()) && !asksInChinese));
  return (latin >= 2 && cjk <= 4) || (latin >= 1 && cjk === 0) || englishAround ? 'en' : 'zh';
}

/**
 * English coordination read out: "the basic and project expenditures" → "the basic expenditures and project
 * expenditures", so each item is named whole. Pure.
 */
export function expandCoordination(text: string): string {
  // ("car purchase and maintenance" is car purchase and car maintenance: the head noun before, shared.)
  return text
    .replace(/\b([a-z]+) and ([a-z]+) (expenditures?|spending|costs?|budgets?|expenses?|fees?)\b/g, '$1 $3 and $2 $3')
    .replace(/\b(car|vehicle)s? (purchases?|maintenance|operation|running|upkeep) (and|plus|&) (purchases?|maintenance|operation|running|upkeep)\b/g, '$1 $2 $3 $1 $4')
    // ("the vehicle purchase cost and the maintenance cost": the head said once, before the first of two costs.)
    // (Operation and maintenance is one cost, 运行维护费: only a purchase beside a running cost is two.)
    .replace(/\b(car|vehicle)s?(?:\s*[-—–:]+\s*|\s)(purchases?|maintenance|operation|running|upkeep)( costs?| budgets?| expenses?| spending| fees?)? (and|plus|&) (the )?(purchases?|maintenance|operation|running|upkeep)\b/g, (all, head, a, cost, and, the, b) =>
      /purchase/.test(a) === /purchase/.test(b) ? all : `${head} ${a}${cost ?? ''} ${and} ${the ?? ''}${head} ${b}`);
}

/**
 * What the asker took back: "去年买了几辆车？不是说有好多辆，是说买了几辆" drops the clause said not to be the question;
 * "不对不对，我是问机关运行经费" / "sorry, I meant the purchase budget" keeps what follows the correction. Pure.
 */
export function withoutRetracted(text: string): string {
  const corrected = CUES.retracted.exec(text);
  if (corrected && corrected.index + corrected[0].length < text.length) return text.slice(corrected.index + corrected[0].length);
  // ("…主题是钱到底花在哪儿，编导说先从大头讲起，所以我想先确认一下，项目支出今年到底是多少": after a long preamble, the
  // words that turn to the question; the topic before them asks nothing.)
  const turned = CUES.questionStarts.exec(text);
  const asked = turned ? text.slice(turned.index + turned[0].length) : '';
  // (A preamble that reports a claim heard — 网上有人说一年光请客就要花几百万 — stays: the claim is what is to be settled.)
  if (turned && turned.index >= 15 && CUES.askingWord.test(asked) && !CUES.hearsay.test(text.slice(0, turned.index))) return asked;
  // (After a question, "不是说X，是说Y" only restates it: both go. Alone, Y is the question.)
  const restated = /^(.+?[?？,，。])\s*不是(?:说|问)[^,，?？。]*[,，]\s*(?:而)?是(?:说|问)[^?？。]*[?？。]?$/.exec(text);
  if (restated) return restated[1]!;
  return text.replace(/不是(?:说|问)[^,，?？。]*[,，]\s*(?=(?:而)?是(?:说|问))/g, '');
}

/** A year written as four digits (2025, 2025年): not money with decimals or a unit (2036.77万, 2000万元, 2000多). */
const YEAR_FIGURE = /(?<![\d.])(20\d{2})(?!\d|\.\d|\s*(?:万|亿|元|块|多|出头|左右))/g;

/** The years a normalised question names, in order. Pure. */
export function yearsNamed(text: string): number[] {
  return [...text.matchAll(YEAR_FIGURE)].map((m) => Number(m[1]));
}
