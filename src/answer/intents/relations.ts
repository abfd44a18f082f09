import { Decimal } from 'decimal.js';
import { CalcError, difference, multipleOf, share, sum, type CalcResult, type Operand } from '../../calc/index.js';
import type { StoredFact } from '../../domain/types.js';
import { childrenOf, contactLine, factOperand as op, figuresButNotStated, itemName, parentOf, resolveFacts, withoutParents, type DocContext, type Handler } from './context.js';
import type { AnswerBuilder } from '../answer-builder.js';
import type { Understanding } from '../understand.js';
import { CUES } from '../intent-cues.js';
import { chineseToDecimal } from '../numbers-in-text.js';
import { describeChange, notStated, priorOf, statedPrior } from './figures.js';
import { staffRankingHandler } from './people.js';
import { sayVerdict, verdict } from './verdict.js';


/** A fact's value for the year asked: as stated, or last year's derived by the calculator (this year − change). */
function valueFor(b: AnswerBuilder, f: StoredFact, year: Understanding['year'], ctx?: DocContext): { op: Operand; text: string; value: string } | undefined {
  if (year !== 'prior') return { op: op(f), text: b.fact(f), value: f.value };
  // Last year's own document, when loaded, states the figure itself.
  const stated = ctx ? statedPrior(ctx, f) : undefined;
  if (stated) return { op: op(stated), text: b.fact(stated), value: stated.value };
  const r = priorOf(f);
  if (!r) return undefined;
  b.uses(f);
  return { op: { value: r.value, unit: f.unit, label: `${f.key}@prior`, ...(r.factIds[0] ? { factId: r.factIds[0] } : {}) }, text: `${b.derived(r)}（${b.derivation(r)}）`, value: r.value };
}

/**
 * "2025年基本支出占比多少 → 今年比那时候提高了几个百分点": this year's share less last year's, in percentage points, from the
 * two shares as written (each a calculator result over stated figures or last year's derived ones).
 */
function sharePointsApart({ u, ctx, b }: Parameters<Handler>[0]): void {
  const { facts } = resolveFacts(ctx, u.items);
  if (facts.length !== 2) return;
  const [part, whole] = facts as [StoredFact, StoredFact];
  const before = (f: StoredFact): Operand | undefined => {
    const r = priorOf(f);
    return r ? { value: r.value, unit: f.unit, label: `${f.key}@prior`, ...(r.factIds[0] ? { factId: r.factIds[0] } : {}) } : undefined;
  };
  const [p0, w0] = [before(part), before(whole)];
  if (!p0 || !w0) return;
  const then = share(p0, w0);
  const now = share(op(part), op(whole));
  const gap = difference({ value: now.value, unit: '个百分点' }, { value: then.value, unit: '个百分点' });
  const up = !gap.value.startsWith('-');
  b.say(
    `与${b.doc.year - 1}年相比，占比${up ? '提高' : '下降'}${b.derived(gap, { abs: true })}（${b.derivation(gap)}）。`,
    ` Compared with ${b.doc.year - 1}, the share ${up ? 'rose' : 'fell'} by ${b.derived(gap, { abs: true })} percentage points (${b.derivation(gap)}).`,
  );
}

/** A share as asked; "为啥买车的钱占那么大头": the share, and that the document gives no reason for it. */
export const shareHandler: Handler = (input) => {
  // (Both years asked: last year's share, then this year's.)
  if (input.u.eachYear) {
    const prior = shareFigures({ ...input, u: { ...input.u, year: 'prior', eachYear: undefined } });
    const current = shareFigures({ ...input, u: { ...input.u, year: 'current', eachYear: undefined } });
    if (prior === 'answered' && current === 'answered' && CUES.percentagePoints.test(input.u.text)) sharePointsApart(input);
    return prior === 'answered' || current === 'answered' ? 'answered' : current;
  }
  const status = shareFigures(input);
  return input.u.whyAsked ? figuresButNotStated(status, input.b, '文件没有说明原因。', ' The document gives no reason.') : status;
};

