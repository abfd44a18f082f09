import { memoize } from '../domain/lru-cache.js';
import { CUES } from './intent-cues.js';
import { oneDirection } from './question-claims.js';
import { INSIDE_WORDS, normalizeQuestion } from './question-text.js';
import { commonRunAt, hanBigrams, longestCommonRun } from './text-match.js';
import { statedAmounts } from './stated-amounts.js';
import { chineseToDecimal } from './numbers-in-text.js';
import { describesParent, findUndisclosed, type Undisclosed } from './undisclosed.js';
import { headingTitles } from './document-headings.js';
import { countInUses, listedUses, namedUses, usesHolding, type ListedUse } from './projects.js';
import { centreUnits, meansUnitAlone, unitNames } from './unit-names.js';
import { findGlossaryEntry } from './intents/texts.js';
import { claimHolds } from './intents/figures.js';
import { childrenOf, itemName, parentOf, type DocContext } from './intents/context.js';
import { AnswerBuilder } from './answer-builder.js';
import type { Understanding } from './understand.js';

const MONEY_WORDS = /预算|经费|费|钱|支出|缴|公积金|工资|薪|万元|决算|spend|budget|cost|money|fund|expens|salar|wage/;
const FIGURE_INTENTS = ['amount', 'change', 'reason', 'prior_year', 'growth', 'share', 'compare', 'sum', 'not_found'];

export interface Refinement {
  u: Understanding;
  /** A phrase of the document the question names, that the document lists without an amount. */
  namedWithoutAmount?: string;
  /** Several listed uses named by their words (网站、短信、网络这些) and asked for money: none has an amount of its own. */
  listedWithoutAmounts?: string[];
  /** A listed project whose reason is asked (为啥要搞X专项): listed, with no reason given. */
  listedWithoutReason?: string;
  /** A department or district the question names that no loaded document covers. */
  otherDepartment?: string;
}

/** Intents that state figures: a narrowing the document does not disclose must not be answered by a broader one. */
const STATES_FIGURES = ['amount', 'change', 'reason', 'prior_year', 'growth', 'share', 'compare', 'sum', 'ranking', 'vehicles', 'not_found', 'clarify'];

/**
 * Checks that need the document: a question about another department or district, a project the document names
 * without an amount, and English "what are the X?" about a glossary term. Pure.
 */
/**
 * "上一项呢" / "再往下一项": the item listed next to the one inherited among the parts of its group, in the order the
 * document states them (the figures' own positions). At either end of the list there is no such item: the turn asks
 * which one is meant.
 */
function stepped(u: Understanding, ctx: DocContext): Understanding {
  const { step, ...rest } = u;
  const key = u.items[0];
  const parts = key ? childrenOf(ctx, parentOf(key)).sort((a, b) => a.span.start - b.span.start) : [];
  const at = parts.findIndex((f) => f.key === key);
  const next = at >= 0 ? parts[at + step!] : undefined;
  return next ? { ...rest, items: [next.key] } : { ...rest, intent: 'clarify', items: [] };
}

