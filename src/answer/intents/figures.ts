import { Decimal } from 'decimal.js';
import { CalcError, difference, evaluate, percentChange, priorYear, type CalcResult, type Operand } from '../../calc/index.js';
import { commonRunAt, hanBigrams, longestCommonRun } from '../text-match.js';
import type { StoredFact } from '../../domain/types.js';
import type { AnswerBuilder } from '../answer-builder.js';
import type { Understanding } from '../understand.js';
import { childrenOf, contactLine, factOperand as op, itemName, parentOf, resolveFacts, type DocContext, type Handler } from './context.js';
import { sayVerdict, verdict, wrongPremise } from './verdict.js';
import { CUES } from '../intent-cues.js';
import { BROAD_REASON_WORDS, oneDirection, paraphrasesReason } from '../question-claims.js';
import { INSIDE_WORDS } from '../question-text.js';
import { saidOfLastYear } from '../stated-computation.js';

const changeOp = (f: StoredFact): Operand => ({ value: f.change!, unit: f.unit, factId: f.id, label: `${f.key}.change` });

/** "比2025年增加34万元" / "与2025年持平" / "比上年增长3.2%" — the stated change of a fact, in words. */
export function describeChange(b: AnswerBuilder, f: StoredFact): string | undefined {
  const prior = b.doc.year - 1;
  if (f.change !== undefined) {
    const d = new Decimal(f.change);
    if (d.isZero()) return b.t(`与${prior}年持平`, `unchanged from ${prior}`);
    const amount = b.change(f);
    return d.isNeg() ? b.t(`比${prior}年减少${amount}`, `a decrease of ${amount} from ${prior}`) : b.t(`比${prior}年增加${amount}`, `an increase of ${amount} over ${prior}`);
  }
  if (f.changePercent !== undefined) {
    b.cite(f.sentence);
    const d = new Decimal(f.changePercent);
    const p = `${f.changePercent.replace(/^-/, '')}%`;
    return d.isNeg() ? b.t(`比上年下降${p}`, `a decrease of ${p} from last year`) : b.t(`比上年增长${p}`, `an increase of ${p} over last year`);
  }
  if (f.changeNote !== undefined) return b.t(`（${b.quote(f.changeNote, f.changeSpan!)}）`, `(${b.quote(f.changeNote, f.changeSpan!)})`);
  return undefined;
}

function lead(b: AnswerBuilder, ctx: DocContext, f: StoredFact): string {
  const name = itemName(ctx, f, b.lang);
  const held = f.asOf ? b.t(f.asOf, f.asOf) : `${b.doc.year}年`;
  // 无“三公”经费预算: said as the document says it, in its words.
  if (b.inWords(f) && new Decimal(f.value).isZero()) {
    return b.t(`${held}没有${name}（文件说明：${b.words(f)}，即${b.amountOf(f)}）`, `In ${b.doc.year} there is no ${name} (the document says: ${b.words(f)}; that is ${b.amountOf(f)})`);
  }
  // 新增公务用车4辆: a count stated inside another item's reason, given with the words it stands in.
  const owner = ctx.facts.get(f.key.replace(/\.mention\.\d+$/, ''));
  if (owner && owner.key !== f.key && owner.reason && owner.reasonSpan) {
    const ownerName = itemName(ctx, owner, b.lang);
    return b.t(`${held}${name}${b.fact(f)}（文件在${ownerName}变化的原因中写明：${b.quote(owner.reason, owner.reasonSpan)}）`, `In ${b.doc.year}, ${name}: ${b.fact(f)} (stated in the reason for the change in ${ownerName}: ${b.quote(owner.reason, owner.reasonSpan)})`);
  }
  const verb = f.key.startsWith('vehicles.') || ['人', '辆', '个'].includes(f.unit) || /预算|总额|金额$/.test(name) ? '为' : '预算为';
  return b.t(`${held}${name}${verb}${b.fact(f)}`, `In ${b.doc.year}, ${name}: ${b.fact(f)}`);
}