const shareFigures: Handler = ({ u, ctx, b }) => {
  if (u.sumWhole) return shareOfSum(u.items[0]!, u.sumWhole, { u, ctx, b });
  if (u.ofChanges && u.items.length <= 2) {
    const [part, whole] = partAndWholeOfChanges(u, ctx);
    return shareOfChanges(part, whole, { u, ctx, b });
  }
  // "哪一项最大 → 占总数的比例": the part that ranks first (by this year's figures), of the group ranked.
  if (u.ofRanked && u.items.length === 1) {
    const parts = childrenOf(ctx, u.items[0]!).filter((f) => f.unit === ctx.facts.get(u.items[0]!)?.unit);
    const top = parts.reduce<StoredFact | undefined>((m, f) => (!m || (u.ofRanked === 'max' ? new Decimal(f.value).gt(m.value) : new Decimal(f.value).lt(m.value)) ? f : m), undefined);
    if (top) return shareFigures({ u: { ...u, items: [top.key, u.items[0]!], ofRanked: undefined }, ctx, b, retrieved: [] });
  }
  // "剩下那三类加起来占多少": the other parts of the group, added up, as a share of their total.
  const named = (u.others ?? []).filter((k) => childrenOf(ctx, parentOf(k)).some((f) => f.key === k));
  const rest = named.length ? childrenOf(ctx, parentOf(named.at(-1)!)).filter((f) => !named.includes(f.key)).map((f) => f.key) : [];
  if (rest.length >= 2) return shareFigures({ u: { ...u, items: [...rest, parentOf(named.at(-1)!)], others: undefined, ofSum: true }, ctx, b, retrieved: [] });
  // "三公经费各项分别占比多少": each part of the one group named, as a share of that group.
  if (u.items.length === 1 && CUES.eachPart.test(u.text) && childrenOf(ctx, u.items[0]!).length >= 2) {
    return shareFigures({ u: { ...u, items: [...childrenOf(ctx, u.items[0]!).map((f) => f.key), u.items[0]!] }, ctx, b, retrieved: [] });
  }
  // "基本支出和项目支出各占多少比例": each of the parts named, of the total they belong to.
  // (Siblings with no whole named — "basic and project …, what share is basic?" — are shares of their group too: a part
  // is never a share of its sibling.)
  const siblings = u.items.every((k) => parentOf(k) === parentOf(u.items[0]!) && parentOf(k) !== k);
  // (Only when the siblings were carried over: "基本支出占项目支出的百分之多少" names one as the other's whole.)
  // (So are siblings in a why about their shares — 收入为啥全靠财政拨款，一分事业收入都没得: each of their group.)
  const each = u.items.length >= 2 && siblings && (CUES.eachShare.test(u.text) || !!u.whyAsked || (u.followUp && !CUES.sum.test(u.text) && !CUES.ratioOf.test(u.text)));
  const keys = u.items.length >= 2 && !each ? u.items : [...u.items, parentOf(u.items[0]!)];
  const { facts, missing } = resolveFacts(ctx, keys);
  if (facts.length < 2) return notStated(b, ctx, missing);
  // The whole is the largest figure named: a part never exceeds its whole.
  const whole = facts.reduce((m, f) => (new Decimal(f.value).gte(m.value) ? f : m));
  const year = u.year === 'prior' ? b.doc.year - 1 : b.doc.year;
  const w = valueFor(b, whole, u.year, ctx);
  if (!w) return noPriorYear(b, ctx, whole);
  const wholeName = itemName(ctx, whole, b.lang);
  const parts = facts.filter((f) => f !== whole && f.unit === whole.unit);
  // "这两项合计占三公经费的比例": the parts added up first, then the share of their sum.
  if (parts.length >= 2 && (CUES.sum.test(u.text) || u.ofSum) && !CUES.eachShare.test(u.text)) {
    const values = parts.map((f) => valueFor(b, f, u.year, ctx));
    if (values.some((v) => !v)) return noPriorYear(b, ctx, parts[values.findIndex((v) => !v)]!);
    const total = sum(values.map((v) => v!.op));
    const list = parts.map((f, i) => `${itemName(ctx, f, b.lang)}${b.t('', ' ')}${values[i]!.text}`).join(b.t('、', ', '));
    const r = share({ value: total.exact, unit: whole.unit }, w.op, u.roundTo);
    b.say(
      `${year}年${list}合计${b.derived(total)}（${b.derivation(total)}），占${wholeName}${w.text}的${b.derived(r)}（${b.derivation(r)}）。`,
      `In ${year}, ${list} add up to ${b.derived(total)} (${b.derivation(total)}), ${b.derived(r)} of ${wholeName} (${w.text}) (${b.derivation(r)}).`,
    );
    return 'answered';
  }
  for (const part of facts.filter((f) => f !== whole).slice(0, 4)) {
    if (part.unit !== whole.unit) continue;
    const p = valueFor(b, part, u.year, ctx);
    if (!p) return noPriorYear(b, ctx, part);
    try {
      const r = share(p.op, w.op, u.roundTo);
      const claimed = u.whyAsked ? undefined : claimedShare(u.text);
      const holds = claimed && new Decimal(r.value).minus(claimed.value).abs().lte(claimed.tolerance);
      if (claimed) sayVerdict(b, holds ? 'yes' : 'no');
      b.say(
        `${year}年${itemName(ctx, part, 'zh')}${p.text}，占${wholeName}${w.text}的${b.derived(r)}（${b.derivation(r)}）。`,
        `In ${year}, ${itemName(ctx, part, 'en')} (${p.text}) is ${b.derived(r)} of ${wholeName} (${w.text}) (${b.derivation(r)}).`,
      );
      // "基本支出占了大头吧" when it does not: the part that does (of this year, as the document states it).
      if (claimed?.majority && !holds && u.year === 'current') {
        const siblings = childrenOf(ctx, parentOf(part.key)).filter((f) => f.unit === part.unit);
        const largest = siblings.reduce<StoredFact | undefined>((m, f) => (!m || new Decimal(f.value).gt(m.value) ? f : m), undefined);
        if (largest && largest !== part) b.say(`占比最大的是${itemName(ctx, largest, 'zh')}${b.fact(largest)}。`, `The largest part is ${itemName(ctx, largest, 'en')} (${b.fact(largest)}).`);
      }
    } catch (err) {
      if (!(err instanceof CalcError)) throw err;
      b.say(`${wholeName}为${w.text}，无法计算占比。`, `${wholeName} is ${w.text}, so no share can be computed.`);
    }
  }
  return 'answered';
};

/**
 * Which item's change is the part and which the whole: of one item, its group (or the whole budget); of two named in
 * one turn, the one said last before 占 / 相当于 / 解释 is the part (总支出增加…里，基本支出的增加额相当于总增加额的百分之
 * 多少); otherwise the one whose group the other is (a follow-up names the part), else in the order named.
 */