export function refine(
  u: Understanding,
  ctx: DocContext,
  docText: string,
  mentioned: (q: string) => string | undefined,
  other: string | undefined,
): Refinement {
  if (u.step) u = stepped(u, ctx);
  // "陈庆是谁": the contact the document publishes.
  const person = ctx.doc.contact?.person;
  if (person && u.text.includes(person.toLowerCase()) && !u.items.length) {
    // A person's own pay or details are not budget information.
    const personal = /工资|薪|收入|奖金|多少钱|年龄|住|salary|pay|income/.test(u.text);
    return { u: { ...u, intent: personal ? 'out_of_scope' : 'contact' } };
  }
  // ("中心有好多人" / "what about the center?": 中心 alone, with several units centres and none named, asks which.)
  const centres = bareCentre(u, ctx);
  if (centres) return { u: { ...u, intent: 'clarify', choices: centres } };
  // "哪一项是减少的 → 减了多少": the parts of the group whose stated change goes that way.
  if (u.ofMoved && u.items.length === 1) {
    const moved = childrenOf(ctx, u.items[0]!).filter((f) => f.change !== undefined && (u.ofMoved === 'down' ? f.change.startsWith('-') : !f.change.startsWith('-') && !/^0+(?:\.0+)?$/.test(f.change)));
    if (moved.length) u = { ...u, items: moved.map((f) => f.key) };
  }
  // "三公经费各项比去年增减多少": the change of each part of the group named.
  if (['change', 'growth', 'prior_year'].includes(u.intent) && u.items.length === 1 && CUES.eachPart.test(u.text)) {
    const parts = childrenOf(ctx, u.items[0]!);
    if (parts.length >= 2) u = { ...u, items: parts.map((f) => f.key) };
  }
  // ("实行绩效目标管理的项目支出资金一共多少": one item said as the qualifier of another — A的B — is one figure asked, not
  // two to add: the part when B is A's part, else the qualifying one.)
  const qualified = u.intent === 'sum' && u.items.length === 2 ? qualifierOf(u, ctx) : undefined;
  if (qualified) u = { ...u, intent: 'amount', items: [qualified] };
  // ("政府性基金预算拨款比去年减少了吧": an item whose change is not stated, when the document states it for the item
  // named after it — 政府性基金预算拨款安排的支出, 与2025年持平 — is answered with that item, named as such.)
  const twin = ['change', 'growth', 'prior_year'].includes(u.intent) && u.items.length === 1 ? changedTwin(u.items[0]!, ctx) : undefined;
  if (twin) u = { ...u, items: [twin] };
  // ("今年预算增加是因为搞AI，真的吗": a reason claimed of the budget as a whole is judged against the stated reasons of
  // both its totals — the income's names the AI+ special fund, the spending's does not.)
  const budgetSide = wholeBudgetSide(u, ctx);
  if (budgetSide) u = { ...u, items: [budgetSide] };
  // ("公务用车购置费252万元是用来买4辆车的，对吗": a count of vehicles claimed of the purchase money is judged against the
  // vehicles it buys, said beside it.)
  const countClaimed = u.assertion?.amountUnits?.some((x, i) => /^[辆台部]$/.test(x) && u.assertion!.about?.[i] === 'sangong.vehicle_purchase');
  if (countClaimed && u.items.length === 1 && u.items[0] === 'sangong.vehicle_purchase' && ctx.facts.has('vehicles.planned.total')) u = { ...u, items: ['sangong.vehicle_purchase', 'vehicles.planned.total'] };
  // ("新增那4辆公务用车的购置花了多少钱": money for a number of vehicles the document counts no group of — not disclosed.)
  const fewer = vehicleSubset(u, ctx);
  if (fewer && !other) return { u: { ...u, intent: 'not_found', items: [fewer.money], undisclosed: fewer.und } };
  if (other && u.intent !== 'out_of_scope') return { u: { ...u, intent: 'not_found', ...(u.intent !== 'not_found' ? { askedOfOther: u.intent } : {}) }, otherDepartment: other };
  // "项目支出里说的办公区域维护，是几个办公区域": a count the listed uses write in words (六个办公区域…项目), quoted.
  // (Out of scope only for want of anything known — not when the question says what takes it out: 我家有几个…)
  const saidOutOfScope = [CUES.outOfScope, CUES.personalMatters, CUES.injection, CUES.promptLeak].some((c) => c.test(u.text));
  const countCue = CUES.countOfNamed.test(u.text) ? CUES.countOfNamed : CUES.countOfNamedBefore.test(u.text) ? CUES.countOfNamedBefore : undefined;
  const counted = countCue && !saidOutOfScope ? countInUses(u.text, countCue, ctx) : undefined;
  if (counted) return { u: { ...u, intent: 'usage', listedUses: counted.uses, items: [counted.uses[0]!.key], countedInUse: counted } };
  // A project the document lists among the uses of its spending (有没有X项目 / X是干什么的 / X多少钱).
  // A name of two or three words (食堂, 短信) is a project only in a question about nothing else the engine knows.
  const short = u.unit === undefined && !['contact', 'staffing', 'vehicles', 'units', 'org_count', 'duties'].includes(u.intent) && (u.items.every((k) => k === 'fiscal.project') || !!u.namesNoItem);
  const named = namedUses(u.text, ctx, unitNames(ctx.doc.subUnits).flatMap((x) => x.names), { ...u, short, listing: CUES.hasAny.test(u.text) });
  // ("the daily operation and maintenance of the data centre and the two networks": English words whose Chinese, four
  // characters or more, stands in one listed entry only, name that entry.)
  const { uses, run } = named.uses.length || u.lang !== 'en' ? named : translatedUse(u, ctx) ?? named;
  const use = uses[0] ?? (u.followUp ? u.listedUses?.[0] : undefined);
  // "信息化这一摊子（网站、短信、网络这些）总共花好多": money for the listed uses two or more of the question's own words
  // name, with no item of its own — not the whole budget its generic words point at.
  if (u.namesNoItem && ['amount', 'sum', 'change'].includes(u.intent) && u.items.every((k) => k === 'expenditure.total' || k === 'fiscal.project')) {
    const held = usesHolding(u.residue ?? [], ctx);
    if (held.words.length >= 2 && held.uses.length > uses.length) return { u: { ...u, intent: 'not_found' }, listedWithoutAmounts: held.uses.slice(0, 8).map((x) => x.text) };
  }
  // A listed project named at length (城市治理委员会工作经费) is what is asked, not a unit its words resemble
  // (数字化城市运行和治理中心) when no name of that unit stands in the question.
  const unitNamed = typeof u.unit === 'number' && unitNames(ctx.doc.subUnits).some((x) => x.index === u.unit && x.names.some((n) => n.length >= 2 && u.text.includes(n)));
  if (use && run >= 6 && typeof u.unit === 'number' && !unitNamed) u = { ...u, unit: undefined };
  // "聘用人员经费今年怎么搬去人员经费里列了": a why asked in the words of a stated reason (six characters or more of
  // them) is answered by that reason, whatever undisclosed heading (人员经费) it also names.
  const inReason = reasonNamed(u, ctx, 6) ?? reasonClaimed(u, ctx);
  if (inReason) return { u: inReason };
  // ("政务服务大厅人员经费是好多" / "全区公务用车购置及运行预留经费有好多": a listed project named whole holds the words an
  // undisclosed heading is read from — 人员经费, 全区 — and is what is asked.)
  // (Named whole: the entry's name, its bracketed owner aside, stands in the question — 全区公务用车 alone is no name.)
  // (Of every entry the question names whole: 政务服务大厅运行经费项目和政务服务大厅人员经费 holds 人员经费 in its second.)
  const entryNames = (use ? listedUses(ctx) : []).map((x) => normalizeQuestion(x.text).replace(/\([^)]*\)/g, '')).filter((n) => n.length >= 6 && u.text.includes(n));
  // (…or said again in other words, most of its characters in order: 全区公车购置和运行的预留经费.)
  const saidAgain = run >= 8 ? uses.map((x) => normalizeQuestion(x.text)) : [];
  const heldInName = entryNames.length || saidAgain.length ? findUndisclosed(u.text) : undefined;
  const namedWhole = !!heldInName && [...entryNames, ...saidAgain].some((n) => n.includes(heldInName.words));
  if (namedWhole) {
    u = { ...u, intent: u.intent === 'not_found' ? 'amount' : u.intent };
    delete u.undisclosed;
  }
  const scoped = (namedWhole ? undefined : undisclosedScope(u, ctx, use?.text)) ?? (use ? undefined : unplacedScope(u, docText) ?? dutyMoney(u, ctx) ?? kindOfItem(u, ctx, docText) ?? unplacedEnglish(u, ctx));
  if (scoped) return { u: scoped };
  const quoted = quotedFigure(u, ctx);
  if (quoted) return { u: quoted };
  const mention = askedMention(u, ctx);
  if (mention) return { u: mention };
  const reasoned = reasonNamed(u, ctx);
  if (reasoned) return { u: reasoned };
  const specific = u.items.filter((k) => k !== 'fiscal.project' && k !== 'expenditure.total');
  // A project named at length (六个办公区域日常运行维护项目) is what is asked, even when an item's words stand inside it.
  // (Only a term the question writes out: "民兵那个项目是啥子" names a project through 项目, not the term 项目支出.)
  const glossaryEntry = u.intent === 'definition' ? findGlossaryEntry({ u, ctx, b: new AnswerBuilder(ctx.doc, u.lang), retrieved: [] }) : undefined;
  const glossaryTerm = !!glossaryEntry && u.text.includes(normalizeQuestion(glossaryEntry.term));
  // A listed project named at length (后勤服务社会化) is what is asked, even where a generic glossary term (项目支出) matches too.
  // ("项目支出减少是因为砍掉了AI大客流那个专项吧": a project named inside a claimed reason is the claim's, not asked.)
  const inClaim = !!u.claimedReason && u.items.length > 0 && !!use && namedUses(u.text.slice(0, u.text.length - u.claimedReason.length), ctx).uses.length === 0;
  // "事业单位医疗支出多少": a term the glossary explains but no figure states — explained, not given an amount. (Before a
  // listed project that shares a word with it: 行政运行 is not 行政审批电子监察专项经费; and asked beside the item it is a
  // part of: 一般公共服务支出里面行政运行和一般行政管理事务分别多少.)
  const ofItem = u.items.every((k) => k === 'expenditure.total' || k === 'fiscal.project') || WITHIN.test(u.text);
  if (['amount', 'change', 'prior_year', 'growth', 'ranking', 'not_found'].includes(u.intent) && ofItem && !u.undisclosed && CUES.asksAmount.test(u.text)) {
    const term = glossaryOnly(u.text, ctx);
    if (term) return { u: { ...u, intent: 'not_found' }, namedWithoutAmount: term };
  }
  // ("民兵编制工作经费是不是他们的项目": a staffing or vehicle word inside a listed project named whole — 编制 of
  // 民兵编制工作经费 — is the project's name, not posts asked.)
  const staffInName = ['staffing', 'vehicles'].includes(u.intent) && entryNames.length > 0
    && !ctx.lexicon.match(entryNames.reduce((t, n) => t.split(n).join('|'), u.text)).some((m) => m.entry.target.type === 'staff' || (m.entry.target.type === 'item' && m.entry.target.key.startsWith('vehicles.')));
  if (staffInName) u = { ...u, intent: 'usage', items: [] };
  if (use && !inClaim && (!glossaryTerm || run >= 6) && (specific.length === 0 || run >= 8)) {
    const asksAmount = CUES.asksAmount.test(u.text);
    if (asksAmount && !CUES.hasAny.test(u.text)) return { u: { ...u, intent: 'not_found' }, namedWithoutAmount: use.text };
    // "为啥子要搞那个AI+大客流的专项": the document lists it, and says nothing of why.
    // (A name of three characters or more: 公开 of 预算公开 is no project asked about.)
    if (run >= 3 && (u.intent === 'reason' || (u.intent === 'not_found' && CUES.reason.test(u.text)))) return { u: { ...u, intent: 'not_found' }, listedWithoutReason: use.text };
    // "机关食堂归哪个单位管" asks whose duty it is (the duties answer that), not what the project is.
    // ("机关事务服务中心管不管机关食堂": whether the unit named does it — its duties say.)
    const whose = u.intent === 'duties' && (CUES.whoseJob.test(u.text) || /哪个单位|哪个部门|谁|归哪个|哪个管|which unit|who/.test(u.text) || typeof u.unit === 'number');
    // ("六个办公区域的维修改造项目是哪几个单位的": a project named at length asked whose it is — the list says, in brackets.)
    const ownerAsked = u.intent === 'units' && run >= 6;
    // ("六个办公区域日常运行维护项目分成哪几块": the parts of a project named at length are its listed entries.)
    const partsOfUse = u.intent === 'ranking' && run >= 8 && CUES.breakdown.test(u.text);
    if (!whose && (ownerAsked || partsOfUse || ['duties', 'usage', 'definition', 'clarify', 'out_of_scope', 'not_found', 'amount'].includes(u.intent))) return { u: { ...u, intent: 'usage', listedUses: uses.length ? uses : [use], items: [use.key] } };
  }
  // "一般公共服务支出下面“政府办公厅（室）及相关机构事务”具体有多少": a name put in quotation marks is what is asked;
  // one no figure is labelled with has no amount of its own, whatever item the question names around it.
  if (FIGURE_INTENTS.includes(u.intent) && u.intent !== 'not_found') {
    // (A part of the document named by its heading — 第二部分“部门收支总体情况”中 — says where to look.)
    const quoted = /["“「『]([^"”」』]{4,30})["”」』]/.exec(u.text)?.[1];
    if (quoted && !headingTitles(docText).includes(quoted) && !ctx.lexicon.match(quoted).some((m) => m.entry.target.type === 'item' && !m.entry.weak && m.end - m.start >= quoted.length - 2)) {
      const inDoc = normalizedDocument(docText).includes(quoted);
      if (inDoc) return { u: { ...u, intent: 'not_found' }, namedWithoutAmount: quoted };
    }
  }
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
  // ("what is the three public expenses total in yuan" asks for the figure, converted.)
  // (A year asks the figure of that year: "What is the basic expenditure for 2026?")
  // ("What is the project expenditure?" asks the figure; "what is project expenditure?" the term.)
  if (u.lang === 'en' && u.intent === 'amount' && /^what (is|are) (?!the\b|budgeted|allocated|spent|planned|set aside|earmarked)/.test(u.text) && !CUES.money.test(u.text) && !u.convertTo && !/\btotal\b|\b20\d{2}\b|this year|last year/.test(u.text)) {
    if (findGlossaryEntry({ u, ctx, b: new AnswerBuilder(ctx.doc, 'en'), retrieved: [] })) return { u: { ...u, intent: 'definition' } };
  }
  return { u };
}