export const amountHandler: Handler = (input) => {
  const { u, ctx, b } = input;
  const resolved = resolveFacts(ctx, u.items);
  if (resolved.facts.length === 0) return notStated(b, ctx, resolved.missing);
  // ("运行维护费涨了8.2万是因为新增了4辆公务用车": a count stated inside a reason, claimed beside the change of the item
  // whose reason it is — that item is judged and given too.)
  const owners = resolved.facts.flatMap((f) => {
    const owner = ctx.facts.get(f.key.replace(/\.mention\.\d+$/, ''));
    return owner && owner.key !== f.key && u.assertion?.about?.includes(owner.key) && !u.items.includes(owner.key) ? [owner] : [];
  });
  const facts = [...owners, ...resolved.facts];
  if (u.assertion?.mostly) return mostlyAnswer(input, facts);
  // "购置费平均下来每辆多少万" / "O&M cost per vehicle": a vehicle cost over the vehicles bought or held, framed as that division.
  if (u.perVehicle) {
    const money = facts.find((f) => f.key === 'sangong.vehicle_purchase' || f.key === 'sangong.vehicle_operation');
    const count = ctx.facts.get(`vehicles.${u.perVehicle}.total`);
    if (money && count && new Decimal(count.value).gt(0)) {
      const r = evaluate('{a} / {n}', { a: { value: money.value, unit: money.unit, factId: money.id }, n: { value: count.value, unit: count.unit, factId: count.id } }, { kind: 'money', unit: money.unit });
      const name = itemName(ctx, money, b.lang);
      const [zhCount, enCount] = u.perVehicle === 'planned' ? ['计划购置车辆', 'the vehicles it plans to buy'] : [`截至${b.doc.year - 1}年12月共有车辆`, `the vehicles held at the end of ${b.doc.year - 1}`];
      b.say(
        `按${b.doc.year}年${name}${b.fact(money)}、${zhCount}${b.fact(count)}计算，平均每辆${b.derived(r)}（${b.derivation(r)}）；文件没有单列每辆车的${u.perVehicle === 'planned' ? '价格' : '费用'}。`,
        `Dividing ${b.doc.year} ${name} (${b.fact(money)}) by ${enCount} (${b.fact(count)}) gives ${b.derived(r)} each (${b.derivation(r)}); the document does not state a figure per vehicle.`,
      );
      return 'answered';
    }
  }
  // "金额的计量单位是什么": the unit, shown on a figure of the document.
  if (u.unitOfMeasure) b.say('文件中的金额以万元为单位，例如：', 'Amounts in the document are in 万元 (ten thousand yuan); for example: ');
  // "三公经费是3000万元吧": whether it holds, then the document's figure — never the user's number repeated.
  const v = verdict(u, facts);
  if (v) sayVerdict(b, v);
  else if (u.yesNo && !u.yesNo.direction && facts.every((f) => new Decimal(f.value).isZero())) {
    // 今年有没有“三公”经费？ — none, as the figure (or the words) below say; said to be there and put up to be checked
    // (学生说2026年有政府性基金…的支出，对吗) — not so.
    if (/(?:^|[^没])有[^,?]{2,}/.test(u.text) && CUES.putToCheck.test(u.text)) sayVerdict(b, 'no');
    else b.say(b.t('没有。', 'No. '));
  }
  for (const f of facts.slice(0, 6)) {
    const change = describeChange(b, f);
    const converted = u.convertTo ? conversion(b, f, u.convertTo, u.roundTo) : u.roundTo !== undefined ? rounded(b, f, u.roundTo) : '';
    b.say(`${lead(b, ctx, f)}${converted}${change ? `，${change}` : ''}。`, `${lead(b, ctx, f)}${converted}${change ? `, ${change}` : ''}.`);
  }
  // "Procurement of works is 23.1 wan yuan, isn't it?": a wrong figure that is a sibling's — whose it is.
  if (v === 'no') for (const f of figureOfSibling(ctx, facts, u.claims ?? [])) b.say(`您说的数与文件中${itemName(ctx, f, 'zh')}${b.fact(f, { role: 'context' })}相同，供参考。`, ` For reference, ${b.fact(f, { role: 'context' })} is ${itemName(ctx, f, 'en')}.`);
  return 'answered';
};

/** Facts of the same group as those asked (a sibling, never one asked) whose value is a figure the user claimed. */
function figureOfSibling(ctx: DocContext, asked: StoredFact[], claims: readonly string[]): StoredFact[] {
  const keys = new Set(asked.map((f) => f.key));
  const groups = new Set(asked.map((f) => parentOf(f.key)));
  const siblings = [...groups].flatMap((g) => childrenOf(ctx, g)).filter((f) => !keys.has(f.key) && f.unit === '万元');
  return siblings.filter((f) => claims.some((c) => !new Decimal(c).isZero() && new Decimal(c).eq(f.value))).slice(0, 1);
}

const SCALE: Record<string, Record<string, string>> = {
  万元: { 元: '{v} * 10000', 亿元: '{v} / 10000', 'million yuan': '{v} / 100' },
  元: { 万元: '{v} / 10000', 亿元: '{v} / 100000000', 'million yuan': '{v} / 1000000' },
};

/**
 * An amount in another unit, from the calculator (undefined when there is no such conversion): rounded to `places` when
 * asked; else a larger unit keeps four decimal places (1.1492亿元), as 万元 → million yuan does, and a smaller one is exact.
 */
function inUnit(amount: Operand, to: string, places?: number): CalcResult | undefined {
  const expr = SCALE[amount.unit ?? '']?.[to];
  if (!expr) return undefined;
  const kind = to === '亿元' || to === 'million yuan' ? 'ratio' : 'money';
  return evaluate(expr, { v: amount }, places !== undefined ? { places, unit: to } : { kind, unit: to });
}

