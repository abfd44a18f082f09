import type { Span } from '../domain/types.js';

/** A year-over-year change as the text states it. */
export interface ChangeInfo {
  /** Signed amount, when stated as an amount (增加0万元 → "0"). */
  value?: string;
  /** Signed growth rate in percent, when stated as a rate. */
  percent?: string;
  /** A stated comparison that is not a number (新增单位无上年预算). */
  note?: string;
  span: Span;
}

const UP = '增加|增长|上升|提高|增';
const DOWN = '减少|下降|降低|减';
const COMPARE = String.raw`(?:较|比|同比|相比)\s*(?:去年|上年度?|上一年度?|\d{4}\s*年?度?)?(?:预算数?|同期)?`;
const CHANGE_LABEL = new RegExp(String.raw`^(.*?)${COMPARE}\s*(?:相比)?\s*((?:${UP}|${DOWN})+)\s*$`);
const BARE_CHANGE = new RegExp(String.raw`^((?:${UP}|${DOWN})+)$`);
const TOTAL_SUBJECT = /^(?:部门|单位)?(?:收入|支出)(?:预算)?(?:总额|总计|合计|数)?$/;

export interface ChangeLabel {
  sign: 1 | -1;
  subjectIsTotal: boolean;
  ambiguous: boolean;
  /** Only the direction word (增长), continuing the change just stated. */
  bare: boolean;
}

/** Is this label a change phrase (比2025年增加, 收入较去年减少, 增长)? Returns its direction and subject. */
export function readChangeLabel(label: string): ChangeLabel | undefined {
  const full = CHANGE_LABEL.exec(label);
  const m = full ?? BARE_CHANGE.exec(label);
  if (!m) return undefined;
  const subject = m.length > 2 ? m[1]!.trim() : '';
  const words = m.length > 2 ? m[2]! : m[1]!;
  const hasUp = new RegExp(UP).test(words);
  const hasDown = new RegExp(DOWN).test(words);
  // With both words (an editing slip like 增加减少), the last one written wins.
  const lastDown = Math.max(...DOWN.split('|').map((w) => words.lastIndexOf(w)));
  const lastUp = Math.max(...UP.split('|').map((w) => words.lastIndexOf(w)));
  return {
    sign: lastDown > lastUp ? -1 : 1,
    subjectIsTotal: TOTAL_SUBJECT.test(subject),
    ambiguous: hasUp && hasDown,
    bare: !full,
  };
}

const FLAT = /(?:与|和|同|较|比)\s*(?:去年|上年度?|上一年度?|\d{4}\s*年?度?)(?:预算数?)?\s*(?:相比)?\s*(?:基本)?(?:持平|保持一致|一致|相同|无变化|没有变化)/;
const NEW_UNIT = /新增单位[^,;。]*|无上年(?:预算|数据|数)[^,;。]*/;

/** A change stated in words within `[from, to)`: 与上年持平 → 0; 新增单位无上年预算 → a note. */
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