/** 中心 or "the centre" said alone — not 数据中心, not 三个中心 — of a question that names no unit and no item. */
const BARE_CENTRE = /(?:^|[^\u4e00-\u9fff]|那个|这个|那|这|该)中心(?!们)|(?:^|\b(?:the|that|this)\s+)cent(?:er|re)\b(?!s)/;
const COUNTED_CENTRES = /[两二三四几各每]个?中心|cent(?:er|re)s\b|\b(?:all|each|every|both)\b/;

function bareCentre(u: Understanding, ctx: DocContext): string[] | undefined {
  if (u.unit !== undefined || u.units?.length || u.items.length || ['contact', 'definition'].includes(u.intent)) return undefined;
  if (!BARE_CENTRE.test(u.text) || COUNTED_CENTRES.test(u.text)) return undefined;
  const centres = centreUnits(unitNames(ctx.doc.subUnits)).map((i) => ctx.doc.subUnits.find((s) => s.index === i)!.name);
  return centres.length >= 2 ? centres : undefined;
}

/** The longest glossary term (of four characters or more) the question names that no stated figure is labelled with. */
function glossaryOnly(text: string, ctx: DocContext): string | undefined {
  const named = ctx.glossary.map((g) => g.term).filter((t) => t.length >= 4 && text.includes(normalizeQuestion(t))).sort((a, b) => b.length - a.length);
  return named.find((t) => !ctx.lexicon.match(normalizeQuestion(t)).some((m) => m.entry.target.type === 'item' && !m.entry.weak));
}

/** The budget said as a whole: its income and its spending. */
const WHOLE_BUDGET: Record<string, string> = { 'expenditure.total': 'income.total', 'income.total': 'expenditure.total' };

/** The other total of the budget when a reason claimed of the whole holds for its stated reason and not for the one asked. */
function wholeBudgetSide(u: Understanding, ctx: DocContext): string | undefined {
  const key = u.intent === 'reason' && u.claimedReason && u.namesNoItem && u.items.length === 1 ? u.items[0]! : undefined;
  const asked = key && WHOLE_BUDGET[key] ? ctx.facts.get(key) : undefined;
  const other = asked ? ctx.facts.get(WHOLE_BUDGET[key!]!) : undefined;
  return asked?.reason && other?.reason && !claimHolds(u.claimedReason!, asked.reason) && claimHolds(u.claimedReason!, other.reason) ? other.key : undefined;
}

/** Words that say a part is inside a whole named (一般公共服务支出里面…). */
const WITHIN = /里面|里头|当中|之中|其中|(?:支出|经费|费用?|预算|收入)[里中](?![程心])/;

/** Words that point at a part already named (服务那一块, 维修那部分), not a name of their own. */
const POINTING = /那一块|这一块|那块|这块|那一部分|这一部分|那部分|这部分|那一项|这一项|那项|这项/;