/** "367.35万元，即3673500元（367.35 × 10000 = 3673500）": a stated amount in another unit, from the calculator. */
function conversion(b: AnswerBuilder, f: StoredFact, to: string, places?: number): string {
  const r = inUnit(op(f), to, places);
  if (!r) return '';
  // "折算为亿元（保留两位小数）": converted and rounded as asked, in one step of the calculator.
  if (places !== undefined) {
    return b.t(`，即${b.derived(r)}（${b.derivation(r)}，${roundingWords(b, places)}）`, ` (that is ${b.derived(r)}: ${b.derivation(r)}, ${roundingWords(b, places)})`);
  }
  // (亿元 as people say it, to two places: 1.1492亿元, about 1.15亿元 — rounded by the calculator, half up.)
  const two = to === '亿元' ? inUnit(op(f), to, 2) : undefined;
  const about = two && two.value !== r.value ? b.t(`，约${b.derived(two)}`, `, about ${b.derived(two)}`) : '';
  return b.t(`，即${b.derived(r)}（${b.derivation(r)}）${about}`, ` (that is ${b.derived(r)}: ${b.derivation(r)}${about})`);
}

/** How a figure was rounded, in words; the number of places is a count the answer states (保留2位小数). */
function roundingWords(b: AnswerBuilder, places: number): string {
  if (places === 0) return b.t('四舍五入到整数', 'to a whole number');
  const n = b.count(places, 'decimal places asked');
  return b.t(`保留${n}位小数`, `to ${n} decimal place${places > 1 ? 's' : ''}`);
}

/** "保留一位小数": the stated amount rounded by the calculator, shown with how (367.35 ≈ 367.4). */
function rounded(b: AnswerBuilder, f: StoredFact, places: number): string {
  const r = evaluate('{v}', { v: { value: f.value, unit: f.unit, factId: f.id } }, { places, unit: f.unit });
  const how = roundingWords(b, places);
  return b.t(`，${how}为${b.derived(r)}（${b.derivation(r)}）`, ` (${how}: ${b.derived(r)}, ${b.derivation(r)})`);
}

export const changeHandler: Handler = ({ u, ctx, b }) => {
  const { facts, missing } = resolveFacts(ctx, u.items);
  if (facts.length === 0) return notStated(b, ctx, missing);
  let stated = 0;
  // ("接待费比去年还涨了1.3万，咋个回事": asked as a question, on a change in the wrong direction.)
  const v = verdict(u, facts) ?? (facts.length === 1 && wrongPremise(u, facts[0]!) ? 'no' : undefined);
  if (v) sayVerdict(b, v);
  for (const f of facts.slice(0, 6)) {
    const change = describeChange(b, f);
    if (!change) {
      b.say(`${lead(b, ctx, f)}，文件没有说明与上年相比的变化。`, `${lead(b, ctx, f)}; the document does not state the change from last year.`);
      continue;
    }
    stated++;
    // ("变化大吗": how big is a judgement the document does not make — the figures answer, with no 是的; nor is
    // "这不矛盾吗" a yes/no about the change.)
    if (!v && u.yesNo && f.change !== undefined && !CUES.sizeJudged.test(u.text) && !CUES.consistencyAsked.test(u.text)) {
      const d = new Decimal(f.change);
      const actual = d.isZero() ? 'flat' : d.isNeg() ? 'down' : 'up';
      const asked = u.yesNo.direction;
      const yes = asked ? asked === actual : actual !== 'flat';
      b.say(yes ? b.t('是的，', 'Yes. ') : b.t('没有，', 'No. '));
    }
    const roundedToo = u.convertTo ? conversion(b, f, u.convertTo, u.roundTo) : u.roundTo !== undefined ? rounded(b, f, u.roundTo) : '';
    // "去年才26.25万，今年反而涨了": a figure claimed of last year is checked against last year's, so that one is said too.
    // ("比去年增加多少，去年又是多少": last year's figure asked beside its change.)
    const claimedPrior = (u.year === 'prior' && !!u.assertion?.amounts.length) || !!u.assertion?.amountsAt?.some((at) => saidOfLastYear(u.text, at));
    const prior = claimedPrior || CUES.priorValueToo.test(u.text) ? priorOf(f) : undefined;
    const priorText = prior ? b.t(`，${b.doc.year - 1}年为${b.derived(prior)}（${b.derivation(prior)}）`, ` (${b.doc.year - 1}: ${b.derived(prior)}, ${b.derivation(prior)})`) : '';
    // ("比去年多了多少 → 换成元呢": the change in the unit asked too.)
    const moved = u.convertTo && f.change !== undefined ? inUnit({ value: new Decimal(f.change).abs().toFixed(), unit: f.unit, factId: f.id }, u.convertTo) : undefined;
    const movedText = moved ? b.t(`（变化额即${b.derived(moved)}：${b.derivation(moved)}）`, ` (the change is ${b.derived(moved)}: ${b.derivation(moved)})`) : '';
    b.say(`${lead(b, ctx, f)}${roundedToo}，${change}${movedText}${priorText}。`, `${lead(b, ctx, f)}${roundedToo}, ${change}${movedText}${priorText}.`);
    if (f.reason && f.reasonSpan) b.say(`主要原因是${b.quote(f.reason, f.reasonSpan)}。`, `The stated reason: ${b.quote(f.reason, f.reasonSpan)}.`);
  }
  if (stated === 0) contactLine(b);
  return stated ? 'answered' : 'not_found';
};

