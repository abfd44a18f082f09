import { Decimal } from 'decimal.js';
import { z } from 'zod';
import file from '../../data/assertions.json' with { type: 'json' };
import { CUES } from './intent-cues.js';
import { chineseToDecimal } from './numbers-in-text.js';
import { statedAmounts } from './stated-amounts.js';

/** What a question asserts, to be checked against the document (三公经费是3000万元吧, 公务接待费增加了对吧). */
export interface Assertion {
  /** Figures the user states, as decimal strings (money in 万元: 三千万元 → 3000). */
  amounts: string[];
  /** Each figure's unit as said: 万元 (also for a bare number), or a count — 人, 个, 辆. */
  amountUnits?: string[];
  /** Where each figure stands in the question (to tell which item or headcount it is said of). */
  amountsAt?: number[];
  /** For a figure stated as an approximation (三千多万, 好几百万): the range it claims, [min, max). */
  approx?: Array<{ min: string; max: string } | undefined>;
  /** What each figure is said of: the item key or `staff.<kind>` named last before it, when any. */
  about?: Array<string | undefined>;
  /** Rates the user states (增长了40.9%). */
  percents: string[];
  /** Rates stated in tenths (涨了一成多 → [10, 20), 两成左右 → [15, 25]): ranges of percent. */
  percentRanges?: Array<{ min: string; max: string }>;
  /** A direction of change the user states ('flat': 没减少, 跟去年一样). */
  direction?: 'up' | 'down' | 'flat';
  /** The change claimed as a multiple (翻倍, 一倍多, 腰斩): a rate of change, checked as one. */
  multiple?: boolean;
  /** "有X吧": that the item exists (is not zero). */
  exists?: boolean;
  /** "一分钱都没有安排吧" / "nothing at all is budgeted": that the item is zero. */
  none?: boolean;
  /** "主要是买货物的吧" / "mostly goods": the named part is the largest. */
  mostly?: string;
  /** "全部都是服务类吧" / "all services": the named part is the whole (every other part zero). */
  all?: boolean;
}

const Words = z.object({
  confirm: z.array(z.string()),
  asking: z.array(z.string()),
  exists: z.array(z.string()),
  none: z.array(z.string()),
  mostly: z.array(z.string()),
  all: z.array(z.string()),
  examples: z.object({ asserts: z.array(z.string()), asks: z.array(z.string()) }),
  changeWords: z.object({
    $comment: z.string(),
    bothWays: z.array(z.string().min(1)),
    flat: z.array(z.string().min(1)),
    multiples: z.array(z.object({ pattern: z.string().min(1), min: z.string(), max: z.string() })),
    examples: z.object({ bothWays: z.array(z.string()), flat: z.array(z.string()), multiples: z.array(z.tuple([z.string(), z.string()])) }),
  }),
  broadReasonWords: z.object({
    $comment: z.string(),
    words: z.array(z.string().min(2)),
    examples: z.array(z.tuple([z.string(), z.string(), z.boolean()])),
  }),
  reasonParaphrases: z.object({
    $comment: z.string(),
    groups: z.array(z.array(z.string().min(1)).min(2)),
    examples: z.object({ agree: z.array(z.tuple([z.string(), z.string()])), differ: z.array(z.tuple([z.string(), z.string()])) }),
  }),
});
const words = Words.parse(file);
const any = (list: string[]) => new RegExp(list.map((p) => `(?:${p})`).join('|'));
const CONFIRM = any(words.confirm);
/** Whether a normalised question ends or turns as a claim to confirm (对吧, 是吧, 是X的哦, right?). */
export const confirming = (text: string): boolean => CONFIRM.test(text);
const ASKING = any(words.asking);
const EXISTS = any(words.exists);
const NONE = any(words.none);
const MOSTLY = words.mostly.map((p) => new RegExp(p));
const ALL = any(words.all);
const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;