/** "机关运行经费里面差旅费多少": a part asked inside an item. (How much, not how long: 在渝中住了几十年 names no part.) */
/** (好几千万 is a figure said, not a question: 几 after 好 asks nothing. A part is no clause of saying: 里头聊天说….) */
const SUB_ITEM = new RegExp(`${INSIDE_WORDS}[,，]?的?((?:(?![说讲])[\\u4e00-\\u9fff]){2,10}?)的?(?:是|有|为|花了|占|预算|安排了?)?(?:多少|(?<!好)几|好多)(?![十百千]?(?:年|岁|天|个月))`);
/** "公务接待费里头有好多是吃饭的": how much of an item goes to a part of it. */
const SUB_ITEM_SHARE = /(?:里面|里头|当中|其中|里|中)有?(?:多少|好多|几成)(?:钱)?(?:是|用于|用在|花在)([\u4e00-\u9fff]{2,8}?)的?[?？]?$/;
const STOP_PROJECT = /^(the|a|an|this|that|its|total|overall|all|each|every|whole|which|what|how|much|many)$/;

/**
 * 机关运行经费里差旅费是多少 / How much is allocated to the staff canteen project? — a part the document does not
 * break out, named inside an item it does state.
 */
function namedSubItem(u: Understanding, ctx: DocContext): string | undefined {
  const share = SUB_ITEM_SHARE.exec(u.text);
  if (share && !ctx.lexicon.match(share[1]!).some((x) => x.entry.target.type === 'item' && !x.entry.weak)) return share[1]!;
  const m = SUB_ITEM.exec(u.text);
  if (m) {
    const part = m[1]!;
    // ("政府采购里服务那一块是好多": 那一块 only points at the item the question already names — 服务 of 政府采购服务预算.)
    const core = part.replace(new RegExp(`(?:${POINTING.source})$`), '');
    // (Nor is a word the turn's context makes an item: 服务 of 政府采购多少，其中服务多少.)
    const named = core.length >= 2 && u.items.some((k) => (ctx.lexicon.name(k)?.zh ?? '').includes(core));
    const isItem = named || ctx.lexicon.match(part).some((x) => x.entry.target.type === 'item' && !x.entry.weak);
    // A part is a thing (招待企业客商), not how the document puts it (预算里写的是多少) or gives it (预算里给了多少钱).
    // (Nor what someone did — 机关里头又多招了好多人: a part led by an adverb is an event, not a thing.)
    const phrasing = /的$|^(?:写|说|列|显示|标|载|记|面|头|边|提到|讲|给|拨|批|分配|花|用|安排|算|到底|究竟|一共|总共|实际|具体|又|也|还|都|就|才|再)/.test(part);
    if (!isItem && !phrasing && !/增加|减少|变化|原因|最多|最少|占|百分|比例|比重|合计|一共/.test(part)) return part;
  }
  // (A name of up to six words: "the data center and two networks maintenance project".)
  const en = /\b(?:the|a|an)\s+((?:[a-z0-9][a-z0-9+-]*\s+){1,6})(?:project|programme|program|line)\b(?!\s+(?:expenditure|spending|funds?|budget)|\s+costs\b)/.exec(u.text);
  // "Is there a cyber security project?" asks whether it is listed, not for its amount — when its words, translated,
  // stand among the listed uses (a stadium, not listed, is a project the document does not name).
  const listedInTranslation = (u.topicText?.match(/[\u4e00-\u9fff]{2,}/g) ?? []).some((z) => ctx.usageText.includes(z));
  if (en && !(/\bis there\b|\bare there\b|\bany\b/.test(u.text) && listedInTranslation)) {
    // (From the last article on: "the cost of the staff canteen operation project" names the staff canteen operation.)
    const said = en[1]!.trim().split(' ');
    const from = said.map((w) => /^(?:the|a|an)$/.test(w)).lastIndexOf(true) + 1;
    const words = said.slice(from).filter((w) => !STOP_PROJECT.test(w) && !/^(to|for|on|of|in|is|allocated|spent|budgeted|budget|dedicated|separate|specific|spending|funding)$/.test(w));
    // ("the vehicle O&M line" is an item the document states, not a project it lists without an amount.)
    const isItem = ctx.lexicon.match(words.join(' ')).some((x) => x.entry.target.type === 'item' && !x.entry.weak);
    if (words.length > 0 && !isItem) return words.join(' ');
  }
  return undefined;
}

/** Whether words stand in the sentence that asks (the last one ending in a question mark), or no other sentence asks. */
function askedInQuestion(text: string, words: string, ctx: DocContext): boolean {
  const sentences = text.split(/(?<=[.!])\s+|(?<=[?。！？])/).filter((x) => x.trim());
  const at = sentences.map((x) => /[?？]\s*$/.test(x)).lastIndexOf(true);
  const asking = sentences[at];
  // (Only words of a sentence before it: 具体指标列一下 after the question is asked too.)
  // (A sentence before it that asks too — 养老保险缴费是多少？占社保支出多少？ — is a question, not the asker's context.)
  const saidBefore = sentences.slice(0, Math.max(at, 0)).some((x) => x.includes(words) && !/[?？]\s*$/.test(x));
  if (!asking || sentences.length < 2 || !words || !saidBefore || asking.includes(words) || findUndisclosed(asking)) return true;
  return !ctx.lexicon.match(asking).some((m) => m.entry.target.type === 'item' && !m.entry.weak);
}

/**
 * A narrowing the document does not disclose (工资福利支出, 外宾接待费, 三月份, 全区, 决算, one sub-unit's money): the
 * question becomes "not separately disclosed", answered with the nearest disclosed figure framed as such. A why- or
 * change-question whose words stand in the stated reasons (人员经费怎么涨了) is asked of the figures whose reasons name
 * them instead. Undefined when nothing undisclosed is named.
 */