/**
 * Whether a claimed reason is the stated one: every figure it names stands in the stated reason, and it shares a word
 * (two characters) with it beyond the words of change themselves. "新买了14辆车" is not "新增公务用车4辆".
 */
export function claimHolds(claim: string, reason: string): boolean {
  // ("聘用人员经费仍然在项目支出中列支" against 「2026年聘用人员经费不在项目中列支」: the same words, one side negated.)
  if (oppositePolarity(claim, reason) || movesOtherWay(claim, reason)) return false;
  const numbers = (s: string) => s.match(/\d+(?:\.\d+)?/g) ?? [];
  const inReason = new Set(numbers(reason));
  if (numbers(claim).some((n) => !inReason.has(n))) return false;
  const GENERIC = /^(?:增加|减少|增长|下降|是因|因为|主要|原因|所以|的话|了吧|是吧|对吧)$/;
  // (Pairs are read within the words between direction and asking words: 拨款增加 shares 拨款, not 款增.)
  const pairs = (t: string) => new Set(t.split(/增加|减少|增长|下降|是因为|因为|主要|原因|所以|的话|了吧|是吧|对吧/).flatMap((part) => [...hanBigrams(part)]));
  const r = pairs(reason);
  const shared = [...pairs(claim)].filter((p) => !GENERIC.test(p) && r.has(p));
  // (A Latin word the reason also says is shared as much as a pair of characters: 啥子AI项目 of 新增AI+…专项.)
  const latin = (t: string) => t.toLowerCase().match(/[a-z]{2,}/g) ?? [];
  const reasonLatin = new Set(latin(reason));
  if (latin(claim).some((w) => reasonLatin.has(w))) return true;
  if (shared.length === 0) return paraphrasesReason(claim, reason);
  // Broad words only (人员, 经费): the claim holds when it says whose they are as the reason does (离退休人员 is not
  // 在职人员) and has them move the same way (新增了人员 is not 在职人员调出).
  if (!shared.every((p) => BROAD_REASON_WORDS.has(p))) return true;
  const whose = shared.every((p) => {
    const at = claim.indexOf(p);
    const before = claim.slice(Math.max(0, at - 4), at).replace(/[了的]+$/, '').slice(-2);
    return before.length < 2 || GENERIC.test(before) || !/^[\u4e00-\u9fff]{2}$/.test(before) || r.has(before) || !!oneDirection(before) || /是|为|因/.test(before);
  });
  const said = oneDirection(claim);
  const stated = oneDirection(reason);
  return whose && !(said && stated && said !== stated);
}


/** A thing named before a word of change (项目支出增加, 在职人员调出), with the way it moves. */
const MOVES = /([\u4e00-\u9fff]{2,6}?)(增加|增长|上升|上涨|减少|下降|降低|压减)/g;

/**
 * "是因为项目支出增加了" against 「基本支出增加584.81万元，项目支出减少185.04万元」: a thing the claim has move one way
 * that the reason has move the other (the same last four characters of its name). Pure.
 */
function movesOtherWay(claim: string, reason: string): boolean {
  const moved = (t: string) => [...t.matchAll(MOVES)].map((m) => ({ what: m[1]!.slice(-4), way: oneDirection(m[2]!) }));
  const stated = moved(reason);
  return moved(claim).some((c) => stated.some((r) => r.way && c.way && r.way !== c.way && (r.what.endsWith(c.what) || c.what.endsWith(r.what))));
}

/** Words that deny what follows them in a clause (不在, 不再, 没有, 未). */
const NEGATION = /不在|不再|不是|不列|不用|没有|没在|未/;

/**
 * Whether a claim and a stated reason say the same words (a run of six characters or more) in clauses of which only
 * one is negated.
 */
function oppositePolarity(claim: string, reason: string): boolean {
  const clause = (text: string, at: number) => {
    const before = text.slice(0, at).search(/[^,，;；。?？!！]*$/);
    const after = text.slice(at).search(/[,，;；。?？!！]/);
    return text.slice(before, after < 0 ? text.length : at + after);
  };
  const run = commonRunAt(claim, reason);
  if (run.length < 6) return false;
  const said = claim.slice(run.start, run.start + run.length);
  const ours = clause(claim, run.start);
  const theirs = clause(reason, reason.indexOf(said));
  // (…and the same thing said of it: what follows the denial — 在项目中列支 — stands in the claim too, three characters
  // or more; "挪到基本支出那边去了" says the same as 不在项目中列支 in other words and is not judged so.)
  const denial = NEGATION.exec(theirs) ?? NEGATION.exec(ours);
  const predicate = denial ? (denial.input === theirs ? theirs : ours).slice(denial.index + denial[0].length).replace(/^在/, '') : '';
  if (predicate.length < 3 || longestCommonRun(predicate, denial!.input === theirs ? ours : theirs) < 3) return false;
  // (Asking words are no denial: 是不是因为, 有没有, 对不对.)
  const denies = (c: string) => NEGATION.test(c.replace(/是不是|对不对|有没有|是否|可不可以|能不能/g, ''));
  return denies(ours) !== denies(theirs);
}