function partAndWholeOfChanges(u: Understanding, ctx: DocContext): [string, string] {
  const [a, c] = u.items as [string, string | undefined];
  if (c === undefined) return [a, parentOf(a) !== a ? parentOf(a) : 'expenditure.total'];
  const anchor = u.followUp ? -1 : u.text.search(/占|相当于|解释/);
  const said = ctx.lexicon.match(u.text).filter((m) => m.end <= anchor && m.entry.target.type === 'item' && [a, c].includes(m.entry.target.key)).at(-1)?.entry.target;
  if (said?.type === 'item') return said.key === a ? [a, c] : [c, a];
  return parentOf(c) === a ? [c, a] : [a, c];
}

/** "购置费增加额占三公增加额的比例": the first item's stated change as a share of the second's. */
function shareOfChanges(partKey: string, wholeKey: string, { ctx, b }: Pick<Parameters<Handler>[0], 'u' | 'ctx' | 'b'>): ReturnType<Handler> {
  const { facts, missing } = resolveFacts(ctx, [partKey, wholeKey]);
  const [part, whole] = [facts.find((f) => f.key === partKey), facts.find((f) => f.key === wholeKey)];
  if (!part || !whole || part.unit !== whole.unit) return notStated(b, ctx, missing);
  for (const f of [part, whole]) if (f.change === undefined) return noPriorYear(b, ctx, f);
  const word = (f: StoredFact, zh: boolean) => (f.change!.startsWith('-') ? (zh ? '减少' : 'a decrease of') : zh ? '增加' : 'an increase of');
  const [pz, wz] = [itemName(ctx, part, 'zh'), itemName(ctx, whole, 'zh')];
  const [pe, we] = [itemName(ctx, part, 'en'), itemName(ctx, whole, 'en')];
  const pc = b.change(part);
  const wc = b.change(whole);
  const r = share({ value: part.change!, unit: part.unit, factId: part.id, label: `${part.key}.change` }, { value: whole.change!, unit: whole.unit, factId: whole.id, label: `${whole.key}.change` });
  b.say(
    `${b.doc.year}年${pz}比${b.doc.year - 1}年${word(part, true)}${pc}，${wz}${word(whole, true)}${wc}，${pz}的变化额占${wz}变化额的${b.derived(r)}（${b.derivation(r)}）。`,
    `Against ${b.doc.year - 1}, ${pe} shows ${word(part, false)} ${pc} and ${we} ${word(whole, false)} ${wc}; the first is ${b.derived(r)} of the second (${b.derivation(r)}).`,
  );
  return 'answered';
}

/** "其中购置费又占该合计的比重": one of the items just added up, as a share of their sum. */
function shareOfSum(key: string, summed: string[], { u, ctx, b }: Pick<Parameters<Handler>[0], 'u' | 'ctx' | 'b'>): ReturnType<Handler> {
  const { facts, missing } = resolveFacts(ctx, summed);
  const part = facts.find((f) => f.key === key);
  if (!part || facts.length < 2 || facts.some((f) => f.unit !== part.unit)) return notStated(b, ctx, missing);
  const values = facts.map((f) => valueFor(b, f, u.year, ctx));
  if (values.some((v) => !v)) return noPriorYear(b, ctx, facts[values.findIndex((v) => !v)]!);
  const total = sum(values.map((v) => v!.op));
  const p = values[facts.indexOf(part)]!;
  const r = share(p.op, { value: total.exact, unit: part.unit }, u.roundTo);
  const year = u.year === 'prior' ? b.doc.year - 1 : b.doc.year;
  const zh = facts.map((f) => itemName(ctx, f, 'zh')).join('、');
  const en = facts.map((f) => itemName(ctx, f, 'en')).join(', ');
  b.say(
    `${year}年${itemName(ctx, part, 'zh')}${p.text}，占${zh}合计${b.derived(total)}（${b.derivation(total)}）的${b.derived(r)}（${b.derivation(r)}）。`,
    `In ${year}, ${itemName(ctx, part, 'en')} (${p.text}) is ${b.derived(r)} (${b.derivation(r)}) of the combined ${en} (${b.derived(total)}, ${b.derivation(total)}).`,
  );
  return 'answered';
}

function noPriorYear(b: AnswerBuilder, ctx: Parameters<Handler>[0]['ctx'], f: StoredFact): 'not_found' {
  b.say(`文件没有说明${itemName(ctx, f, 'zh')}与上年相比的变化，无法推算${b.doc.year - 1}年的数额。`, `The document does not state how ${itemName(ctx, f, 'en')} changed, so its ${b.doc.year - 1} amount cannot be derived.`);
  contactLine(b);
  return 'not_found';
}


function compareChanges(b: AnswerBuilder, ctx: DocContext, x: StoredFact, y: StoredFact): 'answered' {
  const size = (f: StoredFact) => ({ value: new Decimal(f.change!).abs().toFixed(), unit: f.unit, factId: f.id });
  const [hi, lo] = new Decimal(x.change!).abs().gte(new Decimal(y.change!).abs()) ? [x, y] : [y, x];
  const r = difference(size(hi), size(lo));
  b.uses(x);
  b.uses(y);
  b.say(
    `${b.doc.year}年${itemName(ctx, x, 'zh')}${describeChange(b, x)}，${itemName(ctx, y, 'zh')}${describeChange(b, y)}；${itemName(ctx, hi, 'zh')}的变化额比${itemName(ctx, lo, 'zh')}的多${b.derived(r)}（${b.derivation(r)}）。`,
    `In ${b.doc.year}, ${itemName(ctx, x, 'en')}: ${describeChange(b, x)}; ${itemName(ctx, y, 'en')}: ${describeChange(b, y)}. The change in ${itemName(ctx, hi, 'en')} is ${b.derived(r)} larger (${b.derivation(r)}).`,
  );
  return 'answered';
}

