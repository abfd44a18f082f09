/** One numbered top-level heading of a document (一、单位基本情况), with its exact span. */
export interface DocumentHeading {
  text: string;
  span: { start: number; end: number };
}

/** A line that is only a heading: a Chinese ordinal, 、, and a short title with no sentence punctuation. */
const HEADING = /^[ \t\u3000]*((?:[一二三四五六七八九十]{1,3})、[^\n。；;，,]{2,30}?)[ \t\u3000]*$/gm;

/**
 * The document's top-level parts as it numbers them (一、… 二、…), in order: each heading's ordinal the next one in
 * sequence, so a numbered list inside a section (一、… under 三、) does not start the parts again. Pure.
 */
export function documentHeadings(text: string): DocumentHeading[] {
  const out: DocumentHeading[] = [];
  for (const m of text.matchAll(HEADING)) {
    const ordinal = m[1]!.slice(0, m[1]!.indexOf('、'));
    if (ordinalValue(ordinal) !== out.length + 1) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ text: m[1]!, span: { start, end: start + m[1]!.length } });
  }
  return out;
}

const DIGITS = '一二三四五六七八九';

/** 一 → 1, 十 → 10, 十二 → 12, 二十一 → 21. */
function ordinalValue(s: string): number {
  if (s === '十') return 10;
  const [tens, ones] = s.includes('十') ? s.split('十') as [string, string] : ['', s];
  const t = s.includes('十') ? (tens ? DIGITS.indexOf(tens) + 1 : 1) : 0;
  const o = ones ? DIGITS.indexOf(ones) + 1 : 0;
  return t * 10 + o;
}