export const reasonHandler: Handler = ({ u, ctx, b }) => {
  const { facts, missing } = resolveFacts(ctx, u.items);
  if (facts.length === 0) return notStated(b, ctx, missing);
  let explained = 0;
  // "增加是因为油价涨了": the claimed reason judged against the stated one, before it is given.
  const stated = facts.find((f) => f.reason);
  if (u.claimedReason && stated) {
    const figures = u.claimedFigures ? verdict({ ...u, assertion: u.claimedFigures }, facts) : undefined;
    sayVerdict(b, claimHolds(u.claimedReason, stated.reason!) && figures !== 'no' ? 'yes' : 'no');
  }
  else if (facts.length === 1 && wrongPremise(u, facts[0]!)) sayVerdict(b, 'no');
  // (A part already said with its reason under its total is not said again.)
  const covered = new Set<string>();
  const unexplained: StoredFact[] = [];
  for (const f of facts.slice(0, 4)) {
    if (covered.has(f.key)) continue;
    const change = describeChange(b, f);
    const name = itemName(ctx, f, b.lang);
    if (f.reason && f.reasonSpan) {
      b.say(`${b.doc.year}年${name}${b.fact(f)}，${change ?? ''}，主要原因是${b.quote(f.reason, f.reasonSpan)}。`, `${name} is ${b.fact(f)}${change ? `, ${change}` : ''}. The document gives the reason: ${b.quote(f.reason, f.reasonSpan)}.`);
      explained++;
      continue;
    }
    if (f.change !== undefined && new Decimal(f.change).isZero()) {
      // Unchanged, and the document gives no reason: said so — "no change" is not a reason for the figure itself.
      b.say(`${b.doc.year}年${name}${b.fact(f)}，${change}；文件没有说明原因。`, `${name} is ${b.fact(f)}, ${change}; the document gives no reason.`);
      continue;
    }
    const parts = childrenOf(ctx, f.key).filter((c) => c.reason && c.change !== undefined && !new Decimal(c.change).isZero());
    // (Figures with no reason and no parts that have one are said together, and that no reason is given said once.)
    if (!parts.length) {
      unexplained.push(f);
      continue;
    }
    b.say(`${b.doc.year}年${name}${b.fact(f)}${change ? `，${change}` : ''}。文件没有单独说明其变化原因`, `${name} is ${b.fact(f)}${change ? `, ${change}` : ''}. The document gives no reason for the total`);
    if (parts.length) {
      b.say('，各分项的说明如下：', '; for its items it says:');
      parts.forEach((c, i) => {
        covered.add(c.key);
        const last = i === parts.length - 1;
        b.say(`${itemName(ctx, c, 'zh')}${describeChange(b, c)}，主要原因是${b.quote(c.reason!, c.reasonSpan!)}${last ? '。' : '；'}`, `${itemName(ctx, c, 'en')} ${describeChange(b, c)}, because ${b.quote(c.reason!, c.reasonSpan!)}${last ? '.' : ';'}`);
      });
      explained++;
    } else {
      b.say('。', '.');
    }
  }
  if (unexplained.length) {
    const said = unexplained.map((f) => {
      const change = describeChange(b, f);
      return [`${b.doc.year}年${itemName(ctx, f, 'zh')}${b.fact(f)}${change ? `，${change}` : ''}`, `${itemName(ctx, f, 'en')} is ${b.fact(f)}${change ? `, ${change}` : ''}`];
    });
    const changed = unexplained.some((f) => f.change !== undefined);
    b.say(
      `${said.map((x) => x[0]).join('；')}。文件没有${unexplained.length > 1 ? '说明这些数字的原因' : changed ? '单独说明其变化原因' : '说明原因'}。`,
      `${said.map((x) => x[1]).join('; ')}. The document gives no reason ${unexplained.length > 1 ? 'for these figures' : changed ? 'for the change' : 'for it'}.`,
    );
  }
  if (explained === 0) {
    contactLine(b);
    return 'not_found';
  }
  return 'answered';
};

/** Last year's value = this year's value − the stated change (or ÷ (1 + rate) when only a rate is stated). */
export function priorOf(f: StoredFact) {
  if (f.change !== undefined) return priorYear(op(f), changeOp(f));
  if (f.changePercent !== undefined) {
    return evaluate('{v} / (1 + {p} / 100)', { v: op(f), p: { value: f.changePercent, factId: f.id } }, { kind: 'money', unit: f.unit });
  }
  return undefined;
}