export const compareHandler: Handler = ({ u, ctx, b }) => {
  const resolved = resolveFacts(ctx, u.items);
  const facts = withoutParents(ctx, resolved.facts);
  const missing = resolved.missing;
  if (facts.length < 2) return notStated(b, ctx, missing);
  const [x, y] = facts as [StoredFact, StoredFact];
  // "基本支出增加的额度和项目支出减少的额度，两个相差多少": the sizes of the stated changes, compared.
  if (CUES.changeSize.test(u.text) && x.change !== undefined && y.change !== undefined) return compareChanges(b, ctx, x, y);
  const vx = valueFor(b, x, u.itemYears?.[x.key] ?? u.year, ctx);
  const vy = valueFor(b, y, u.itemYears?.[y.key] ?? u.year, ctx);
  if (!vx) return noPriorYear(b, ctx, x);
  if (!vy) return noPriorYear(b, ctx, y);
  const [hi, lo, vhi, vlo] = new Decimal(vx.value).gte(vy.value) ? [x, y, vx, vy] : [y, x, vy, vx];
  const year = u.year === 'prior' ? b.doc.year - 1 : b.doc.year;
  // "项目支出是基本支出的几倍" / "三倍多吧": the ratio, from the calculator, and whether a claimed one holds.
  // (…or one divided by the other: 用它除以社会保障和就业支出.)
  const times = /倍|how many times|times (?:as|more|bigger|larger)|\bratio of\b|除以|divided by/.test(u.text);
  if ((times || /几分之几|百分之|percent|fraction/.test(u.text)) && CUES.ratioOf.test(u.text) && !new Decimal(vy.value).isZero()) {
    const ratio = times ? multipleOf(vx.op, vy.op, b.t('倍', 'times')) : share(vx.op, vy.op);
    const claim = times ? claimedTimes(u.text) : undefined;
    if (claim) sayVerdict(b, new Decimal(ratio.exact).gte(claim.min) && new Decimal(ratio.exact).lt(claim.max) ? 'yes' : 'no');
    const value = b.derived(ratio);
    b.say(
      `${year}年${itemName(ctx, x, 'zh')}为${vx.text}，${itemName(ctx, y, 'zh')}为${vy.text}，前者${times ? '是后者的' : '相当于后者的'}${value}（${b.derivation(ratio)}）。`,
      `In ${year}, ${itemName(ctx, x, 'en')} (${vx.text}) is ${times ? value : `${value} of`} ${itemName(ctx, y, 'en')} (${vy.text}) (${b.derivation(ratio)}).`,
    );
    return 'answered';
  }
  const r = difference(vhi.op, vlo.op);
  const same = new Decimal(r.value).isZero();
  // "项目支出比基本支出少吧": whether the comparison the user asserts holds.
  if (u.assertion?.direction && /比/.test(u.text)) sayVerdict(b, (u.assertion.direction === 'up') === new Decimal(vx.value).gt(vy.value) ? 'yes' : 'no');
  if (u.itemYears) {
    // Each figure with its own year: 2025年项目支出 … 2026年基本支出 ….
    const yr = (f: StoredFact) => (u.itemYears![f.key] === 'prior' ? b.doc.year - 1 : b.doc.year);
    const zh = (f: StoredFact) => `${yr(f)}年${itemName(ctx, f, 'zh')}`;
    const en = (f: StoredFact) => `${itemName(ctx, f, 'en')} in ${yr(f)}`;
    b.say(
      `${zh(x)}为${vx.text}，${zh(y)}为${vy.text}，` + (same ? `两者相同，相差${b.derived(r)}（${b.derivation(r)}）。` : `${zh(hi)}比${zh(lo)}多${b.derived(r)}（${b.derivation(r)}）。`),
      `${en(x)} is ${vx.text} and ${en(y)} is ${vy.text}; ` + (same ? `they are equal (difference ${b.derived(r)}: ${b.derivation(r)}).` : `${en(hi)} is ${b.derived(r)} more (${b.derivation(r)}).`),
    );
    return 'answered';
  }
  b.say(
    `${year}年${itemName(ctx, x, 'zh')}为${vx.text}，${itemName(ctx, y, 'zh')}为${vy.text}，` +
      (same ? `两者相同，相差${b.derived(r)}（${b.derivation(r)}）。` : `${itemName(ctx, hi, 'zh')}比${itemName(ctx, lo, 'zh')}多${b.derived(r)}（${b.derivation(r)}）。`),
    `In ${year}, ${itemName(ctx, x, 'en')} is ${vx.text} and ${itemName(ctx, y, 'en')} is ${vy.text}; ` +
      (same ? `they are equal (difference ${b.derived(r)}: ${b.derivation(r)}).` : `${itemName(ctx, hi, 'en')} is ${b.derived(r)} more (${b.derivation(r)}).`),
  );
  return 'answered';
};

