import { memoize } from '../domain/lru-cache.js';

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

/** A numbered heading's title at a line start: 二、部门收支总体情况 or （三）绩效目标设置情况。 */
const TITLE = /(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[ \t\u3000]*([^\n。；;：:，,（(]{2,20})/g;

/**
 * The titles of a document's numbered parts and sub-parts (部门收支总体情况, 绩效目标设置情况, 国有资产占有使用情况),
 * longest first: a question that names one says where to look, not what is asked. Pure (memoised per document text).
 */
export const headingTitles: (text: string) => readonly string[] = memoize(
  // (Only titles of parts — 情况, 说明, 解释 —: the glossary's numbered terms, 基本支出 and the like, are items.)
  (text: string) => [...new Set([...text.matchAll(TITLE)].map((m) => m[1]!.replace(/[“”"]/g, '').trim()).filter((t) => t.length >= 4 && /(?:情况|说明|解释|构成|职责)$/.test(t)))].sort((a, b) => b.length - a.length),
  4,
);


/**
 * The question with a part of the document it names as the place to look taken out — a heading title in quotation
 * marks, or followed by 那一节 / 部分 / 中: "第二部分“部门收支总体情况”中，收入预算的年初预算数是多少" asks the income
 * budget, not 收支 as a whole. A title that names an item (政府采购情况) or a topic (单位构成) stays. Pure.
 */
export function withoutPlaceHeadings(question: string, docText: string, namesItem: (title: string) => boolean = () => false): string {
  let q = question;
  // (A title that names the topic itself — 单位构成, 职能职责, 政府采购情况 — is what is asked about; it stays.)
  for (const t of headingTitles(docText)) {
    if (!q.includes(t) || /(?:构成|职责)$/.test(t) || namesItem(t)) continue;
    q = q.replace(new RegExp(`[“"「『]${t}[”"」』]|${t}(?=\\s*(?:那一节|这一节|一节|这部分|那部分|部分|章节|一章|中|里面|里头|里)|\\s*(?:section|part)\\b)`, 'g'), '');
  }
  return q;
}
