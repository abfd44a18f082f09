/** Counts written in characters (三, 两, 十二, 二十五, 一百零八) — read as Arabic decimals. Pure. */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A run of numeral characters, as it may stand before a measure word (个, 名, 人). */
export const NUMERAL_CHARS = '〇零一二两三四五六七八九十百';

/** `三` → `3`, `十二` → `12`, `二十` → `20`, `一百零八` → `108`; undefined for anything else (or 1000 and above). */
export function fromCharacters(s: string): string | undefined {
  if (!s || ![...s].every((ch) => NUMERAL_CHARS.includes(ch))) return undefined;
  let total = 0;
  let pending: number | undefined;
  let lastUnit = 1000;
  for (const ch of s) {
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      if (pending) return undefined; // 三四: two digits in a row are not one number (零 only holds a place)
      pending = digit;
      continue;
    }
    const unit = ch === '百' ? 100 : 10;
    if (unit >= lastUnit || pending === 0 || (pending === undefined && unit === 100)) return undefined; // 十十, 零十, 百
    total += (pending ?? 1) * unit;
    pending = undefined;
    lastUnit = unit;
  }
  return String(total + (pending ?? 0));
}
