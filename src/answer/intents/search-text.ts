import { normalizeQuestion } from '../question-text.js';

/** Words that ask rather than name (and words for the list itself: 清单, 名称): removed before looking for the topic of a question in the document. */
const ASKING = /(?:和|与|跟)(?=[\u4e00-\u9fff]{1,8}(?:有关|相关))|有关|今年|明年|去年|预算里|预算中|预算|安排|算在|属于|列入|包含在|里面|有没有|是不是|是否|管不管|负不负责|负责不负责|归哪个单位管|哪个单位负责|哪个单位管|谁负责|谁来管|哪个部门|相关的?|方面的?|这些|这个|那个|项目支出|项目清单|清单|列表|名单|重点工作|全称|名称|名字|项目|经费|资金|支出|区政府办公室|政府办公室|本级|单位|部门|负责|主要|什么|哪些|哪个|多少|吗|呢|的|了|里|中|有|管|[?!.,。;:"“”()\s]/g;

/** The topic words of a question: Chinese runs (as overlapping pairs) and Latin words, after the asking words are removed. */
export function topicTerms(question: string): string[] {
  const q = normalizeQuestion(question);
  const latin = (q.match(/[a-z][a-z0-9+]{1,}/g) ?? []).filter((w) => !/^(is|are|the|any|for|there|what|which|does|do|did|how|much|many|project|projects|money|funding|spending|and|or|of|to|in|on|a|an|it|this|that)$/.test(w));
  const runs = q.replace(/[a-z0-9+]+/g, ' ').replace(ASKING, ' ').split(/\s+/).filter((r) => r.length >= 2);
  const pairs = runs.flatMap((r) => Array.from({ length: r.length - 1 }, (_, i) => r.slice(i, i + 2)));
  return [...new Set([...latin, ...pairs])];
}

/** How many of the topic terms a text contains (a Latin word such as "ai" counts as two: it is a whole word). */
export function topicScore(text: string, terms: string[]): number {
  return foldedScore(normalizeQuestion(text), terms);
}

/** topicScore of a passage of the document, its text normalised once per passage. */
export function passageScore(passage: { text: string }, terms: string[]): number {
  let t = FOLDED.get(passage);
  if (t === undefined) FOLDED.set(passage, (t = normalizeQuestion(passage.text)));
  return foldedScore(t, terms);
}

/**
 * The pairs of Chinese characters among the terms that a passage does not hold as they are but holds as a shortened
 * word does, the two characters in order with one or two between (公车 of 公务用车, 车维 of 车的维修).
 */
export function shortenedScore(passage: { text: string }, terms: string[]): number {
  passageScore(passage, terms);
  const t = FOLDED.get(passage)!;
  return terms.filter((term) => /^[\u4e00-\u9fff]{2}$/.test(term) && !t.includes(term) && new RegExp(`${term[0]}[\u4e00-\u9fff]{1,2}${term[1]}`).test(t)).length;
}

const FOLDED = new WeakMap<object, string>();

function foldedScore(t: string, terms: string[]): number {
  return terms.reduce((n, term) => n + (t.includes(term) ? (/^[a-z]/.test(term) ? 2 : 1) : 0), 0);
}