/**
 * "政府采购预算主要是买货物的吧" / "mostly goods": whether the part named is the largest of its total's parts, then the
 * total and its largest part from the document.
 */
/** The whole a part is said inside, up to the word that puts it there (三公经费里 of 三公经费里购置费). */
const WHOLE_BEFORE = new RegExp(`^.*${INSIDE_WORDS}`);

function mostlyAnswer({ u, ctx, b }: Parameters<Handler>[0], facts: StoredFact[]): 'answered' {
  // (The words claimed the most, without the whole they are said inside: 三公经费里购置费最多 claims 购置费.)
  const word = u.assertion!.mostly!.replace(WHOLE_BEFORE, '');
  // "基本支出占了大头吧": the part is named, and its total is the item it belongs to.
  const total = facts.find((f) => childrenOf(ctx, f.key).length > 0) ?? facts.map((f) => ctx.facts.get(parentOf(f.key))).find((p) => p && childrenOf(ctx, p.key).length > 0);
  const parts = total ? childrenOf(ctx, total.key).filter((f) => !b.inWords(f)) : [];
  if (!total || parts.length === 0) {
    for (const f of facts.slice(0, 3)) b.say(`${lead(b, ctx, f)}。`, `${lead(b, ctx, f)}.`);
    return 'answered';
  }
  const largest = parts.reduce((m, f) => (new Decimal(f.value).gt(m.value) ? f : m));
  const named = (f: StoredFact) => `${f.label}${itemName(ctx, f, 'zh')}${itemName(ctx, f, 'en')}`.toLowerCase().includes(word);
  // "全部都是服务类吧": the named part must be the whole — every other part zero — and the others are said.
  if (u.assertion!.all) {
    const others = parts.filter((f) => !named(f) && !new Decimal(f.value).isZero());
    sayVerdict(b, parts.some(named) && others.length === 0 ? 'yes' : 'no');
    const list = (lang: 'zh' | 'en') => parts.filter((f) => !new Decimal(f.value).isZero()).map((f) => `${itemName(ctx, f, lang)}${lang === 'zh' ? '' : ' '}${b.fact(f)}`);
    b.say(`${lead(b, ctx, total)}，其中${list('zh').join('、')}。`, `${lead(b, ctx, total)}: ${list('en').join(', ')}.`);
    return 'answered';
  }
  sayVerdict(b, named(largest) ? 'yes' : 'no');
  const part = parts.find((f) => f !== largest && named(f));
  b.say(
    `${lead(b, ctx, total)}，其中最多的是${itemName(ctx, largest, 'zh')}${b.fact(largest)}${part ? `，${itemName(ctx, part, 'zh')}为${b.fact(part)}` : ''}。`,
    `${lead(b, ctx, total)}; the largest part is ${itemName(ctx, largest, 'en')} at ${b.fact(largest)}${part ? `, while ${itemName(ctx, part, 'en')} is ${b.fact(part)}` : ''}.`,
  );
  return 'answered';
}

/** Last year's figure as the same department's document of that year states it, when that document is loaded. */
export function statedPrior(ctx: DocContext, f: StoredFact): StoredFact | undefined {
  const p = ctx.prior?.facts.get(f.key);
  return p && p.unit === f.unit ? p : undefined;
}

/**
 * "去年呢" with last year's document loaded: its own figure, cited there. When this year's document states a change
 * that does not lead back to it, both are given with the gap (2025年说明为X；2026年说明称减少Y，推算为Z，相差W).
 */
function fromPriorDocument(b: AnswerBuilder, ctx: DocContext, f: StoredFact, p: StoredFact): void {
  const name = itemName(ctx, f, b.lang);
  const prior = b.doc.year - 1;
  b.say(`${prior}年${name}为${b.fact(p)}（见${prior}年部门预算说明）。`, `${name} in ${prior} was ${b.fact(p)} (from the ${prior} budget document).`);
  const derived = f.change !== undefined ? priorOf(f) : undefined;
  if (!derived || derived.value === p.value || new Decimal(derived.value).eq(p.value)) return;
  b.uses(f);
  const gap = difference(op(p), { value: derived.value, unit: f.unit, label: `${f.key}@derived` });
  b.say(
    `但${b.doc.year}年说明称${name}${describeChange(b, f)}，据此推算${prior}年为${b.derived(derived)}（${b.derivation(derived)}），与${prior}年说明相差${b.derived(gap, { abs: true })}（${b.derivation(gap)}）。`,
    `But the ${b.doc.year} document says ${name} changed (${describeChange(b, f)}), which gives ${b.derived(derived)} for ${prior} (${b.derivation(derived)}): ${b.derived(gap, { abs: true })} away from the ${prior} document (${b.derivation(gap)}).`,
  );
}