export function undisclosedScope(u: Understanding, ctx: DocContext, listedUse?: string): Understanding | undefined {
  // A headcount or unit question is about figures too when it asks for money (给职工缴的住房公积金是多少, 本级（不含下属单位）的基本支出).
  // (…or for assets or debts: 所属单位国有资产账面总值是多少 is not a count of the units.)
  // (部门预算 names the document — 这个部门预算包括哪几个单位 asks which units, not their money.)
  const asksMoney = ['staffing', 'units', 'org_count'].includes(u.intent) && (MONEY_WORDS.test(u.text.replace(/部门预算/g, '')) || /资产|债务|负债/.test(u.text));
  // ("今年买的公车是啥子牌子" / "公务接待费明细，各多少": a detail asked, whatever 是什么 or 口径 the question also says.)
  const asksDetail = ['definition', 'usage'].includes(u.intent) && CUES.asksDetail.test(u.text);
  // ("会议费单列了没有": whether an undisclosed heading is listed — not a project that shares a word with it, 会议活动.)
  // (A project asked for — 有没有办公家具采购项目 — is looked for among the listed projects.)
  const asksListed = u.intent === 'usage' && CUES.hasAny.test(u.text) && !/项目|专项|\bproject/.test(u.text) && ((w) => !!w && !normalizeQuestion(listedUse ?? '').includes(w))(findUndisclosed(u.text)?.words);
  if (!STATES_FIGURES.includes(u.intent) && !asksMoney && !asksDetail && !asksListed) return undefined;
  // ("接待费减少是不是因为外宾少了": what a claimed reason names is the claim's, judged against the stated reason.)
  if (u.intent === 'reason' && u.claimedReason && u.items.length && !findUndisclosed(u.text.slice(0, u.text.length - u.claimedReason.length))) return undefined;
  const named = findUndisclosed(u.text);
  // ("We do catering and office supplies… Roughly how much is the government procurement budget for goods?": words of a
  // sentence before the one that asks, which names an item of its own, are the asker's, not what is asked.)
  if (named && !askedInQuestion(u.text, named.words, ctx)) return undefined;
  const found = named ?? subUnitMoney(u, ctx);
  if (!found) return undefined;
  // ("就是车子加油修车过路费那一块 公务用车运行维护费 今年给了好多": the parts said only to describe the item named
  // with them — the item is asked.)
  // (Not when the item's own word is the head of the undisclosed phrase: 外宾接待这块 asks the 外宾 part of 接待.)
  const at = u.text.indexOf(found.words);
  const headOfPhrase = at >= 0 && ctx.lexicon.match(u.text).some((m) => m.entry.target.type === 'item' && m.entry.target.key === found.nearest && m.start >= at + found.words.length && u.text.slice(at + found.words.length, m.start).trim() === '');
  // (…and only when the item is named by its own name: 公务用车那个燃料费，就是加油的钱 names the group and asks the fuel.)
  const namedItself = ctx.lexicon.match(u.text).some((m) => m.entry.target.type === 'item' && !m.entry.weak && m.entry.target.key === found.nearest);
  if (found.kind === 'sub_item' && typeof found.nearest === 'string' && u.items.includes(found.nearest) && namedItself && !headOfPhrase && (POINTING.test(u.text) || /这些|那些|之类|这类|那类|就是/.test(u.text)) && !/单独|单列|光是|只是|其中|里面|里头|部分|占/.test(u.text)) return undefined;
  // ("给汽车加油、修车的钱是多少": the parts named together are the item's informal name — the item is asked.)
  if (describesParent(u.text, found) && (u.items.length === 0 || u.items.includes(found.nearest!))) {
    const intent = u.intent === 'not_found' || u.intent === 'clarify' ? (CUES.reason.test(u.text) ? 'reason' : CUES.change.test(u.text) ? 'change' : 'amount') : u.intent;
    return { ...u, intent, items: [found.nearest!] };
  }
  // "几个中心分别有几辆车": the vehicles of all the units together are the nearest figure.
  if (found.kind === 'sub_unit' && u.intent === 'vehicles' && u.items.length === 0) u = { ...u, items: [`vehicles.${u.vehicleMode ?? 'held'}.total`] };
  const why = CUES.reason.test(u.text) && !/(^|[^为])什么是|是什么意思/.test(u.text);
  if ((why || CUES.change.test(u.text)) && found.kind !== 'sub_unit') {
    // (An economic class named in a stated use — 基本支出 covers 工资福利 — is still not that figure: reasons only.)
    // (The question's own longer words around the heading, where a reason holds them, say which: 聘用人员经费 is in the
    // reasons of basic and project spending, not in the income's 相关人员经费; and of those, the items it names.)
    const words = reasonWordsAround(u.text, found.words, ctx);
    const named = closestReasons(factsWhoseReasonsName(ctx, words, u.text, found.kind !== 'economic'), u.text, ctx);
    const asked = named.filter((k) => u.items.includes(k));
    if (named.length) return { ...u, intent: why ? 'reason' : 'change', items: asked.length ? asked : named };
  }
  return { ...u, intent: 'not_found', undisclosed: found };
}


/** A money question about one sub-unit: the document states money for the department as a whole only. */
function subUnitMoney(u: Understanding, ctx: DocContext): Undisclosed | undefined {
  if (ctx.doc.subUnits.length < 2) return undefined;
  // Vehicles are stated for all the units together (所属各预算单位共有车辆10辆), money for the department as a whole.
  const money = u.intent === 'vehicles' ? u.items : u.items.filter((k) => !/^(units|vehicles|org)\./.test(k));
  // ("本级自己有好多辆车": one unit's vehicles, which the document does not give either.)
  if (money.length === 0 && !(u.intent === 'vehicles' && (CUES.byUnitVehicles.test(u.text) || typeof u.unit === 'number'))) return undefined;
  // "这14辆车分别是哪个单位买的", "break the three public expenses down by sub-unit", "which sub-unit accounts for the
  // most of it": a split by unit, which the document does not give.
  if ((u.intent === 'vehicles' ? CUES.byUnitVehicles : CUES.byUnitMoney).test(u.text) && (u.intent === 'vehicles' || !u.staffKind)) return { kind: 'sub_unit', name: '各单位', nameEn: 'each unit', words: '各单位', nearest: 'asked' };
  if (typeof u.unit !== 'number') return undefined;
  // ("节能专项经费项目（本级）要花多少钱": a unit in brackets qualifies the thing named before it, as the document's
  // list writes it — the thing is asked, not the unit's money.)
  if (/\([^)]*\)/.test(u.text) && listedUses(ctx).some((x) => /[(（]/.test(x.text) && u.text.includes(normalizeQuestion(x.text)))) return undefined;
  // A staff kind carried over from the last turn does not make "那它的预算是多少" a headcount question.
  const asksMoney = /预算|经费|费|钱|支出|spend|budget|cost|money/.test(u.text);
  if ((u.staffKind && !asksMoney) || CUES.staffing.test(u.text.replace(/经费|费用|预算/g, ''))) return undefined;
  const unit = ctx.doc.subUnits.find((x) => x.index === u.unit);
  if (!unit) return undefined;
  if (!meansUnitAlone(unit, ctx.doc.department, u.text)) return undefined;
  return { kind: 'sub_unit', name: unit.name, nameEn: unit.name, words: unit.name, nearest: 'asked' };
}

/**
 * Of several facts whose reasons name the words, those whose reasons share most of the question's two-character
 * windows (聘用人员的钱…挪到人员经费: the reasons about 聘用人员经费, not the income's 新增在职人员…相关人员经费).
 */
function closestReasons(keys: string[], text: string, ctx: DocContext): string[] {
  if (keys.length < 2) return keys;
  const windows = new Set(Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2)).filter((w) => /^[\u4e00-\u9fff]{2}$/.test(w)));
  const score = (k: string) => [...windows].filter((w) => ctx.facts.get(k)?.reason?.includes(w)).length;
  const best = Math.max(...keys.map(score));
  return keys.filter((k) => score(k) * 4 >= best * 3);
}

/** The longest run of the question around `words` that some stated reason holds (人员经费 → 聘用人员经费). */
function reasonWordsAround(text: string, words: string, ctx: DocContext): string {
  const at = text.indexOf(words);
  if (at < 0) return words;
  const reasons = [...ctx.facts.values()].flatMap((f) => (f.reason && !/\.mention\./.test(f.key) ? [f.reason] : []));
  const held = (w: string) => reasons.some((r) => r.includes(w));
  let [start, end] = [at, at + words.length];
  while (start > 0 && held(text.slice(start - 1, end))) start--;
  while (end < text.length && held(text.slice(start, end + 1))) end++;
  return text.slice(start, end);
}