export const sumHandler: Handler = ({ u, ctx, b }) => {
  // "剩下三类": the parts of the group other than the ones just named.
  const named = (u.others ?? []).filter((k) => childrenOf(ctx, parentOf(k)).some((f) => f.key === k));
  const others = named.length ? childrenOf(ctx, parentOf(named.at(-1)!)).filter((f) => !named.includes(f.key)).map((f) => f.key) : [];
  const resolved = resolveFacts(ctx, others.length ? others : u.items);
  const facts = withoutParents(ctx, resolved.facts);
  const missing = resolved.missing;
  if (facts.length === 0) return notStated(b, ctx, missing);
  if (facts.length === 1) {
    // "那2025年和2026年加起来呢": one item, its two years added.
    const f = facts[0]!;
    const both = new RegExp(`${b.doc.year - 1}[^,?]{0,6}${b.doc.year}|${b.doc.year}[^,?]{0,6}${b.doc.year - 1}|(?:去年|上年)[^,?]{0,4}(?:今年|本年)|(?:今年|本年)[^,?]{0,4}(?:去年|上年)|both years|two years`).test(u.text);
    const prior = both ? valueFor(b, f, 'prior', ctx) : undefined;
    if (prior) {
      const r = sum([op(f), prior.op]);
      b.say(
        `${b.doc.year}年${itemName(ctx, f, 'zh')}${b.fact(f)}、${b.doc.year - 1}年${prior.text}，两年合计${b.derived(r)}（${b.derivation(r)}）。`,
        `${itemName(ctx, f, 'en')}: ${b.fact(f)} in ${b.doc.year}, ${prior.text} in ${b.doc.year - 1}; both years together ${b.derived(r)} (${b.derivation(r)}).`,
      );
      return 'answered';
    }
    b.say(`${b.doc.year}年${itemName(ctx, f, 'zh')}为${b.fact(f)}。`, `${itemName(ctx, f, 'en')}: ${b.fact(f)}.`);
    return 'answered';
  }
  // ("基本支出增加多少、项目支出减少多少，两者相抵后总支出净增多少": the parts' changes netted; the whole named is where
  // they land, not a third change to add.)
  // (The whole is the one the others add up to: 8870.03 + 2621.58 = 11491.61.)
  const addsUp = (w: StoredFact) => facts.length >= 3 && facts.filter((f) => f !== w).reduce((t, f) => t.plus(f.value), new Decimal(0)).eq(w.value);
  const partsOnly = facts.filter((f) => !addsUp(f) && !facts.some((c) => c !== f && parentOf(c.key) === f.key));
  if ((CUES.change.test(u.text) || /净增|净减|净变化|相抵/.test(u.text)) && partsOnly.length >= 2 && partsOnly.every((f) => f.change !== undefined)) return sumOfChanges(b, ctx, partsOnly);
  // "三公经费和公务接待费加起来": one is part of the other — adding them counts the part twice.
  const whole = facts.find((p) => facts.some((c) => c !== p && childrenOf(ctx, p.key).some((k) => k.key === c.key)));
  if (whole && facts.length === 2) {
    const part = facts.find((f) => f !== whole)!;
    // ("政府采购一共1969.33万，其中货物23.1万，对吧": the two figures claimed, each checked — nothing was asked to be added.)
    const judged = u.assertion?.amounts.length ? verdict(u, [whole, part]) : undefined;
    if (judged) {
      sayVerdict(b, judged);
      b.say(
        `${b.doc.year}年${itemName(ctx, whole, 'zh')}为${b.fact(whole)}，其中${itemName(ctx, part, 'zh')}${b.fact(part)}。`,
        `In ${b.doc.year}, ${itemName(ctx, whole, 'en')} is ${b.fact(whole)}, of which ${itemName(ctx, part, 'en')} is ${b.fact(part)}.`,
      );
      return 'answered';
    }
    b.say(
      `${itemName(ctx, part, 'zh')}包含在${itemName(ctx, whole, 'zh')}之中，两者相加会重复计算：文件中${b.doc.year}年${itemName(ctx, whole, 'zh')}为${b.fact(whole)}，其中${itemName(ctx, part, 'zh')}${b.fact(part)}。`,
      `${itemName(ctx, part, 'en')} is part of ${itemName(ctx, whole, 'en')}, so adding them would count it twice: in ${b.doc.year}, ${itemName(ctx, whole, 'en')} is ${b.fact(whole)}, of which ${itemName(ctx, part, 'en')} is ${b.fact(part)}.`,
    );
    return 'answered';
  }
  // ("车辆10辆 + 购置费252万元": a count and an amount of money are never added; each is said as it is.)
  if (new Set(facts.map((f) => f.unit)).size > 1) {
    const each = facts.map((f) => `${itemName(ctx, f, b.lang)}${b.t('为', ' is ')}${b.fact(f)}`).join(b.t('，', '; '));
    b.say(`这几项的单位不同（有的是数量，有的是金额），不能相加：${b.doc.year}年${each}。`, `These are in different units (a count and an amount of money), so they cannot be added: in ${b.doc.year}, ${each}.`);
    return 'answered';
  }
  const values = facts.map((f) => valueFor(b, f, u.itemYears?.[f.key] ?? u.year, ctx));
  const gap = facts.find((_, i) => !values[i]);
  if (gap) return noPriorYear(b, ctx, gap);
  const r = sum(values.map((v) => v!.op));
  const year = u.year === 'prior' ? b.doc.year - 1 : b.doc.year;
  // (Items of two years — 去年的A加今年的B — each carry their own year.)
  // (…and a figure held at a date — 截至2025年12月的车辆 — carries that date.)
  const dated = !u.itemYears && facts.some((f) => f.asOf);
  const yearOf = (f: StoredFact) =>
    u.itemYears ? `${u.itemYears[f.key] === 'prior' ? b.doc.year - 1 : b.doc.year}${b.t('年', ' ')}` : dated ? (f.asOf ? b.t(f.asOf, `${f.asOf} `) : b.t(`${year}年`, `${year} `)) : '';
  const list = facts.map((f, i) => `${yearOf(f)}${itemName(ctx, f, b.lang)}${b.t('', ' ')}${values[i]!.text}`).join(b.t('、', ', '));
  const lead = u.itemYears || dated ? '' : b.t(`${year}年`, `In ${year}, `);
  b.say(`${lead}${list}，合计${b.derived(r)}（${b.derivation(r)}）。`, `${lead}${list}: together ${b.derived(r)} (${b.derivation(r)}).`);
  if (u.sumAgainst) sumAgainst(b, ctx, u, r);
  if (missing.length) b.say(`（${missing.map((k) => itemName(ctx, k, 'zh')).join('、')}文件未单列。）`, `(${missing.map((k) => itemName(ctx, k, 'en')).join(', ')} not stated.)`);
  return 'answered';
};