export const priorYearHandler: Handler = ({ u, ctx, b }) => {
  const { facts, missing } = resolveFacts(ctx, u.items);
  if (facts.length === 0) return notStated(b, ctx, missing);
  let ok = 0;
  const prior = b.doc.year - 1;
  // "公务接待费去年是26.25万": whether last year's figure is the one claimed.
  // (Of each item asked: 11491.61万元 taken for last year's budget is judged against last year's income and spending both.)
  const priorValues = facts.slice(0, 6).map((f) => statedPrior(ctx, f)?.value ?? priorOf(f)?.value);
  if (priorValues.every((v) => v !== undefined) && u.assertion?.amounts.length) {
    const holds = priorValues.every((priorValue) => u.assertion!.amounts.every((a, i) => {
      const r = u.assertion!.approx?.[i];
      return r ? new Decimal(priorValue!).gte(r.min) && new Decimal(priorValue!).lt(r.max) : new Decimal(priorValue!).eq(a);
    }));
    sayVerdict(b, holds ? 'yes' : 'no');
  }
  for (const f of facts.slice(0, 6)) {
    const name = itemName(ctx, f, b.lang);
    const stated = statedPrior(ctx, f);
    if (stated) {
      fromPriorDocument(b, ctx, f, stated);
      ok++;
      continue;
    }
    const r = priorOf(f);
    if (!r) {
      b.say(`文件只给出${b.doc.year}年${name}${b.fact(f)}，没有说明${prior}年的数额。`, `The document gives ${name} for ${b.doc.year} (${b.fact(f)}) but not its ${prior} amount.`);
      continue;
    }
    ok++;
    const now = b.fact(f);
    const change = describeChange(b, f);
    // ("去年呢 → 换成元": last year's figure in the unit asked, from the calculator.)
    const conv = u.convertTo ? inUnit({ value: r.value, unit: f.unit, ...(r.factIds[0] ? { factId: r.factIds[0] } : {}) }, u.convertTo) : undefined;
    const converted = conv ? b.t(`，即${b.derived(conv)}（${b.derivation(conv)}）`, ` (that is ${b.derived(conv)}: ${b.derivation(conv)})`) : '';
    b.say(
      `${prior}年${name}为${b.derived(r)}${converted}（由${b.doc.year}年预算${now}${change ? `、${change}` : ''}推算：${b.derivation(r)}）。`,
      `${name} in ${prior} was ${b.derived(r)}${converted} (derived from ${b.doc.year}'s ${now}, ${change ?? ''}: ${b.derivation(r)}).`,
    );
  }
  if (!ok) contactLine(b);
  return ok ? 'answered' : 'not_found';
};

export const growthHandler: Handler = ({ u, ctx, b }) => {
  const { facts, missing } = resolveFacts(ctx, u.items);
  if (facts.length === 0) return notStated(b, ctx, missing);
  // "三公经费哪一项增幅最大": the parts of the group ranked by their growth rates, not the group's own rate.
  const parts = facts.length === 1 && /哪|which/.test(u.text) && (CUES.rankingMax.test(u.text) || CUES.rankingMin.test(u.text)) ? childrenOf(ctx, facts[0]!.key) : [];
  if (parts.length >= 2) return rateRanking(u, ctx, b, facts[0]!, parts);
  let ok = 0;
  const rates: CalcResult[] = [];
  for (const f of facts.slice(0, 4)) {
    const name = itemName(ctx, f, b.lang);
    if (f.changePercent !== undefined) {
      b.say(`${name}${describeChange(b, f)}。`, `${name}: ${describeChange(b, f)}.`);
      ok++;
      continue;
    }
    const prior = priorOf(f);
    if (!prior || f.change === undefined) {
      b.say(`文件没有说明${name}与上年相比的变化，无法计算增长率。`, `The document does not state how ${name} changed, so no growth rate can be computed.`);
      continue;
    }
    try {
      const pct = percentChange(changeOp(f), { value: prior.value, unit: f.unit });
      rates.push(pct);
      if (u.percentClaims?.length || u.percentRanges?.length) {
        const actual = new Decimal(pct.value).abs();
        const holds = (u.percentClaims ?? []).some((c) => actual.eq(c)) || (u.percentRanges ?? []).some((r) => actual.gte(r.min) && actual.lt(r.max));
        b.say(holds ? b.t('是的。', 'Yes. ') : b.t('不对。', 'No. '));
      }
      const up = !new Decimal(f.change).isNeg();
      const word = new Decimal(f.change).isZero() ? b.t('变化', 'changed by') : up ? b.t('增长', 'grew by') : b.t('下降', 'fell by');
      b.say(
        `${b.doc.year}年${name}${b.fact(f)}，${describeChange(b, f)}，${word}${b.derived(pct, { change: true })}（${b.doc.year - 1}年为${b.derived(prior)}：${b.derivation(prior)}；${b.derivation(pct)}）。`,
        `${name} ${word} ${b.derived(pct, { change: true })} (${b.fact(f)} in ${b.doc.year}, ${describeChange(b, f)}; ${b.doc.year - 1}: ${b.derived(prior)} = ${b.derivation(prior)}; ${b.derivation(pct)}).`,
      );
      ok++;
    } catch (err) {
      if (!(err instanceof CalcError)) throw err;
      b.say(`${name}上年没有安排，无法计算增长率。`, `${name} had nothing budgeted last year, so a growth rate cannot be computed.`);
    }
  }
  // ("两项降幅相差多少个百分点": the two rates just computed, as written, apart in percentage points.)
  if (rates.length === 2 && CUES.percentagePoints.test(u.text)) {
    // (Two rates the same way are compared by size — 7.23 − 4.51 — and two opposite ways as signed.)
    const same = rates.every((r) => !r.value.startsWith('-')) || rates.every((r) => r.value.startsWith('-'));
    const [x, y] = rates.map((r) => ({ value: same ? r.value.replace(/^-/, '') : r.value, unit: '个百分点' })) as [Operand, Operand];
    const gap = new Decimal(x.value).gte(y.value) ? difference(x, y) : difference(y, x);
    b.say(`两者相差${b.derived(gap, { abs: true })}（${b.derivation(gap)}）。`, `They are ${b.derived(gap, { abs: true })} percentage points apart (${b.derivation(gap)}).`);
  }
  if (!ok) contactLine(b);
  return ok ? 'answered' : 'not_found';
};

