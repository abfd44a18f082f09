/** Find every number an answer states: Arabic (incl. full-width, thousands separators), Chinese numerals, percents. */

export interface NumberMention {
  /** The number's own characters as written. */
  raw: string;
  /** Decimal string value. */
  value: string;
  start: number;
  end: number;
  percent: boolean;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_NUM = '[零〇一二两三四五六七八九十百千万亿]';
/** Chinese numerals count as numbers when a measure word follows, or after 百分之 — so 三公, 一般, 公益一类 do not. */
const CN_RE = new RegExp(`(?<![\\d０-９.])(百分之)?(${CN_NUM}+(?:点[零〇一二三四五六七八九]+)?)(?=(个|人|名|辆|台|项|次|倍|成|万元|元|亿|%|岁|家|所|条|位)|$)|百分之(${CN_NUM}+(?:点[零〇一二三四五六七八九]+)?)`, 'g');
/** A lone 一 (哪一项, 一个) or a bare 万/亿 (the unit of an Arabic amount) is not a stated number. */
const NOT_A_NUMBER = /^(一|万|亿|万亿)$/;
const AR_RE = /(?<![\d.])-?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%)?/g;

export function findNumbers(text: string): NumberMention[] {
  const folded = text.normalize('NFKC').length === text.length ? text.normalize('NFKC') : foldDigits(text);
  const out: NumberMention[] = [];
  for (const m of folded.matchAll(AR_RE)) {
    const raw = m[0];
    out.push({
      raw,
      value: `${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`.replace(/^-/, ''),
      start: m.index!,
      end: m.index! + raw.length,
      percent: !!m[3],
    });
  }
  for (const m of text.matchAll(CN_RE)) {
    const numeral = m[2] ?? m[4];
    if (!numeral || (NOT_A_NUMBER.test(numeral) && !m[1] && !m[4])) continue;
    const value = chineseToDecimal(numeral);
    if (value === undefined) continue;
    out.push({ raw: m[0], value, start: m.index!, end: m.index! + m[0].length, percent: !!(m[1] ?? m[4]) || m[3] === '%' });
  }
  return out.sort((a, b) => a.start - b.start);
}

function foldDigits(text: string): string {
  return text.replace(/[０-９．，％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** 二十八点八五 → 28.85; 一百零五 → 105; 三万 → 30000; 两 → 2. Undefined when it is not a well-formed numeral. */
export function chineseToDecimal(s: string): string | undefined {
  const [intPart, fracPart] = s.split('点');
  // (The 万 group counts under the 亿 group: 一亿零七百八十四万 is 1亿 + 784万, not (1亿 + 784) × 1万.)
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit = -1;
  for (const ch of intPart!) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNITS[ch]!;
      digit = -1;
    } else if (ch === '亿') {
      yi = (yi + wan + section + Math.max(digit, 0)) * 100_000_000;
      wan = 0;
      section = 0;
      digit = -1;
    } else if (ch === '万') {
      wan = (wan + section + Math.max(digit, 0)) * 10_000;
      section = 0;
      digit = -1;
    } else return undefined;
  }
  const total = yi + wan;
  // A last digit straight after 百/千/万/亿 counts in the next lower place, as it is said: 四千八 = 4800, 三万五 = 35000,
  // 两百五 = 250 (一千零八 keeps its 零: 1008).
  const spoken = /[百千万亿][一二两三四五六七八九]$/.test(intPart!) && !/零/.test(intPart!);
  const tail = spoken ? Math.max(digit, 0) * ({ 百: 10, 千: 100, 万: 1000, 亿: 10_000_000 } as Record<string, number>)[intPart!.at(-2)!]! : Math.max(digit, 0);
  const whole = total + section + tail;
  if (intPart === '' ) return undefined;
  if (!fracPart) return String(whole);
  const frac = [...fracPart].map((c) => DIGITS[c]).join('');
  return `${whole}.${frac}`;
}