/** "两个加起来是不是等于总支出": the sum just computed set against the figure named, equal or apart by the difference. */
function sumAgainst(b: AnswerBuilder, ctx: DocContext, u: Understanding, total: CalcResult): void {
  const target = resolveFacts(ctx, [u.sumAgainst!]).facts[0];
  const value = target ? valueFor(b, target, u.year, ctx) : undefined;
  if (!target || !value) return;
  const name = (lang: 'zh' | 'en') => itemName(ctx, target, lang);
  if (new Decimal(total.value).equals(value.value)) {
    b.say(`正好等于${name('zh')}${value.text}。`, `That equals ${name('en')}, ${value.text}.`);
    return;
  }
  const added: Operand = { value: total.value, unit: total.unit ?? target.unit, label: 'sum' };
  const gap = difference(added, value.op);
  const more = new Decimal(gap.value).isPos();
  const apart = more ? gap : difference(value.op, added);
  b.say(
    `不等于${name('zh')}${value.text}，${more ? '多' : '少'}${b.derived(apart)}（${b.derivation(apart)}）。`,
    `That does not equal ${name('en')}, ${value.text}: it is ${b.derived(apart)} ${more ? 'more' : 'less'} (${b.derivation(apart)}).`,
  );
}

const RANK_GROUPS: Array<[RegExp, string]> = [
  [/三公|sangong|three public/, 'sangong.total'],
  [/采购|procurement/, 'procurement.total'],
  [/收入|income|revenue/, 'income.total'],
  [/基本|项目|basic|project/, 'fiscal.general_budget.expenditure'],
  [/支出|功能|花|预算|spend|expenditure|categor|budget/, 'expenditure.total'],
];

/** 两项费用一共比去年多了多少: the stated changes added up. */
function sumOfChanges(b: AnswerBuilder, ctx: Parameters<Handler>[0]['ctx'], facts: StoredFact[]): 'answered' {
  const r = sum(facts.map((f) => ({ value: f.change!, unit: f.unit, factId: f.id, label: `${f.key}.change` })));
  const list = facts.map((f) => `${itemName(ctx, f, b.lang)}${b.t('', ' ')}${describeChange(b, f)}`).join(b.t('、', '; '));
  const d = new Decimal(r.value);
  b.say(
    `${list}，合计${d.isNeg() ? '减少' : '增加'}${b.derived(r, { change: true })}（${b.derivation(r)}）。`,
    `${list}: together ${d.isNeg() ? 'a decrease' : 'an increase'} of ${b.derived(r, { change: true })} (${b.derivation(r)}).`,
  );
  return 'answered';
}

/** 三公里面哪项减少了: the parts of a total whose stated change has the asked direction. */
function byDirection(input: Parameters<Handler>[0], groupKey: string): 'answered' {
  const { u, ctx, b } = input;
  const down = /减少|下降|降|跌|decreas|went down|fell|lower/.test(u.text);
  const flat = /没变|持平|unchanged/.test(u.text);
  const parts = childrenOf(ctx, groupKey).filter((f) => f.change !== undefined);
  const hits = parts.filter((f) => {
    const d = new Decimal(f.change!);
    return flat ? d.isZero() : down ? d.isNeg() : d.gt(0);
  });
  const groupName = itemName(ctx, groupKey, b.lang);
  if (hits.length === 0) {
    b.say(`${groupName}各项中没有${flat ? '持平' : down ? '减少' : '增加'}的。`, `None of the items of ${groupName} ${flat ? 'stayed flat' : down ? 'decreased' : 'increased'}.`);
    return 'answered';
  }
  // "哪一项涨得最多": the largest change in that direction first (compared by the decimal values, not by floats).
  if (!flat && (CUES.rankingMax.test(u.text) || CUES.rankingMin.test(u.text))) {
    const bySize = [...hits].sort((x, y) => new Decimal(y.change!).abs().comparedTo(new Decimal(x.change!).abs()));
    const pick = CUES.rankingMin.test(u.text) ? bySize.at(-1)! : bySize[0]!;
    const word = down ? b.t('减少', 'decrease') : b.t('增加', 'increase');
    const rest = bySize.filter((f) => f !== pick).map((f) => `${itemName(ctx, f, b.lang)}${b.t('', ' ')}${describeChange(b, f)}`).join(b.t('；', '; '));
    const which = CUES.rankingMin.test(u.text) ? b.t('最少', 'smallest') : b.t('最多', 'largest');
    b.say(
      `${groupName}中${word}${which}的是${itemName(ctx, pick, 'zh')}：${b.fact(pick)}，${describeChange(b, pick)}。${rest ? `其他${word}的：${rest}。` : ''}`,
      `Within ${groupName}, the ${which} ${word} is ${itemName(ctx, pick, 'en')}: ${b.fact(pick)}, ${describeChange(b, pick)}.${rest ? ` Other items with an ${word}: ${rest}.` : ''}`,
    );
    return 'answered';
  }
  const list = hits.map((f) => `${itemName(ctx, f, b.lang)}${b.t('', ' ')}${b.fact(f)}${b.t('，', ', ')}${describeChange(b, f)}`).join(b.t('；', '; '));
  b.say(`${groupName}中${flat ? '持平' : down ? '减少' : '增加'}的是：${list}。`, `Within ${groupName}, ${flat ? 'unchanged' : down ? 'decreased' : 'increased'}: ${list}.`);
  return 'answered';
}

