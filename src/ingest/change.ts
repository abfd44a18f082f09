import type { Span } from '../domain/types.js';
import words from '../../data/parser/change-words.json' with { type: 'json' };

/** A year-over-year change as the text states it. */
export interface ChangeInfo {
  /** Signed amount, when stated as an amount (增加0万元 → "0"). */
  value?: string;
  /** Signed growth rate in percent, when stated as a rate. */
  percent?: string;
  /** A stated comparison that is not a number (新增单位无上年预算). */
  note?: string;
  span: Span;
  /** Where the rate stands when both an amount and a rate are stated (增加12.4万元，增长2.8%): `span` is the amount's. */
  percentSpan?: Span;
}

// The vocabulary is data (data/parser/change-words.json, with its examples); this module only assembles patterns.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]) =>
  [...xs].sort((a, b) => b.length - a.length).map((x) => (x === '{year}' ? String.raw`\d{4}\s*年?度?` : escape(x))).join('|');

const UP = alt(words.up);
const DOWN = alt(words.down);
const BASE = `(?:${alt(words.bases)})`;
const QUALIFIER = `(?:${alt(words.qualifiers)})`;
/** 较上年预算数 / 比2025年 / 同比 … or 与上年相比 / 和去年比较. */
const AGAINST = String.raw`(?:(?:${alt(words.markers)})\s*${BASE}?\s*${QUALIFIER}?|(?:与|和|跟|同)\s*${BASE}\s*${QUALIFIER}?\s*(?:相比|比较)?)\s*(?:相比)?\s*`;
const CHANGE_LABEL = new RegExp(String.raw`^(.*?)${AGAINST}((?:${UP}|${DOWN})+)\s*$`);
const BARE_CHANGE = new RegExp(String.raw`^((?:${alt(words.bare)})+)$`);
const NEUTRAL_LABEL = new RegExp(String.raw`^(?:.*?${AGAINST})?(?:${alt(words.neutral)})$`);
const RATE_LABEL = new RegExp(String.raw`^(?:${AGAINST})?(?:(${alt(words.rates.up)})|(${alt(words.rates.down)})|(?:${alt(words.rates.neutral)}))$`);
const TOTAL_SUBJECT = /^(?:部门|单位)?(?:收入|支出)(?:预算)?(?:总额|总计|合计|数)?$/;

export interface ChangeLabel {
  /** 0: the words give no direction (增减变化, 幅度) — only a zero, or a rate continuing a signed change, is placed. */
  sign: 1 | -1 | 0;
  subjectIsTotal: boolean;
  ambiguous: boolean;
  /** Only the direction word (增长), continuing the change just stated. */
  bare: boolean;
  /** Nothing is written before the comparison (同比增长, 比上年减少): it speaks of the figure whose change was just stated. */
  subjectless: boolean;
  /** A rate noun (增幅, 降幅, 增长率): the figure is a percentage of the change just stated. */
  rate: boolean;
}

/** Is this label a change phrase (比2025年增加, 收入较去年减少, 增长, 增幅, 增减变化)? Returns its direction and subject. */
export function readChangeLabel(label: string): ChangeLabel | undefined {
  const rate = RATE_LABEL.exec(label);
  if (rate) return { sign: rate[1] ? 1 : rate[2] ? -1 : 0, subjectIsTotal: false, ambiguous: false, bare: true, subjectless: true, rate: true };
  const full = CHANGE_LABEL.exec(label);
  const m = full ?? BARE_CHANGE.exec(label);
  if (!m) {
    if (!NEUTRAL_LABEL.test(label)) return undefined;
    const bare = !/^.+?(?:较|比|与|和|跟|同)/.test(label);
    return { sign: 0, subjectIsTotal: false, ambiguous: false, bare, subjectless: bare, rate: false };
  }
  const subject = full ? m[1]!.trim() : '';
  const said = full ? m[2]! : m[1]!;
  // No word of one side holds a word of the other (减少 holds 少, both down), so each side is found by its own words.
  const up = new RegExp(UP).test(said);
  const down = new RegExp(DOWN).test(said);
  // With both directions written (an editing slip like 增加减少), the last one written wins.
  const lastAt = (list: readonly string[]) => Math.max(...list.map((w) => said.lastIndexOf(w)));
  return {
    sign: down && lastAt(words.down) > lastAt(words.up) ? -1 : up ? 1 : -1,
    subjectIsTotal: TOTAL_SUBJECT.test(subject),
    ambiguous: up && down,
    bare: !full,
    subjectless: subject === '',
    rate: false,
  };
}

const PRIOR_YEAR = new RegExp(String.raw`^(?:${alt(words.priorYear)})\s*${QUALIFIER}?$`);

/** Is this label last year's figure of the entry before it (上年预算为659.2万元 → 上年预算)? */
export function isPriorYearLabel(label: string): boolean {
  return PRIOR_YEAR.test(label);
}

const FLAT = new RegExp(
  String.raw`(?:(?:${alt(words.markers)}|与|和|跟|同)\s*${BASE}\s*${QUALIFIER}?\s*(?:相比|比较)?|同比)\s*,?\s*(?:${alt(words.flat)})`,
);
const NEW_UNIT = new RegExp(`(?:${alt(words.newUnit)})[^,;。]*`);

/** A change stated in words within `[from, to)`: 与上年持平 / 同比无变化 → 0; 新增单位无上年预算 → a note. */
export function findPhraseChange(norm: string, from: number, to: number): ChangeInfo | undefined {
  const window = norm.slice(from, to);
  const flat = FLAT.exec(window);
  if (flat) return { value: '0', span: { start: from + flat.index, end: from + flat.index + flat[0].length } };
  const fresh = NEW_UNIT.exec(window);
  if (fresh) {
    const span = { start: from + fresh.index, end: from + fresh.index + fresh[0].length };
    return { note: fresh[0], span };
  }
  return undefined;
}