export const ASSERTION_EXAMPLES = words.examples;
export const CHANGE_WORD_EXAMPLES = words.changeWords.examples;
/** Words naming both directions at once claim neither (data/assertions.json changeWords.bothWays). */
const BOTH_WAYS = new RegExp(words.changeWords.bothWays.map((p) => `(?:${p})`).join('|'), 'g');
/** A change denied or the same as last year: no change claimed (changeWords.flat). */
const FLAT = any(words.changeWords.flat);
/** Changes claimed as multiples, as ranges of percent (changeWords.multiples), each with the direction it claims. */
const MULTIPLES = words.changeWords.multiples.map((m) => ({ re: new RegExp(m.pattern), range: { min: m.min, max: m.max }, direction: m.max.startsWith('-') ? ('down' as const) : ('up' as const) }));
export const PARAPHRASE_EXAMPLES = words.reasonParaphrases.examples;

/**
 * Whether a claimed reason says the stated one in other words (要过紧日子 of 厉行节约): one group of data/assertions.json
 * holds a word of each. Pure.
 */
export function paraphrasesReason(claim: string, reason: string): boolean {
  const c = claim.toLowerCase();
  const r = reason.toLowerCase();
  return words.reasonParaphrases.groups.some((g) => g.some((w) => c.includes(w.toLowerCase())) && g.some((w) => r.includes(w.toLowerCase())));
}

/** Whether a clause asks or asserts something (多少, 为什么, 吗, 吧, 呢, a question mark), rather than only setting the scene. */
export function asksSomething(clause: string): boolean {
  return ASKING.test(clause) || CONFIRM.test(clause) || /[?？]\s*$|呢[,?!。]?\s*$/.test(clause);
}

/**
 * The assertion a normalised question makes, when it makes one: a confirming tail, or a figure or direction stated
 * with no question word. Years are not figures. Pure.
 */
/** The direction word right before a stated figure (减少584.81万元), when the question says both. */
function directionBeforeFigure(text: string, stated: ReadonlyArray<{ start: number }>): 'up' | 'down' | undefined {
  for (const a of stated) {
    // ("变动填的是+185.04": a sign written on the figure, not a hyphen between figures — 2025-2026.)
    const sign = text[a.start - 1];
    if (sign && /[+＋\-−]/.test(sign) && !/[\da-z]/.test(text[a.start - 2] ?? '')) return /[+＋]/.test(sign) ? 'up' : 'down';
    const said = oneDirection(text.slice(Math.max(0, a.start - 4), a.start));
    if (said) return said;
  }
  return undefined;
}

/** The text with both-way and asking words blanked, for reading a claimed direction. Pure. */
export const withoutBothWays = (text: string) => text.replace(BOTH_WAYS, ' ');

/** The one direction a text names (涨 without 降, or 降 without 涨), if it names one. Pure. */
export function oneDirection(text: string): 'up' | 'down' | undefined {
  const up = CUES.up.test(text);
  const down = CUES.down.test(text);
  return up && !down ? 'up' : down && !up ? 'down' : undefined;
}

/** The words of a misreading right before a figure (念成了, 当成): see CUES.mistakenFor. */
const MISREAD_BEFORE = new RegExp(`(?:${CUES.mistakenFor.source})了?\\s*$`);