/** Facts whose stated reason (or use) names these words; with a direction asked (涨了/减少), the facts that moved so. */
function factsWhoseReasonsName(ctx: DocContext, words: string, text: string, uses = true): string[] {
  const facts = [...ctx.facts.values()].filter((f) => !/\.mention\./.test(f.key) && ((f.reason ?? '').includes(words) || (uses && (f.usage ?? '').includes(words))));
  const said = oneDirection(text);
  const moved = facts.filter((f) => f.change !== undefined && (said === 'up' ? !f.change.startsWith('-') && f.change !== '0' : said === 'down' ? f.change.startsWith('-') : true));
  return (said ? moved : facts).map((f) => f.key);
}

/**
 * "多出来的399.77万是怎么回事": a question that names no item but quotes a figure of the document asks about the item
 * with that value or stated change (the first that states a reason, when several do).
 */
function quotedFigure(u: Understanding, ctx: DocContext): Understanding | undefined {
  // A figure the user asserts (是47个对吧) is checked, not looked up; headcounts and vehicles are asked otherwise.
  if (u.items.length > 0 || u.assertion || u.staffKind || ['staffing', 'vehicles', 'units', 'org_count'].includes(u.intent)) return undefined;
  // Money as the documents state it (一万一千四百九十一点六一万 → 11491.61); a single digit is not a quoted figure.
  const numbers = statedAmounts(u.text).filter((a) => a.unit === '万元' && !/^\d$/.test(a.value)).map((a) => a.value);
  if (numbers.length !== 1) return undefined;
  const n = numbers[0]!;
  const facts = [...ctx.facts.values()].filter((f) => !/\.mention\./.test(f.key) && (f.value === n || f.change?.replace(/^-/, '') === n));
  if (facts.length === 0) return undefined;
  const withReason = facts.filter((f) => f.reason);
  const chosen = (withReason.length ? withReason : facts)[0]!;
  const asksWhy = CUES.reason.test(u.text);
  const asChange = chosen.value !== n;
  // "11491.61万是啥钱": every item stated with that value (收入总额, 一般公共预算拨款, 支出总额), not the first alone.
  const items = asksWhy || asChange ? [chosen.key] : facts.filter((f) => f.value === n).slice(0, 3).map((f) => f.key);
  // ("邻居把11491.61万元当成2025年的预算了，2025年到底是多少": last year's figure of the items with that value — and, when
  // the figure is said to have been taken for last year's, that claim judged.)
  if (u.year === 'prior' && !asksWhy && !asChange) {
    const changed = facts.filter((f) => f.value === n && f.change !== undefined).slice(0, 3).map((f) => f.key);
    const taken = CUES.mistakenFor.test(u.text) ? { assertion: { amounts: [n], percents: [] } } : {};
    if (changed.length) return { ...u, items: changed, intent: 'prior_year', followUp: false, ...taken };
  }
  return { ...u, items, intent: asksWhy ? 'reason' : asChange ? 'change' : 'amount', followUp: false };
}

/**
 * "聘用人员的经费今年咋个换了个地方列支": a how or why asked of no item, in words a stated reason holds (聘用人员…列支) —
 * the figures whose reasons say it, with those reasons.
 */
function reasonNamed(u: Understanding, ctx: DocContext, minRun = 4): Understanding | undefined {
  // (A headcount's why — 聘用人员为啥那么多 — is no reason the document states; money kept elsewhere — 聘用人员的经费…列支 — is.)
  const ofMoney = u.intent !== 'staffing' || /经费|列支|钱|费用|预算/.test(u.text);
  // ("基本支出涨了，为啥聘用人员的钱从项目里搬出来了": an item said only in a clause before the one that asks why sets the
  // scene; the why is asked of no item.)
  const clauses = u.text.split(/[,?;!]/).filter((c) => /[\u4e00-\u9fffa-z]/.test(c));
  const whyClause = clauses.find((c) => CUES.reason.test(c));
  const scene = !!whyClause && clauses.length > 1 && !ctx.lexicon.match(whyClause).some((m) => m.entry.target.type === 'item');
  if ((u.items.length > 0 && !scene) || !ofMoney || !['not_found', 'reason', 'clarify', 'staffing'].includes(u.intent) || !/为什么|为啥|咋个|怎么|咋|why|how come/.test(u.text)) return undefined;
  const runs = (scene ? whyClause : u.text).match(/[\u4e00-\u9fff]{4,}/g) ?? [];
  // ("为什么要新设AI+…专项": words a stated reason shares only through a listed project's name, asked with no change,
  // ask why the project is there — which no reason says — not why the figure whose reason names it moved.)
  const names = CUES.change.test(u.text) ? [] : listedUses(ctx).map((x) => x.text);
  const shares = (r: string, reason: string) => {
    const n = longestCommonRun(r, reason);
    return n >= minRun && !names.some((name) => longestCommonRun(r, name) >= n);
  };
  const facts = [...ctx.facts.values()].filter((f) => f.reason && !/\.mention\./.test(f.key) && runs.some((r) => shares(r, f.reason!)));
  return facts.length ? { ...u, intent: 'reason', items: facts.slice(0, 3).map((f) => f.key) } : undefined;
}

/** The listed entries an English question names through its translated words: one entry's name holding them all. */
function translatedUse(u: Understanding, ctx: DocContext): { uses: ListedUse[]; run: number } | undefined {
  const fragments = (u.topicText?.match(/[\u4e00-\u9fff]{4,}/g) ?? []).filter((z) => !unitNames(ctx.doc.subUnits).some((x) => x.names.includes(z)));
  for (const z of fragments) {
    const entries = listedUses(ctx).filter((x) => x.text.includes(z));
    const names = new Set(entries.map((x) => x.text.replace(/（[^）]*）/g, '')));
    // (An English phrase put into a listed entry's own Chinese words names it at length, whatever item words stand beside it.)
    if (entries.length && names.size === 1) return { uses: entries, run: Math.max(z.length, 8) };
  }
  return undefined;
}

/**
 * "学生说2026年聘用人员经费仍然在项目支出中列支，对吗": a statement put up to be checked in the words of a stated
 * reason (six characters or more of them) is judged against that reason — of the reasons sharing the words, the one
 * sharing the longest run and most of the rest of the statement — and answered with it.
 */
