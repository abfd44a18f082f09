import type { Lang } from '../../domain/answer.js';
import type { StoredDocument, StoredFact } from '../../domain/types.js';
import type { StoredGlossaryEntry, StoredPassage } from '../../domain/types.js';
import type { AnswerBuilder } from '../answer-builder.js';
import { sum, type CalcResult, type Operand } from '../../calc/index.js';
import type { Lexicon, StaffKind } from '../lexicon.js';
import type { Understanding } from '../understand.js';
import type { RetrievedText } from '../../domain/retrieval.js';

/** Everything an intent handler may read: one document's facts, glossary and passages. No I/O. */
export interface DocContext {
  doc: StoredDocument;
  facts: Map<string, StoredFact>;
  glossary: StoredGlossaryEntry[];
  passages: StoredPassage[];
  lexicon: Lexicon;
  groups: Record<string, { members: string[] }>;
  /** All stated uses (主要用于…) and all item labels (figures quoted in reasons excluded), joined once per document. */
  usageText: string;
  labelText: string;
  /** The same department's document of the year before, when it is loaded: its own figures answer "去年". */
  prior?: { doc: StoredDocument; facts: Map<string, StoredFact> };
}

export type { RetrievedText } from '../../domain/retrieval.js';

export interface HandlerInput {
  u: Understanding;
  ctx: DocContext;
  b: AnswerBuilder;
  retrieved: RetrievedText[];
}

export type Handler = (input: HandlerInput) => 'answered' | 'not_found' | 'clarify' | 'out_of_scope';

/** The headcounts the template states per unit, as the answer names them. */
export const KIND_NAMES: Record<StaffKind, [string, string]> = {
  establishment: ['编制', 'authorised posts'],
  actual: ['实有人数', 'staff in post'],
  hired: ['聘用人员', 'contract staff'],
};

/** A stated figure as an operand of the calculator, cited by its fact. */
export const factOperand = (f: StoredFact): Operand => ({ value: f.value, unit: f.unit, factId: f.id, label: f.key });

/** One headcount of every unit (实有人数 of each), in the document's order: their sum is the department's. */
export function staffOfAllUnits(ctx: DocContext, kind: StaffKind): StoredFact[] {
  return [...ctx.facts.values()].filter((f) => f.key.startsWith('units.') && f.key.endsWith(`.staff.${kind}`));
}

/** One headcount of all units added (47 + 3 + 6 + 23 = 79), with the facts added; undefined when no unit states it. */
export function staffTotal(ctx: DocContext, kind: StaffKind): { facts: StoredFact[]; r: CalcResult } | undefined {
  const facts = staffOfAllUnits(ctx, kind);
  return facts.length ? { facts, r: sum(facts.map(factOperand)) } : undefined;
}

/** Parts of a total, as the template lists them. */
export const CHILDREN: Record<string, RegExp> = {
  'sangong.total': /^sangong\.(overseas|reception|vehicle_operation|vehicle_purchase)$/,
  'expenditure.total': /^expenditure\.(?!total)[a-z_]+$|^expenditure\.item\./,
  'income.total': /^income\.(?!total|current_year)[a-z_]+$|^income\.item\./,
  'procurement.total': /^procurement\.(goods|works|services)$/,
  'procurement.general_budget.total': /^procurement\.general_budget\.(goods|works|services)$/,
  'fiscal.general_budget.expenditure': /^fiscal\.(basic|project)$/,
};

/** The total a part belongs to (for "占比" with one item named). */
export function parentOf(key: string): string {
  for (const [parent, re] of Object.entries(CHILDREN)) if (re.test(key)) return parent;
  return 'expenditure.total';
}

export function childrenOf(ctx: DocContext, key: string): StoredFact[] {
  const re = CHILDREN[key];
  return re ? [...ctx.facts.values()].filter((f) => re.test(f.key)) : [];
}

/** Where the template states the same figure under two headings, either key answers for the other. */
const SAME_FIGURE: Record<string, string> = {
  'fiscal.gov_fund.income': 'income.gov_fund',
  'income.gov_fund': 'fiscal.gov_fund.income',
  'fiscal.general_budget.income': 'income.general_budget',
  'income.general_budget': 'fiscal.general_budget.income',
  'fiscal.state_capital.income': 'income.state_capital',
};

/** Expand group keys (公车 → purchase + operation) and keep only keys the document states. */
export function resolveFacts(ctx: DocContext, keys: string[]): { facts: StoredFact[]; missing: string[] } {
  const facts: StoredFact[] = [];
  const missing: string[] = [];
  for (const key of keys) {
    const members = ctx.groups[key]?.members ?? [key];
    for (const k of members) {
      const own = ctx.facts.get(k);
      const twin = SAME_FIGURE[k] ? ctx.facts.get(SAME_FIGURE[k]) : undefined;
      // The twin stating the same figure with its change answers more (去年一般公共预算拨款收入是多少).
      const f = own && twin && own.change === undefined && twin.change !== undefined && own.value === twin.value ? twin : (own ?? twin);
      if (f) {
        if (!facts.includes(f)) facts.push(f);
      } else missing.push(k);
    }
  }
  return { facts, missing };
}

export function itemName(ctx: DocContext, f: StoredFact | string, lang: Lang): string {
  const key = typeof f === 'string' ? f : f.key;
  const n = ctx.lexicon.name(key);
  // (A key the vocabulary has no name for — vehicles.held.general — is said by its fact's label, never as the key.)
  const fact = typeof f === 'string' ? ctx.facts.get(f) : f;
  if (lang === 'en') return n.en === key && fact ? fact.label : n.en;
  if (n.zh === key && fact) return fact.label;
  return n.zh;
}

/**
 * Figures that answer around a question the document does not answer (why they are so, last year's headcounts): when
 * the figures were given, what is not stated is said, with the contact line, and the answer is not_found.
 */
export function figuresButNotStated(status: ReturnType<Handler>, b: AnswerBuilder, zh: string, en: string): ReturnType<Handler> {
  if (status !== 'answered') return status;
  b.say(zh, en);
  contactLine(b);
  return 'not_found';
}

export function contactLine(b: AnswerBuilder): void {
  const c = b.doc.contact;
  if (!c?.phone && !c?.person) {
    b.say('如需进一步了解，请咨询本单位。', 'For more, please contact the department.');
    return;
  }
  b.cite(c.span);
  const who = c.person ?? '';
  b.say(
    `如需进一步了解，可联系单位预算公开联系人${who}，电话${c.phone ?? ''}。`,
    `please contact the department's budget contact${who ? ` ${who}` : ''}${c.phone ? ` at ${c.phone}` : ''}.`,
  );
}

export const yearOf = (ctx: DocContext) => ctx.doc.year;

/** Named items without the totals of other named items (政府采购中服务比货物: compare services with goods, not the total). */
export function withoutParents(ctx: DocContext, facts: StoredFact[]): StoredFact[] {
  if (facts.length <= 2) return facts;
  const kept = facts.filter((f) => !facts.some((g) => g !== f && CHILDREN[f.key]?.test(g.key)));
  return kept.length >= 2 ? kept : facts;
}