/**
 * The parts of a group ranked by growth rate (change ÷ last year's figure), each with its derivation: the largest rise
 * first, or the largest fall when a fall is asked (降幅最大); parts without a rate (zero last year) are said apart.
 */
function rateRanking(u: Understanding, ctx: DocContext, b: AnswerBuilder, group: StoredFact, parts: StoredFact[]): 'answered' | 'not_found' {
  const rated: Array<{ f: StoredFact; pct: CalcResult; prior: CalcResult }> = [];
  const unrated: StoredFact[] = [];
  for (const f of parts) {
    const prior = f.change !== undefined ? priorOf(f) : undefined;
    if (!prior || new Decimal(prior.value).isZero()) {
      unrated.push(f);
      continue;
    }
    rated.push({ f, prior, pct: percentChange(changeOp(f), { value: prior.value, unit: f.unit }) });
  }
  if (rated.length === 0) return notStated(b, ctx, [group.key]);
  const falls = oneDirection(u.text) === 'down';
  const sorted = [...rated].sort((p, q) => new Decimal(q.pct.exact).cmp(p.pct.exact));
  const order = falls !== CUES.rankingMin.test(u.text) ? sorted.reverse() : sorted;
  const say = ({ f, pct, prior }: (typeof rated)[number]) => {
    const up = !new Decimal(f.change!).isNeg();
    return b.t(
      `${itemName(ctx, f, 'zh')}${up ? '增长' : '下降'}${b.derived(pct, { change: true })}（${describeChange(b, f)}，${b.doc.year - 1}年为${b.derived(prior)}：${b.derivation(prior)}；${b.derivation(pct)}）`,
      `${itemName(ctx, f, 'en')}, which ${up ? 'grew by' : 'fell by'} ${b.derived(pct, { change: true })} (${describeChange(b, f)}; ${b.doc.year - 1}: ${b.derived(prior)} = ${b.derivation(prior)}; ${b.derivation(pct)})`,
    );
  };
  const [top, ...rest] = order;
  const name = itemName(ctx, group, b.lang);
  const lead = falls ? b.t('降幅最大的是', 'the largest fall is in') : b.t('增幅最大的是', 'the largest rise is in');
  const leadMin = falls ? b.t('降幅最小的是', 'the smallest fall is in') : b.t('增幅最小的是', 'the smallest rise is in');
  b.say(`${name}各项中，${CUES.rankingMin.test(u.text) ? leadMin : lead}${say(top!)}。`, `Among the parts of ${name}, ${CUES.rankingMin.test(u.text) ? leadMin : lead} ${say(top!)}.`);
  if (rest.length) b.say(`其后依次为：${rest.map(say).join('；')}。`, ` Then: ${rest.map(say).join('; ')}.`);
  if (unrated.length) b.say(`${unrated.map((f) => itemName(ctx, f, 'zh')).join('、')}上年没有安排或文件未说明变化，无法计算增长率。`, ` ${unrated.map((f) => itemName(ctx, f, 'en')).join(', ')}: zero last year or no change stated, so no rate.`);
  return 'answered';
}

/** The item is known to the lexicon but this document does not state it. */
export function notStated(b: AnswerBuilder, ctx: DocContext, missing: string[]): 'not_found' {
  const names = [...new Set(missing.map((k) => itemName(ctx, k, b.lang)))].join(b.t('、', ', '));
  b.say(`本文件没有单列${names || '这一项'}的数额。`, `This document does not state a figure for ${names || 'that item'}.`);
  contactLine(b);
  return 'not_found';
}
