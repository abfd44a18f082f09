import type { FactUnit, Span } from '../domain/types.js';
import type { AmountToken } from './amounts.js';
import { sentenceAround } from './sentence.js';

/** A number written without a unit (…传媒支出12.4，…), with the unit of the list it stands in when that is clear. */
export interface BareNumber {
  span: Span;
  value: string;
  /** The unit the figures on both sides of it share in the same sentence (or the two on its one side, at a list's end). */
  unit?: FactUnit;
}

/** Digits standing alone between a label and a clause boundary: not a year (年), an ordinal (第), a list marker or a date. */
const BARE = /(?<![\d.,\-:/第])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!,\d{3})(?=\s*[,;、。\n])/g;
const LABEL_END = /[\u4e00-\u9fff)]\s*$/;
const NOT_A_LABEL_END = /(?:年|月|日|第|号|至)\s*$/;

/**
 * Every bare number in `[start, end)` of the normalised text, with the unit of its list when the figures around it
 * in the same sentence agree (amount tokens of unit % are not list members). Pure.
 */
export function findBareNumbers(norm: string, start: number, end: number, tokens: AmountToken[]): BareNumber[] {
  const out: BareNumber[] = [];
  BARE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = BARE.exec(norm)) !== null && m.index < end) {
    const s = m.index;
    const before = norm.slice(Math.max(start, s - 12), s);
    if (!LABEL_END.test(before) || NOT_A_LABEL_END.test(before)) continue;
    const span = { start: s, end: s + m[1]!.length };
    if (tokens.some((t) => t.full.start < span.end && span.start < t.full.end)) continue;
    const sentence = sentenceAround(norm, s, start, end);
    const members = tokens.filter((t) => t.unit !== '%' && t.full.start >= sentence.start && t.full.end <= sentence.end);
    const prev = members.filter((t) => t.full.end <= s);
    const next = members.filter((t) => t.span.start >= span.end);
    const [p1, p2, n1, n2] = [prev.at(-1), prev.at(-2), next[0], next[1]];
    // Both sides agree; or, at an end of the list, the two figures on its one side do.
    const agree = (a?: AmountToken, b?: AmountToken) => (a && b && a.unit === b.unit ? a.unit : undefined);
    const unit = p1 && n1 ? agree(p1, n1) : p1 ? agree(p1, p2) : agree(n1, n2);
    out.push({ span, value: m[1]!.replace(/,/g, ''), ...(unit ? { unit } : {}) });
  }
  return out.filter((b) => b.span.end <= end);
}
