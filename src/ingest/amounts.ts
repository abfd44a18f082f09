import type { FactUnit, Span } from '../domain/types.js';
import { fromCharacters } from './numerals.js';
import { saysNone } from './stated-words.js';

/** A number with its unit as it stands in the text: `11491.61万元`, `3,009.40 万元`, `14辆`, `12.5%`. */
export interface AmountToken {
  /** Span of the digits only. */
  span: Span;
  /** Span of digits through the unit. */
  full: Span;
  /** Decimal string with thousands separators removed. */
  value: string;
  unit: FactUnit;
  /** The source wrote no unit; `unit` is the one the figures around it in its list carry. */
  unitInferred?: boolean;
}

const AMOUNT_RE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(万元|亿元|元|辆|人|名|个|%)/g;

const UNIT_ALIASES: Record<string, FactUnit> = { 名: '人' };

/** Every amount token in `norm` (the normalised text) within `[start, end)`. */
export function findAmounts(norm: string, start = 0, end = norm.length): AmountToken[] {
  const out: AmountToken[] = [];
  AMOUNT_RE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT_RE.exec(norm)) !== null && m.index < end) {
    const digits = m[1]!;
    const rawUnit = m[2]!;
    const s = m.index;
    out.push({
      span: { start: s, end: s + digits.length },
      full: { start: s, end: s + m[0].length },
      value: digits.replace(/,/g, ''),
      unit: UNIT_ALIASES[rawUnit] ?? (rawUnit as FactUnit),
    });
  }
  return out.filter((t) => t.full.end <= end);
}

/**
 * Read a number back from a span of the original text (the audit's re-read): digits (full-width too, thousands
 * separators dropped), a count in characters (三 → 3), or words that say there is none (无…, 不涉及…) → 0.
 */
export function readNumber(spanText: string): string | undefined {
  const t = spanText.trim();
  if (saysNone(t)) return '0';
  const chars = fromCharacters(t);
  if (chars !== undefined) return chars;
  const folded = t.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '');
  return /^-?\d+(?:\.\d+)?$/.test(folded) ? folded : undefined;
}