export const rankingHandler: Handler = (input) => {
  const { u, ctx, b } = input;
  if (CUES.changeWhich.test(u.text)) {
    const group = u.items.find((k) => childrenOf(ctx, k).length > 0) ?? u.items.map((k) => parentOf(k)).find((k) => childrenOf(ctx, k).length > 0) ?? RANK_GROUPS.find(([re]) => re.test(u.text))?.[1];
    if (group) return byDirection(input, group);
  }
  if (u.staffKind || /人|编制|聘用|实有|单位|staff|people|employees|posts|headcount|unit/.test(u.text) && u.items.every((k) => !childrenOf(ctx, k).length)) {
    return staffRankingHandler(input);
  }
  const groupKey = u.items.find((k) => childrenOf(ctx, k).length > 0) ?? u.items.map((k) => parentOf(k)).find((k) => childrenOf(ctx, k).length > 0) ?? RANK_GROUPS.find(([re]) => re.test(u.text))?.[1];
  const members = groupKey ? childrenOf(ctx, groupKey) : [];
  if (!groupKey || members.length === 0) {
    b.say('请说明要比较哪一类项目，例如“三公”经费各项、各功能分类支出或政府采购各类。', 'Which group should be ranked? For example the "three public expenses" items, expenditure by function, or procurement by type.');
    return 'clarify';
  }
  if (u.rank === 'zero') {
    const zero = members.filter((f) => new Decimal(f.value).isZero());
    const name = itemName(ctx, groupKey, b.lang);
    if (zero.length === 0) b.say(`${b.doc.year}年${name}的各项都安排了预算。`, `In ${b.doc.year}, no part of ${name} is zero.`);
    else b.say(`${b.doc.year}年${name}中没有安排预算的有：${zero.map((f) => `${itemName(ctx, f, 'zh')}${b.fact(f)}`).join('、')}。`, `In ${b.doc.year}, the parts of ${name} at zero: ${zero.map((f) => `${itemName(ctx, f, 'en')} (${b.fact(f)})`).join(', ')}.`);
    return 'answered';
  }
  if (u.rank === 'list' && CUES.breakdown.test(u.text)) {
    // 构成 / 分别: the total, then its parts in the document's order.
    const total = ctx.facts.get(groupKey);
    const parts = members.map((f) => `${itemName(ctx, f, b.lang)}${b.t('', ' ')}${b.fact(f)}`).join(b.t('、', ', '));
    const head = total ? b.t(`${b.doc.year}年${itemName(ctx, total, 'zh')}${b.fact(total)}，其中：`, `${itemName(ctx, total, 'en')} in ${b.doc.year}: ${b.fact(total)}, made up of `) : '';
    b.say(`${head}${parts}。`, `${head}${parts}.`);
    // ("四项分别是多少？加总是否等于总额？": the parts added by the calculator and set against the total.)
    if (total && CUES.sum.test(u.text) && CUES.equalsWhole.test(u.text)) {
      const r = sum(members.map(op));
      b.say(`以上各项合计${b.derived(r)}（${b.derivation(r)}），`, `Together they come to ${b.derived(r)} (${b.derivation(r)}). `);
      sumAgainst(b, ctx, { ...u, sumAgainst: groupKey, year: 'current' }, r);
    }
    return 'answered';
  }
  const sorted = [...members].sort((p, q) => new Decimal(q.value).cmp(p.value));
  const order = u.rank === 'min' ? [...sorted].reverse() : sorted;
  const top = order[0]!;
  b.aboutItem(top.key);
  const groupName = itemName(ctx, groupKey, b.lang);
  const lead = u.rank === 'min' ? b.t('最少的是', 'The smallest is') : b.t('最多的是', 'The largest is');
  b.say(`${b.doc.year}年${groupName}中，${lead}${itemName(ctx, top, 'zh')}${b.fact(top)}`, `Within ${groupName} in ${b.doc.year}, ${lead.toLowerCase()} ${itemName(ctx, top, 'en')} at ${b.fact(top)}`);
  // ("哪一项占比最高": its share of the group, by the calculator.)
  const whole = u.rankShare ? ctx.facts.get(groupKey) : undefined;
  if (whole && !new Decimal(whole.value).isZero()) {
    const r = share(op(top), op(whole));
    b.say(`，占${itemName(ctx, whole, 'zh')}${b.fact(whole)}的${b.derived(r)}（${b.derivation(r)}）`, `, ${b.derived(r)} of ${itemName(ctx, whole, 'en')} (${b.fact(whole)}; ${b.derivation(r)})`);
  }
  b.say('。', '.');
  const rest = order.slice(1).map((f) => `${itemName(ctx, f, b.lang)}${b.t('', ' ')}${b.fact(f)}`).join(b.t('、', ', '));
  if (rest) b.say(`其后依次为：${rest}。`, `Then: ${rest}.`);
  // ("公务用车购置费在三公经费里排第几": the place of the part named, counted down from the largest.)
  // (…or the one the last turn asked, pointed back at: 公务用车购置费是多少 → 那三公经费里它排第几.)
  const asked = sorted.findIndex((f) => u.items.includes(f.key));
  const pointed = (u.history ?? []).find((k) => sorted.some((f) => f.key === k));
  const named = asked >= 0 ? asked : sorted.findIndex((f) => f.key === pointed);
  if (named >= 0 && /排第|第几/.test(u.text)) {
    const n = b.count(named + 1, `place of ${sorted[named]!.key} in ${groupKey}, largest first`);
    b.say(`${itemName(ctx, sorted[named]!, 'zh')}在${groupName}中从大到小排第${n}。`, `${itemName(ctx, sorted[named]!, 'en')} is number ${n} in ${groupName}, largest first.`);
  }
  return 'answered';
};