function reasonClaimed(u: Understanding, ctx: DocContext): Understanding | undefined {
  // (A figure claimed of an item it names — 基本支出增加了584.81万，对吧 — is that item's claim, not a reason's.)
  if (u.claimedReason || !CUES.putToCheck.test(u.text) || CUES.reason.test(u.text) || u.assertion?.amounts.length) return undefined;
  // (Its own words: an item it names and the way it moved — 基本支出增加了，对吧 — are that item's claim, not a reason's.)
  let own = u.text;
  for (const m of ctx.lexicon.match(u.text)) if (m.entry.target.type !== 'staff') own = own.slice(0, m.start) + '|'.repeat(m.end - m.start) + own.slice(m.end);
  const runs = own.replace(/增加|减少|增长|下降|上升|涨|降/g, '|').match(/[\u4e00-\u9fff0-9]{6,}/g) ?? [];
  const withReason = [...ctx.facts.values()].filter((f) => f.reason && !/\.mention\./.test(f.key) && runs.some((r) => longestCommonRun(r, f.reason!) >= 6));
  if (withReason.length === 0) return undefined;
  const shared = (reason: string) => {
    const run = commonRunAt(u.text, reason);
    const rest = u.text.slice(0, run.start) + '|' + u.text.slice(run.start + run.length);
    const pairs = hanBigrams(reason);
    return run.length + [...hanBigrams(rest)].filter((p) => pairs.has(p)).length;
  };
  const best = withReason.reduce((a, f) => (shared(f.reason!) > shared(a.reason!) ? f : a));
  return { ...u, intent: 'reason', items: [best.key], claimedReason: u.text, undisclosed: undefined };
}

/** Intents whose answer states figures (a decline is already one). */
const ANSWERS_WITH_FIGURES = ['amount', 'change', 'reason', 'prior_year', 'growth', 'share', 'compare', 'sum', 'ranking'];

/**
 * Words the question names that the document does not hold at all (老旧小区改造, 乡村振兴): the question is about
 * something else than the item it also names — said so, never answered with that item's figure as if it were.
 */
function unplacedScope(u: Understanding, docText: string): Understanding | undefined {
  if (!ANSWERS_WITH_FIGURES.includes(u.intent)) return undefined;
  // (A why or a change of an item named: words around it describe it — 接待吃吃喝喝的钱 — they do not name another thing.)
  if (['reason', 'change'].includes(u.intent) && u.items.some((k) => k !== 'expenditure.total' && k !== 'fiscal.project')) return undefined;
  let folded: string | undefined;
  // Only a residue that names a budget object (X项目, X经费, X的钱) is a thing asked about; other leftovers are phrasing.
  // A name never starts with a negation, the speaker or a verb of coming and asking: 是不是不搞项目了, 我只关心保运转的钱,
  // 来参加预算审查会 are phrasing, not names; nor is a budget word that only modifies another (预算审查会, 预算公开).
  // (Tested first: the document's text is folded only when some residue names one.)
  const unplaced = (u.residue ?? []).filter(
    (r) =>
      r.length >= 2 &&
      !/^[不没别未无我你您只就来去想要看问听]/.test(r) &&
      // (…nor ends with a person: 编辑一直追问我 is someone asking, not a thing asked about.)
      !/[我你您他她]$/.test(r) &&
      !/[说讲]/.test(r) &&
      // (Nor one ending in a verb of reading: 在坝坝头念预算 reads the budget, it names no budget of 坝坝头.)
      !CUES.verbEnding.test(r) &&
      !/^(?:出去|出来|下去|起来|进去|过去)/.test(r) &&
      // (…or a word of what kind of money it is between: 停车场运行经费, 12345热线维护经费.)
      new RegExp(`${r}(?:的|方面的|相关的?)?(?:(?:运行|维护|运维|工作|保障|建设|管理|服务|活动|办公)?(?:经费|资金)|项目|支出|预算|钱|补助|补贴|工程|专项)(?!审查|审议|会|编制|公开|情况|说明|执行|报告|表|文件|材料|草案)`).test(u.text) &&
      !(folded ??= docText.replace(/\s/g, '')).includes(r),
  );
  if (unplaced.length === 0) return undefined;
  const words = unplaced[0]!;
  return { ...u, intent: 'not_found', undisclosed: { kind: 'unplaced', name: words, nameEn: words, words, nearest: u.items.length ? 'asked' : null } };
}

/**
 * "政府采购服务预算里，物业服务采购多少": a word of the question's own right before the name of a kind of procurement
 * makes it one kind of that (物业服务 of 服务采购) — a kind the document does not break out, when it never writes the two
 * together.
 */
function kindOfItem(u: Understanding, ctx: DocContext, docText: string): Understanding | undefined {
  if (!ANSWERS_WITH_FIGURES.includes(u.intent) || !u.residue?.length) return undefined;
  const folded = docText.replace(/\s/g, '');
  for (const m of ctx.lexicon.match(u.text)) {
    // (Only the kinds of procurement — goods, works, services — take a kind of their own before them: 物业服务, 办公设备货物.)
    if (m.entry.target.type !== 'item' || childrenOf(ctx, m.entry.target.key).length || parentOf(m.entry.target.key) !== 'procurement.total') continue;
    // (…named by its own word — 服务 of 服务采购, which the whole's name lacks — not by 采购 of 采购服务.)
    const own = u.text.slice(m.start, m.start + 2);
    if (!ctx.lexicon.name(m.entry.target.key).zh.includes(own) || ctx.lexicon.name('procurement.total').zh.includes(own)) continue;
    const before = u.residue.find((r) => r.length >= 2 && !CUES.verbEnding.test(r) && u.text.slice(0, m.start).endsWith(r));
    if (!before) continue;
    const kind = before + u.text.slice(m.start, Math.min(m.end, m.start + 2));
    if (folded.includes(kind)) continue;
    return { ...u, intent: 'not_found', undisclosed: { kind: 'unplaced', name: kind, nameEn: kind, words: kind, nearest: 'asked' } };
  }
  return undefined;
}

/**
 * "区长公开电话一年运行经费多少": money of a duty the document lists (区长公开电话的接办交办) — named right before an
 * item — which no figure breaks out: not the department's whole item as if it were that duty's.
 */
function dutyMoney(u: Understanding, ctx: DocContext): Understanding | undefined {
  // ("区长公开电话这块花了好多钱": money asked of a duty, with no item named — the duty's own words before a generic tail.)
  const ofDuty = u.items.length === 0 && u.namesNoItem && CUES.money.test(u.text);
  if ((!ANSWERS_WITH_FIGURES.includes(u.intent) || u.items.length === 0) && !ofDuty) return undefined;
  const duties = dutiesText(ctx);
  const matches = ctx.lexicon.match(u.text);
  for (const run of u.unexplained ?? []) {
    const name = run.replace(CUES.areaTail, '');
    const at = u.text.indexOf(run);
    if (name.length < 4 || at < 0 || (!ofDuty && !matches.some((m) => m.start === at + run.length && !m.entry.weak))) continue;
    if (duties.includes(name)) return { ...u, intent: 'not_found', undisclosed: { kind: 'unplaced', name, nameEn: name, words: name, nearest: 'asked' } };
  }
  return undefined;
}

/** A document's text normalised as questions are (kept for the last few documents). */
const normalizedDocument = memoize((text: string) => normalizeQuestion(text), 8);

/** The document's duties, normalised once per document (keyed by its passages, which every context of it shares). */
const DUTIES = new WeakMap<object, string>();
function dutiesText(ctx: DocContext): string {
  let text = DUTIES.get(ctx.passages);
  if (text === undefined) {
    text = ctx.passages.filter((p) => p.headingPath.some((h) => /职能|职责/.test(h))).map((p) => normalizeQuestion(p.text)).join('|');
    DUTIES.set(ctx.passages, text);
  }
  return text;
}

