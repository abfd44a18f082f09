import { CUES } from './intent-cues.js';
import { findGlossaryEntry } from './intents/texts.js';
import type { DocContext } from './intents/context.js';
import { AnswerBuilder } from './answer-builder.js';
import type { Understanding } from './understand.js';

const FIGURE_INTENTS = ['amount', 'change', 'reason', 'prior_year', 'growth', 'share', 'compare', 'sum', 'not_found'];

export interface Refinement {
  u: Understanding;
  /** A phrase of the document the question names, that the document lists without an amount. */
  namedWithoutAmount?: string;
  /** A department or district the question names that no loaded document covers. */
  otherDepartment?: string;
}

/**
 * Checks that need the document: a question about another department or district, a project the document names
 * without an amount, and English "what are the X?" about a glossary term. Pure.
 */
export function refine(
  u: Understanding,
  ctx: DocContext,
  docText: string,
  mentioned: (q: string) => string | undefined,
  other: string | undefined,
): Refinement {
  if (other && u.intent !== 'out_of_scope') return { u: { ...u, intent: 'not_found' }, otherDepartment: other };
  if (FIGURE_INTENTS.includes(u.intent) && u.intent !== 'not_found') {
    const sub = namedSubItem(u, ctx);
    if (sub) return { u: { ...u, intent: 'not_found' }, namedWithoutAmount: sub };
  }
  if (FIGURE_INTENTS.includes(u.intent)) {
    const phrase = mentioned(u.text);
    if (phrase && phrase.length >= 6 && ctx.usageText.includes(phrase) && !ctx.labelText.includes(phrase) && !docText.includes(`${phrase}预算`)) {
      return { u: { ...u, intent: 'not_found' }, namedWithoutAmount: phrase };
    }
  }
  if (u.lang === 'en' && u.intent === 'amount' && /^what (is|are) /.test(u.text) && !CUES.money.test(u.text)) {
    if (findGlossaryEntry({ u, ctx, b: new AnswerBuilder(ctx.doc, 'en'), retrieved: [] })) return { u: { ...u, intent: 'definition' } };
  }
  return { u };
}

const SUB_ITEM = /(?:里|中|里面|当中|之中|其中)的?([\u4e00-\u9fff]{2,10}?)(?:是|有|为|花了|占|预算|安排了?)?(?:多少|几)/;
const STOP_PROJECT = /^(the|a|an|this|that|its|total|overall|all|each|every|whole|which|what|how|much|many)$/;

/**
 * 机关运行经费里差旅费是多少 / How much is allocated to the staff canteen project? — a part the document does not
 * break out, named inside an item it does state.
 */
function namedSubItem(u: Understanding, ctx: DocContext): string | undefined {
  const m = SUB_ITEM.exec(u.text);
  if (m) {
    const part = m[1]!;
    const isItem = ctx.lexicon.match(part).some((x) => x.entry.target.type === 'item' && !x.entry.weak);
    if (!isItem && !/增加|减少|变化|原因|最多|最少|占|百分|比例|比重|合计|一共/.test(part)) return part;
  }
  const en = /\b(?:the|a|an)\s+((?:[a-z]+\s+){1,3})(?:project|programme|program)\b(?!\s+(?:expenditure|spending|costs?|funds?|budget))/.exec(u.text);
  if (en) {
    const words = en[1]!.trim().split(' ').filter((w) => !STOP_PROJECT.test(w) && !/^(to|for|on|of|in|is|allocated|spent|budgeted)$/.test(w));
    if (words.length > 0) return words.join(' ');
  }
  return undefined;
}