export const unsupported: Handler = ({ b }) => {
  contactLine(b);
  return 'not_found';
};

/** A share the question asserts: 一半 / 三成 / 20% / a quarter, with 左右 / 大概 / about allowing five points either way. */
function claimedShare(text: string): { value: string; tolerance: string; majority?: boolean } | undefined {
  const rough = /左右|大概|大约|差不多|约|about|around|roughly/.test(text);
  // (An exact figure claimed beside a rough word — 九成以上，大概99%吧 — is the claim checked: it is the more precise.)
  // ("占98%以上" / "超过98%" / "不到5%": a bound, not a figure — the share holds anywhere on its side.)
  const above = /(\d+(?:\.\d+)?)\s*%\s*(?:以上|还多|多|出头)|(?:超过|高于|大于|不止|多于|over|more than|above|at least)\s*(\d+(?:\.\d+)?)\s*%/.exec(text);
  if (above) {
    const n = new Decimal(above[1] ?? above[2]!);
    return { value: n.plus(100).div(2).toFixed(), tolerance: new Decimal(100).minus(n).div(2).toFixed() };
  }
  const below = /(\d+(?:\.\d+)?)\s*%\s*(?:以下|不到)|(?:不到|低于|少于|小于|不足|under|less than|below)\s*(\d+(?:\.\d+)?)\s*%/.exec(text);
  if (below) {
    const n = new Decimal(below[1] ?? below[2]!);
    return { value: n.div(2).toFixed(), tolerance: n.div(2).toFixed() };
  }
  const exact = /(\d+(?:\.\d+)?)\s*%/.exec(text);
  if (exact && /吧|对吗|是吗|对不对|right|correct/.test(text)) return { value: exact[1]!, tolerance: rough ? '1' : '0.005' };
  // (The words of more than half first: 超过一半 holds 一半.)
  const words: Array<[RegExp, string]> = [[/大部分|大头|多数|主要部分|一大半|大半|过半|超过一半|most of|the bulk|the majority|more than half/, '75'], [/一半|half/, '50'], [/三分之一|a third|one third/, '33.33'], [/四分之一|a quarter/, '25']];
  // "大部分 / 大头": more than half (50 < share ≤ 100, i.e. 75 ± 25).
  for (const [re, v] of words) if (re.test(text)) return { value: v, tolerance: rough || v === '75' ? '25' : '5', ...(v === '75' ? { majority: true } : {}) };
  const cheng = /([一二三四五六七八九])成(以上|多|还多|出头)?/.exec(text);
  if (cheng) {
    const n = '一二三四五六七八九'.indexOf(cheng[1]!) * 10 + 10;
    // ("九成以上": from 90 up to all of it; "一成多": from 10 short of 20.)
    if (cheng[2]) return cheng[2] === '以上' ? { value: String((n + 100) / 2), tolerance: String((100 - n) / 2) } : { value: String(n + 5), tolerance: '5' };
    return { value: String(n), tolerance: rough ? '5' : '0.5' };
  }
  const pct = /(\d+(?:\.\d+)?)\s*%/.exec(text);
  // (A figure said roughly — 大概95% — allows one point either way; a word — 一半, 三成 — five.)
  if (pct && /吧|对吗|是吗|对不对|right|correct/.test(text)) return { value: pct[1]!, tolerance: rough ? '1' : '0.005' };
  return undefined;
}


/** "三倍多" → [3, 4); "3.4倍" → within 0.05 of 3.4; "两倍" → within 0.05 of 2. */
function claimedTimes(text: string): { min: Decimal; max: Decimal } | undefined {
  const m = /([\d.]+|[一二两三四五六七八九十半])倍(多)?/.exec(text);
  if (!m) return undefined;
  const n = new Decimal(/\d/.test(m[1]!) ? m[1]! : m[1] === '半' ? '0.5' : chineseToDecimal(m[1]!)!);
  return m[2] ? { min: n, max: n.plus(1) } : { min: n.minus('0.05'), max: n.plus('0.05') };
}