/** Words after "for" / "on" that say where to look or when, not a thing of its own. */
const EN_SCOPE_WORDS = /^(?:the|a|an|this|that|these|those|it|its|their|our|your|whole|entire|total|overall|all|each|every|next|last|current|coming|year|years|budget|budgets|spending|money|funds?|office|offices|department|departments|unit|units|sub-?units?|government|district|yuzhong|chongqing|general|public|\d{4}|\d+|fiscal|financial|in|of|and|to|is|are|was|were|please|now|so|far|approved|planned|allocated|set|aside|compared|with|than|vs|for|on|spent|used|going|goes)$/;

/**
 * "What's the budget line for office stationery?": an English question that names
 * no item of its own (only budget, spending) but money for something the document does not hold — not the whole budget.
 */
function unplacedEnglish(u: Understanding, ctx: DocContext): Understanding | undefined {
  if (u.lang !== 'en' || !['amount', 'change', 'growth', 'prior_year'].includes(u.intent) || u.unit !== undefined || u.followUp || CUES.hasAny.test(u.text)) return undefined;
  const matches = ctx.lexicon.match(u.text);
  let t = u.text;
  for (const m of matches) t = t.slice(0, m.start) + ' '.repeat(m.end - m.start) + t.slice(m.end);
  // "Out of the procurement money, how much is for cleaning contracts?": a part of the item named, which the document
  // does not break out — the item is the nearest figure.
  const within = /\b(?:out of|of|from|within)\b[^?]*?,?\s*how much (?:of it |of that )?(?:is|goes|went|was|will go)?\s*(?:for|to|on|spent on)\s+((?:[a-z][a-z-]*\s*){1,4})/.exec(t);
  const part = (within?.[1] ?? '').trim().split(/\s+/).filter((w) => w.length >= 3 && !EN_SCOPE_WORDS.test(w));
  if (part.length && matches.some((m) => !m.entry.weak)) {
    const name = part.join(' ');
    return { ...u, intent: 'not_found', undisclosed: { kind: 'unplaced', name, nameEn: name, words: name, nearest: 'asked' } };
  }
  // (With an item named the words left around it are its paraphrase — buying, official, running — not a thing asked.)
  if (matches.some((m) => !m.entry.weak)) return undefined;
  // (Money for something: "budget line for X", "how much is for X", "spend on X" — not "for our index, I need …".)
  const m = /\b(?:budget(?:ed)?|spen[dt]|spending|costs?|money|funds?|allocated|aside|line|much(?: is| goes)?)\s+(?:[a-z]+\s+){0,2}?(?:for|on|to)\s+((?:[a-z][a-z-]*\s*){1,4})/.exec(t);
  // (A plural's s left by a matched name — "official reception|s" — is no word.)
  const words = (m?.[1] ?? '').trim().split(/\s+/).filter((w) => w.length >= 3 && !EN_SCOPE_WORDS.test(w));
  if (words.length === 0) return undefined;
  const name = words.join(' ');
  return { ...u, intent: 'not_found', undisclosed: { kind: 'unplaced', name, nameEn: name, words: name, nearest: null } };
}

/**
 * "公务用车运行维护费为什么增加 → 新增了几辆车": a count the conversation's items state inside their reason (新增公务用车4辆),
 * asked in its own words — that figure, not another count of the document.
 */
function askedMention(u: Understanding, ctx: DocContext): Understanding | undefined {
  // Asked (新增了几辆车) or asserted (新增了4辆公务用车是吧).
  const stated = u.assertion ? statedAmounts(u.text).find((a) => a.unit === '辆' || a.unit === '人')?.unit : undefined;
  const unit = /几辆|多少辆|how many (?:cars|vehicles)/.test(u.text) ? '辆' : /几个人|几人|多少人/.test(u.text) ? '人' : stated;
  if (!unit) return undefined;
  const around = [...u.items, ...(u.history ?? [])];
  const asked = hanBigrams(u.text);
  const mention = [...ctx.facts.values()].find((f) => {
    const owner = f.key.replace(/\.mention\.\d+$/, '');
    if (owner === f.key || f.unit !== unit || !around.includes(owner)) return false;
    // Only the mention's own words count (新增 of 新增公务用车), not the words it shares with its item's name (公务用车):
    // "公务用车共有几辆" asks the vehicles the document lists, not the ones a reason mentions.
    const ownerName = hanBigrams(ctx.facts.get(owner)?.label ?? '');
    return [...hanBigrams(f.label)].some((w) => !ownerName.has(w) && asked.has(w));
  });
  return mention ? { ...u, intent: 'amount', items: [mention.key] } : undefined;
}

/** "A的B" naming two items with only 的 between them: the one figure it names (B when B is a part of A, else A). */
function qualifierOf(u: Understanding, ctx: DocContext): string | undefined {
  const ms = ctx.lexicon.match(u.text).flatMap((m) => (m.entry.target.type === 'item' && u.items.includes(m.entry.target.key) ? [{ key: m.entry.target.key, start: m.start, end: m.end }] : []));
  if (ms.length !== 2) return undefined;
  const [a, b] = ms.sort((x, y) => x.start - y.start) as [(typeof ms)[number], (typeof ms)[number]];
  if (u.text.slice(a.end, b.start) !== '的') return undefined;
  return parentOf(b.key) === a.key ? b.key : a.key;
}

/** Money for some vehicles the question counts (那4辆) when no stated vehicle count is that number: not disclosed. */
function vehicleSubset(u: Understanding, ctx: DocContext): { und: Undisclosed; money: string } | undefined {
  if (u.perVehicle || !['amount', 'vehicles', 'change'].includes(u.intent) || !CUES.asksAmount.test(u.text)) return undefined;
  const money = u.items.find((k) => k === 'sangong.vehicle_purchase' || k === 'sangong.vehicle_operation');
  const n = /(\d+|[一二两三四五六七八九十]+)\s*辆/.exec(u.text)?.[1];
  if (!money || !n) return undefined;
  const count = /^\d+$/.test(n) ? n : chineseToDecimal(n);
  const stated = [...ctx.facts.values()].some((f) => f.key.startsWith('vehicles.') && f.value === count);
  if (!count || stated) return undefined;
  const item = itemName(ctx, money, 'zh');
  return { money, und: { kind: 'unplaced', name: `所问那几辆车的${item}`, nameEn: `the ${itemName(ctx, money, 'en')} of those particular vehicles`, words: `那几辆车的${item}`, nearest: 'asked' } };
}

/** The one other item named after this one (its name inside the other's) whose change the document states, when this one's it does not. */
function changedTwin(key: string, ctx: DocContext): string | undefined {
  const f = ctx.facts.get(key);
  if (!f || f.change !== undefined) return undefined;
  const name = itemName(ctx, key, 'zh');
  const twins = [...ctx.facts.values()].filter((g) => g.key !== key && g.change !== undefined && !/\.mention\./.test(g.key) && itemName(ctx, g.key, 'zh').includes(name));
  return twins.length === 1 ? twins[0]!.key : undefined;
}