export function assertionIn(text: string): Assertion | undefined {
  // (A date of the fleet — 截至2025年底 — and the unit the figures are written in — "252 in units of 10,000" — claim nothing.)
  const plain = text.replace(/截至[^,，。?]{0,12}(?:底|末)|\b(?:in )?units? of (?:10,000|10000|ten thousand)(?: yuan)?\b|\b(?:10,000|10000|10k)[- ]yuan units?\b/g, (m) => ' '.repeat(m.length));
  // (一个 before a thing — 给一个客户做简报 — is the article "a", no figure claimed: only 一个人, 一个亿 count.)
  // ("邻居念成了252亿": a figure said right after the words of a misreading is the misreading, not a claim.)
  const stated = statedAmounts(plain).filter((a) => !(a.unit === '个' && a.value === '1' && plain.slice(a.start, a.end) === '一个' && !/^[人亿万]/.test(plain.slice(a.end))) && !MISREAD_BEFORE.test(plain.slice(Math.max(0, a.start - 8), a.start)));
  const amounts = stated.map((a) => a.value);
  // (百分之三点四八 is 3.48%, as a rate claimed.)
  const percents = [...[...plain.matchAll(PERCENT)].map((m) => m[1]!), ...[...plain.matchAll(/百分之([零〇一二两三四五六七八九十点]+)/g)].map((m) => chineseToDecimal(m[1]!)).filter((v): v is string => !!v)];
  // ("约三成" / "三成左右": about three tenths — within half a tenth either way.)
  const tenths = [...plain.matchAll(/([一二两三四五六七八九])成(多|左右)?/g)].map((m) => {
    const n = '一二三四五六七八九'.indexOf(m[1] === '两' ? '二' : m[1]!) + 1;
    const about = m[2] === '左右' || CUES.roughlyBefore.test(plain.slice(Math.max(0, m.index! - 14), m.index!));
    return m[2] === '多' ? { min: String(n * 10), max: String(n * 10 + 10) } : about ? { min: String(n * 10 - 5), max: String(n * 10 + 5) } : { min: String(n * 10 - 0.5), max: String(n * 10 + 0.5) };
  });
  // ("增长约12.5%": a rate said to be about so much is that rate rounded — half its last place either way.)
  for (const m of plain.matchAll(PERCENT)) {
    const roughly = CUES.roughlyBefore.test(plain.slice(Math.max(0, m.index! - 14), m.index!)) || /^\s*左右/.test(plain.slice(m.index! + m[0].length));
    if (!roughly) continue;
    const half = new Decimal(10).pow(-(m[1]!.split('.')[1]?.length ?? 0)).div(2);
    tenths.push({ min: new Decimal(m[1]!).minus(half).toFixed(), max: new Decimal(m[1]!).plus(half).toFixed() });
  }
  // "翻倍", "一倍多", "腰斩": the change claimed as a multiple of last year's figure — a range of rates.
  const multiple = MULTIPLES.find((m) => m.re.test(text));
  if (multiple) tenths.push(multiple.range);
  // "不是没减少嘛", "跟去年一样": no change claimed — the words of a direction it negates are no direction.
  const flat = FLAT.test(text);
  const said = multiple?.direction ?? oneDirection(withoutBothWays(text).replace(new RegExp(FLAT.source, 'g'), ' '));
  // ("比去年减少584.81万元，…是增加还是减少": both words said — the one standing right before a figure is the one claimed.)
  const direction = said ?? (flat ? 'flat' : directionBeforeFigure(plain, stated));
  const confirms = confirming(text);
  const statement = !ASKING.test(text);
  const exists = EXISTS.test(text) && amounts.length === 0 && !direction;
  const none = NONE.test(text) && amounts.length === 0 && !direction;
  // (一分钱都没有吧 says it is zero, not that 没有 is the largest part.)
  const mostly = MOSTLY.map((re) => re.exec(text)?.[1]).find((x) => !!x && !/^没/.test(x));
  // ("有人讲政府采购全部是买东西": a statement that one part is all or most of it is a claim too.)
  if (!confirms && !(statement && (amounts.length || percents.length || tenths.length || direction || mostly))) return undefined;
  if (!amounts.length && !percents.length && !tenths.length && !direction && !exists && !none && !mostly) return undefined;
  const approx = stated.some((a) => a.approx) ? { approx: stated.map((a) => a.approx) } : {};
  return { amounts, ...(amounts.length ? { amountsAt: stated.map((a) => a.start), amountUnits: stated.map((a) => a.unit), ...approx } : {}), percents, ...(tenths.length ? { percentRanges: tenths } : {}), ...(multiple ? { multiple: true } : {}), ...(direction ? { direction } : {}), ...(exists ? { exists } : {}), ...(none ? { none } : {}), ...(mostly ? { mostly } : {}), ...(mostly && ALL.test(text) ? { all: true } : {}) };
}

/** Words too broad to make a claimed reason the stated one on their own (data/assertions.json broadReasonWords). */
export const BROAD_REASON_WORDS = new Set(words.broadReasonWords.words);
export const BROAD_REASON_EXAMPLES = words.broadReasonWords.examples;
