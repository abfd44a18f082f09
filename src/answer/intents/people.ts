import { Decimal } from 'decimal.js';
import { difference, multipleOf, share, sum, type Operand } from '../../calc/index.js';
import { STAFF_KINDS, VEHICLE_TYPES, classify } from '../../domain/catalog.js';
import type { StoredFact } from '../../domain/types.js';
import type { StaffKind } from '../lexicon.js';
import { CUES } from '../intent-cues.js';
import { asksSomething, confirming } from '../question-claims.js';
import { normalizeQuestion } from '../question-text.js';
import { unitNames, type UnitName } from '../unit-names.js';
import type { AnswerBuilder } from '../answer-builder.js';
import type { Understanding } from '../understand.js';
import { contactLine, factOperand as op, figuresButNotStated, itemName, KIND_NAMES, type DocContext, type Handler } from './context.js';
import { sayVerdict, verdict } from './verdict.js';


function staffFact(ctx: DocContext, unit: number, kind: StaffKind): StoredFact | undefined {
  return ctx.facts.get(`units.${unit}.staff.${kind}`);
}

/** Headcounts as asked; "为啥实有人数比编制还多": the figures, and that the document gives no reason for them. */
export const staffingHandler: Handler = (input) => {
  const { u, b } = input;
  // "去年编制几个": the template states this year's headcounts only.
  if (u.year === 'prior' && !u.overUnder) {
    const status = staffingFigures({ ...input, u: { ...u, year: 'current' } });
    return figuresButNotStated(status, b, `文件只列出${b.doc.year}年的编制和人数（以上），没有说明${b.doc.year - 1}年的数字。`, ` The document gives ${b.doc.year} headcounts only (above), not ${b.doc.year - 1}'s.`);
  }
  // "城市治理委员会有几个编制": a body that is none of the document's units — its headcounts are not listed.
  const found = u.unit === undefined && !u.units?.length ? u.residue?.find((r) => r.length >= 4 && /(?:委员|委员会|局|委|中心|所|站|队|处|科|部)$/.test(r)) : undefined;
  // (会 is a word of its own to the residue: 城市治理委员|会.)
  const body = found && u.text.includes(`${found}会`) ? `${found}会` : found;
  if (body) {
    b.say(`文件没有列出“${body}”的编制或人数，只列出所属${b.count(input.ctx.doc.subUnits.length, 'sub-units listed in 单位构成')}个单位的人数。`, `The document lists no staffing for "${body}", only for its ${b.count(input.ctx.doc.subUnits.length, 'sub-units listed in 单位构成')} sub-units.`);
    contactLine(b);
    return 'not_found';
  }
  // "离退休的老同志有好多个人": people the template does not count; the headcounts it gives are context.
  if (CUES.staffUnlisted.test(u.text) && !u.staffKinds?.length) {
    const status = staffingFigures(input);
    return figuresButNotStated(status, b, '文件只列出编制、实有人数和聘用人员（以上），没有列出您问的这类人员的人数。', ' The document lists posts, staff in post and contract staff only (above), not the people you ask about.');
  }
  const status = staffingFigures(input);
  return u.intent === 'staffing' && u.whyAsked ? figuresButNotStated(status, b, '文件没有说明原因。', ' The document gives no reason.') : status;
};

const staffingFigures: Handler = ({ u, ctx, b }) => {
  const units = ctx.doc.subUnits;
  if (units.length === 0) {
    b.say('本文件没有列出人员编制和实有人数。', 'This document does not list staffing figures.');
    contactLine(b);
    return 'not_found';
  }
  const all = STAFF_KINDS.map((k) => k.key) as StaffKind[];
  // "编制43个，实际也是43人吧": more figures asserted than headcounts named — each is checked, and shown, against them all.
  const asserted = (u.assertion?.amounts.length ?? 0) > (u.staffKinds?.length ?? 0);
  // ("机关事务服务中心聘用人员21人，比编制多那么多": contract staff set against the posts — not staff in post, which the
  // question does not name.)
  const hiredGap = !!u.overUnder && !!u.staffKinds?.includes('hired') && u.staffKinds.includes('establishment') && !u.staffKinds.includes('actual');
  const kinds: StaffKind[] = u.overUnder && !hiredGap ? ['establishment', 'actual'] : u.staffKinds?.length && !asserted ? u.staffKinds : all;
  // "实有人数占编制的比例" / "fill rate": one headcount as a share of another, for each unit asked.
  if (u.staffShare && (!u.overUnder || CUES.staffShare.test(u.text))) {
    const asked = u.units?.length ? units.filter((x) => u.units!.includes(x.index)) : typeof u.unit === 'number' ? units.filter((x) => x.index === u.unit) : units;
    return shareOfKinds(b, ctx, asked, u.staffShare);
  }
  if (u.units && u.units.length >= 2 && CUES.compare.test(u.text) || (u.units?.length ?? 0) >= 2 && /比/.test(u.text)) return compareUnits(b, ctx, u.units!, kinds[0]!);
  // "本级连聘用的算上一共多少人": staff in post with the contract staff counted in.
  // (…or the staff asked with the contract ones counted in: 'staff plus contract'.)
  if (u.staffKinds?.length === 1 && ['hired', 'actual'].includes(u.staffKinds[0]!) && CUES.hiredCountedIn.test(u.text)) {
    return sumKinds(b, ctx, typeof u.unit === 'number' ? [u.unit] : units.map((x) => x.index), ['actual', 'hired']);
  }
  if ((u.staffKinds?.length ?? 0) >= 2 && CUES.sum.test(u.text) && !u.overUnder) return sumKinds(b, ctx, typeof u.unit === 'number' ? [u.unit] : units.map((x) => x.index), kinds);
  const named = u.units?.length ? units.filter((x) => u.units!.includes(x.index)) : typeof u.unit === 'number' ? units.filter((x) => x.index === u.unit) : units;
  const chosen = ofPostsAsked(u.text, ofTypeAsked(u.text, named, unitNames(ctx.doc.subUnits)), ctx);
  // "本级实有人数比行政编制多出几个人": one headcount against another, for each unit asked.
  if ((u.staffKinds?.length ?? 0) >= 2 && (/比|than/.test(u.text) || hiredGap) && (!u.overUnder || hiredGap)) return compareKinds(b, ctx, chosen, u.staffKinds![0]!, u.staffKinds![1]!);
  // "新增了多少名在职人员": the template states this year's headcounts only.
  if (CUES.staffChange.test(u.text) && !u.overUnder) return changeNotStated(b, ctx, chosen, kinds);
  // "编制总数和实有总数各多少？差几个？": each headcount over all the units, and the gap between the two totals.
  if (kinds.length >= 2 && u.unit === undefined && !u.units?.length && /总数|总共|合计|一共|加起来|\btotals?\b/.test(u.text)) return totalsOfKinds(b, ctx, kinds.slice(0, 2), /差|相差|多几|少几|gap|difference/.test(u.text));
  // ("for each of the four units", 各自/分别: one line per unit, not a total.)
  const each = /\beach\b|各自|分别|每个单位/.test(u.text);
  const together = !each && !u.unitsUnsure && (u.unit === 'all' || ((u.units?.length ?? 0) >= 2 && CUES.sum.test(u.text)) || (u.unit === undefined && units.length > 1 && !!u.staffKind && !u.overUnder));
  if (together && chosen.length > 1) {
    const totals = kinds.map((kind) => {
      const facts = chosen.map((x) => staffFact(ctx, x.index, kind)).filter((f): f is StoredFact => !!f);
      return { kind, facts, r: facts.length ? sum(facts.map(op)) : undefined };
    });
    // ("聘用人员一共50人？": a total claimed is judged against the total worked out — one figure per headcount asked.)
    // (Only figures said after the headcount they claim: 三个事业单位的编制合计 / 那两个加起来 count units, claim nothing.)
    const headcountAt = u.text.search(CUES.staffKindNamed);
    const claimed = headcountAt < 0 ? [] : (u.assertion?.amounts ?? []).filter((_, i) => (u.assertion!.amountsAt?.[i] ?? -1) > headcountAt);
    if (claimed.length && claimed.length <= totals.length && totals.every((t) => t.r)) {
      sayVerdict(b, claimed.every((a, i) => new Decimal(a).eq(totals[i]!.r!.value)) ? 'yes' : 'no');
    }
    for (const { kind, facts, r } of totals) {
      if (!r) continue;
      const [zh, en] = KIND_NAMES[kind];
      const list = facts.map((f) => `${f.subUnit}${b.fact(f)}`).join(b.t('、', ', '));
      const unitKind = chosen.length < units.length ? typeWords(u.text, units) : undefined;
      // (Units named one by one are said as "these N units", not as all of them.)
      const some = chosen.length < units.length && !unitKind;
      const posts = some && kind === 'establishment' ? postsWord(u.text) : undefined;
      const n = some ? b.count(chosen.length, posts ? `units whose establishment is written as ${posts}` : 'units named in the question') : '';
      b.say(
        `${unitKind ? `其中${unitKind}` : posts ? `${n}个单位的${posts.slice(0, 2)}` : some ? `这${n}个单位` : '所属各单位'}${zh}合计${b.derived(r)}（${list}；${b.derivation(r)}）。`,
        `${unitKind ? `Across the sub-units that are ${unitKind}` : posts ? `Across the ${n} units with ${posts === '行政编制' ? 'administrative' : 'public-institution'} posts` : some ? `Across these ${n} units` : 'Across all sub-units'}, ${en} total ${b.derived(r)} (${list}; ${b.derivation(r)}).`,
      );
    }
    return 'answered';
  }
  // "本级行政编制是47个对吧": whether it holds, for the units and kinds asked.
  // (Of one unit: a figure claimed of "the service centre" that two units' names fit is not judged against every unit.)
  const judged = chosen.length === 1 || ((u.units?.length ?? 0) > 1 && !u.unitsUnsure) || u.unit === 'all';
  // (A figure right beside a gap claimed wrong — 30个编制都满了 — is no 是的: the gap decides.)
  const gapClaim = judged ? overUnderClaim(u, ctx, chosen) : undefined;
  if (judged) sayVerdict(b, gapClaim === 'no' ? 'no' : verdict(withoutGapClaimed(u, ctx, chosen), chosen.flatMap((x) => kinds.map((k) => staffFact(ctx, x.index, k)).filter((f): f is StoredFact => !!f))) ?? gapClaim);
  for (const unit of chosen) {
    const facts = kinds.map((k) => [k, staffFact(ctx, unit.index, k)] as const).filter(([, f]) => !!f);
    if (facts.length === 0) continue;
    const desc = facts.map(([k, f]) => `${b.t(KIND_NAMES[k][0], KIND_NAMES[k][1])}${b.t('', ': ')}${b.fact(f!)}`).join(b.t('，', ', '));
    b.say(`${unit.name}：${desc}`, `${unit.name}: ${desc}`);
    if (u.overUnder) overUnder(b, unit.index, ctx);
    b.say(b.t('。', '. '));
  }
  return 'answered';
};

/** The kinds of unit the document names in 单位构成 (行政单位, 公益一类事业单位) and their generic tails (事业单位). */
function typeWords(text: string, units: ReadonlyArray<{ type?: string }>): string | undefined {
  const phrases = new Set<string>();
  for (const x of units) if (x.type) [x.type, x.type.slice(-4)].forEach((p) => phrases.add(p));
  return [...phrases].sort((a, c) => c.length - a.length).find((p) => p.length >= 4 && text.includes(p));
}

/**
 * "The office has 47 administrative posts": only the units whose establishment the document writes as the kind of post
 * named (行政编制 of the office itself, 事业编制 of the centres) — all asked when none is written so.
 */
// (Both kinds named — 行政编制加事业编制 — is every unit.)
const postsWord = (text: string) => {
  const [admin, inst] = [CUES.administrativePosts.test(text), CUES.institutionPosts.test(text)];
  return admin && !inst ? '行政编制' : inst && !admin ? '事业编制' : undefined;
};

function ofPostsAsked<T extends { index: number }>(text: string, units: T[], ctx: DocContext): T[] {
  const word = postsWord(text);
  if (!word) return units;
  const kept = units.filter((x) => {
    const f = staffFact(ctx, x.index, 'establishment');
    return !!f && ctx.doc.text.slice(f.sentence.start, f.sentence.end).includes(word);
  });
  return kept.length ? kept : units;
}

/**
 * "三个事业单位的事业编制加起来": only the units of the kind the question names (from the document's own unit types) —
 * unless it names a unit of another kind beside them (本级和三个下属事业单位: all four).
 */
function ofTypeAsked<T extends { index: number; type?: string }>(text: string, units: T[], names: readonly UnitName[]): T[] {
  const kind = typeWords(text, units);
  if (!kind) return units;
  const kept = units.filter((x) => x.type?.includes(kind));
  const otherNamed = names.some((n) => !kept.some((x) => x.index === n.index) && n.names.some((name) => name.length >= 2 && text.includes(name)));
  return kept.length && !otherNamed ? kept : units;
}

/** 本级的编制比治理中心多几个: the difference of one headcount between two sub-units. */
function compareUnits(b: AnswerBuilder, ctx: DocContext, indexes: number[], kind: StaffKind): 'answered' | 'not_found' {
  const [a, c] = indexes.map((i) => staffFact(ctx, i, kind));
  if (!a || !c) return notListed(b);
  const [hi, lo] = new Decimal(a.value).gte(c.value) ? [a, c] : [c, a];
  const r = difference(op(hi), op(lo));
  const [zh, en] = KIND_NAMES[kind];
  b.say(
    `${a.subUnit}${zh}${b.fact(a)}，${c.subUnit}${zh}${b.fact(c)}，${hi.subUnit}比${lo.subUnit}多${b.derived(r)}（${b.derivation(r)}）。`,
    `${a.subUnit}: ${en} ${b.fact(a)}; ${c.subUnit}: ${b.fact(c)}. ${hi.subUnit} has ${b.derived(r)} more (${b.derivation(r)}).`,
  );
  return 'answered';
}

/** 实有人数比编制多几个: the difference of two headcounts of each unit asked, from the calculator. */
function compareKinds(b: AnswerBuilder, ctx: DocContext, chosen: ReadonlyArray<{ index: number; name: string }>, first: StaffKind, second: StaffKind): 'answered' | 'not_found' {
  let said = 0;
  for (const unit of chosen) {
    const a = staffFact(ctx, unit.index, first);
    const c = staffFact(ctx, unit.index, second);
    if (!a || !c) continue;
    const [za, ea] = KIND_NAMES[first];
    const [zc, ec] = KIND_NAMES[second];
    const gap = new Decimal(a.value).cmp(c.value);
    const r = gap >= 0 ? difference(op(a), op(c)) : difference(op(c), op(a));
    const zh = gap === 0 ? `两者相同` : `${za}比${zc}${gap > 0 ? '多' : '少'}${b.derived(r)}（${b.derivation(r)}）`;
    const en = gap === 0 ? 'the same' : `${b.derived(r)} ${gap > 0 ? 'more' : 'fewer'} (${b.derivation(r)})`;
    b.say(`${unit.name}：${za}${b.fact(a)}，${zc}${b.fact(c)}，${zh}。`, `${unit.name}: ${ea} ${b.fact(a)}, ${ec} ${b.fact(c)}; ${ea}: ${en}. `);
    said++;
  }
  return said ? 'answered' : notListed(b);
}

/** 实有人数占编制的比例: one headcount over another (or over the same headcount of all units), from the calculator. */
function shareOfKinds(b: AnswerBuilder, ctx: DocContext, chosen: ReadonlyArray<{ index: number; name: string }>, s: NonNullable<Understanding['staffShare']>): 'answered' | 'not_found' {
  const [zp, ep] = KIND_NAMES[s.part];
  if (s.whole === 'all-units') {
    const facts = ctx.doc.subUnits.map((x) => staffFact(ctx, x.index, s.part)).filter((f): f is StoredFact => !!f);
    if (facts.length < 2) return notListed(b);
    const total = sum(facts.map(op));
    const list = facts.map((f) => `${f.subUnit}${b.t('', ' ')}${b.fact(f)}`).join(b.t('、', ', '));
    let said = 0;
    for (const unit of chosen.length < facts.length ? chosen : []) {
      const part = staffFact(ctx, unit.index, s.part);
      if (!part) continue;
      const r = share(op(part), { value: total.exact, unit: part.unit });
      b.say(
        `${unit.name}${zp}${b.fact(part)}，所属各单位${zp}合计${b.derived(total)}（${list}；${b.derivation(total)}），占${b.derived(r)}（${b.derivation(r)}）。`,
        `${unit.name}: ${ep} ${b.fact(part)}, of ${b.derived(total)} across all sub-units (${list}; ${b.derivation(total)}): ${b.derived(r)} (${b.derivation(r)}). `,
      );
      said++;
    }
    return said ? 'answered' : notListed(b);
  }
  if (s.withPart) return shareOfBoth(b, ctx, chosen, s.part, s.whole);
  const wholeKind = s.whole;
  const [zw, ew] = KIND_NAMES[wholeKind];
  const rows = chosen.map((x) => ({ x, part: staffFact(ctx, x.index, s.part), whole: staffFact(ctx, x.index, wholeKind) })).filter((r) => r.part && r.whole);
  if (rows.length === 0) return notListed(b);
  for (const { x, part, whole } of rows) {
    if (new Decimal(whole!.value).isZero()) {
      b.say(`${x.name}：${zw}为${b.fact(whole!)}，无法计算比例。`, `${x.name}: ${ew} ${b.fact(whole!)}, so no share can be computed. `);
      continue;
    }
    if (s.times) {
      const t = multipleOf(op(part!), op(whole!), b.t('倍', 'times'));
      b.say(`${x.name}：${zp}${b.fact(part!)}，${zw}${b.fact(whole!)}，${zp}是${zw}的${b.derived(t)}（${b.derivation(t)}）。`, `${x.name}: ${ep} ${b.fact(part!)}, ${ew} ${b.fact(whole!)}; ${ep} is ${b.derived(t)} ${ew} (${b.derivation(t)}). `);
      continue;
    }
    const r = share(op(part!), op(whole!));
    b.say(`${x.name}：${zp}${b.fact(part!)}，${zw}${b.fact(whole!)}，${zp}占${zw}的${b.derived(r)}（${b.derivation(r)}）。`, `${x.name}: ${ep} ${b.fact(part!)}, ${ew} ${b.fact(whole!)}; ${ep} as a share of ${ew}: ${b.derived(r)} (${b.derivation(r)}). `);
  }
  // Every unit asked: the department's too, from the totals.
  if (rows.length > 1 && rows.length === ctx.doc.subUnits.length && !s.times) {
    const p = sum(rows.map((r) => op(r.part!)));
    const w = sum(rows.map((r) => op(r.whole!)));
    const r = share({ value: p.exact, unit: rows[0]!.part!.unit }, { value: w.exact, unit: rows[0]!.whole!.unit });
    b.say(`所属各单位合计：${zp}${b.derived(p)}（${b.derivation(p)}），${zw}${b.derived(w)}（${b.derivation(w)}），占${b.derived(r)}（${b.derivation(r)}）。`, `All sub-units together: ${ep} ${b.derived(p)} (${b.derivation(p)}), ${ew} ${b.derived(w)} (${b.derivation(w)}): ${b.derived(r)} (${b.derivation(r)}).`);
  }
  return 'answered';
}

/**
 * "聘用人员占全部人员（实有+聘用）的比例": one headcount over itself and another added up — for the units asked, or for the
 * department as a whole (all units' figures summed) when no unit is named.
 */
function shareOfBoth(b: AnswerBuilder, ctx: DocContext, chosen: ReadonlyArray<{ index: number; name: string }>, part: StaffKind, other: StaffKind): 'answered' | 'not_found' {
  const [zp, ep] = KIND_NAMES[part];
  const [zo, eo] = KIND_NAMES[other];
  const rows = chosen.map((x) => ({ x, p: staffFact(ctx, x.index, part), o: staffFact(ctx, x.index, other) })).filter((r) => r.p && r.o);
  if (rows.length === 0) return notListed(b);
  const all = rows.length === ctx.doc.subUnits.length && rows.length > 1;
  const who = all ? b.t('所属各单位合计', 'All sub-units together') : rows.map((x) => x.x.name).join(b.t('、', ', '));
  // One unit's figures are said as stated; several units' are added up first, each listed.
  const total = (kind: 'p' | 'o') => {
    if (rows.length === 1) return { operand: op(rows[0]![kind]!), text: b.fact(rows[0]![kind]!) };
    const r = sum(rows.map((x) => op(x[kind]!)));
    const list = rows.map((x) => `${x.x.name}${b.t('', ' ')}${b.fact(x[kind]!)}`).join(b.t('、', ', '));
    return { operand: { value: r.exact, unit: rows[0]![kind]!.unit }, text: `${b.derived(r)}${b.t(`（${list}；${b.derivation(r)}）`, ` (${list}; ${b.derivation(r)})`)}` };
  };
  const [p, o] = [total('p'), total('o')];
  const whole = sum([p.operand, o.operand]);
  const r = share(p.operand, { value: whole.exact, unit: p.operand.unit });
  b.say(
    `${who}：${zp}${p.text}，${zo}${o.text}，两者合计${b.derived(whole)}（${b.derivation(whole)}），${zp}占${b.derived(r)}（${b.derivation(r)}）。`,
    `${who}: ${ep} ${p.text}, ${eo} ${o.text}, together ${b.derived(whole)} (${b.derivation(whole)}); ${ep} as a share of both: ${b.derived(r)} (${b.derivation(r)}).`,
  );
  return 'answered';
}

/** Each headcount summed over all the units; with the gap between the two totals when asked. */
function totalsOfKinds(b: AnswerBuilder, ctx: DocContext, kinds: StaffKind[], gap: boolean): 'answered' | 'not_found' {
  const totals = kinds.map((k) => {
    const facts = ctx.doc.subUnits.map((x) => staffFact(ctx, x.index, k)).filter((f): f is StoredFact => !!f);
    return { k, facts, r: facts.length ? sum(facts.map(op)) : undefined };
  });
  if (totals.some((t) => !t.r)) return notListed(b);
  for (const t of totals) {
    const [zh, en] = KIND_NAMES[t.k];
    b.say(`所属各单位${zh}合计${b.derived(t.r!)}（${b.derivation(t.r!)}）。`, `Across all sub-units, ${en} total ${b.derived(t.r!)} (${b.derivation(t.r!)}). `);
  }
  if (gap) {
    const [x, y] = totals as [(typeof totals)[number], (typeof totals)[number]];
    const xs = { value: x.r!.exact, unit: x.facts[0]!.unit };
    const ys = { value: y.r!.exact, unit: y.facts[0]!.unit };
    const hiFirst = new Decimal(x.r!.value).gte(y.r!.value);
    const d = hiFirst ? difference(xs, ys) : difference(ys, xs);
    const [hz] = KIND_NAMES[hiFirst ? x.k : y.k];
    const [lz] = KIND_NAMES[hiFirst ? y.k : x.k];
    b.say(`${hz}合计比${lz}合计多${b.derived(d)}（${b.derivation(d)}）。`, `The totals differ by ${b.derived(d)} (${b.derivation(d)}).`);
  }
  return 'answered';
}

/** How a headcount changed: not stated by the template; this year's figures given as context, framed as such. */
function changeNotStated(b: AnswerBuilder, ctx: DocContext, chosen: ReadonlyArray<{ index: number; name: string }>, kinds: StaffKind[]): 'not_found' {
  const year = b.doc.year;
  b.say(`文件只列出${year}年的人员数，没有公布上年的人数或人员的增减`, `The document lists ${year} headcounts only; it does not state last year's or how they changed`);
  const parts = chosen.flatMap((unit) => {
    const facts = kinds.map((k) => [k, staffFact(ctx, unit.index, k)] as const).filter(([, f]) => !!f);
    if (facts.length === 0) return [];
    return [`${unit.name}${b.t('', ': ')}${facts.map(([k, f]) => `${b.t(KIND_NAMES[k][0], KIND_NAMES[k][1])}${b.t('', ' ')}${b.fact(f!, { role: 'context' })}`).join(b.t('，', ', '))}`];
  });
  if (parts.length) b.say(`；${year}年的数字供参考：${parts.join('；')}。`, `. For reference, ${year}: ${parts.join('; ')}.`);
  else b.say('。', '.');
  contactLine(b);
  return 'not_found';
}

/** 实有人员加聘用人员一共多少人: two headcounts added over the chosen sub-units. */
function sumKinds(b: AnswerBuilder, ctx: DocContext, indexes: number[], kinds: StaffKind[]): 'answered' | 'not_found' {
  const found = indexes.flatMap((i) => kinds.map((k) => ({ f: staffFact(ctx, i, k), k }))).filter((x): x is { f: StoredFact; k: StaffKind } => !!x.f);
  if (found.length === 0) return notListed(b);
  const facts = found.map((x) => x.f);
  const r = sum(facts.map(op));
  const names = kinds.map((k) => b.t(KIND_NAMES[k][0], KIND_NAMES[k][1])).join(b.t('与', ' and '));
  // (Each figure with its own label in the answer's language: 实有47人 / staff in post 47 people.)
  const list = found.map(({ f, k }) => b.t(`${f.subUnit}${f.label}${b.fact(f)}`, `${f.subUnit} ${KIND_NAMES[k][1].toLowerCase()} ${b.fact(f)}`)).join(b.t('、', ', '));
  b.say(`${names}合计${b.derived(r)}（${list}；${b.derivation(r)}）。`, `${names} together: ${b.derived(r)} (${list}; ${b.derivation(r)}).`);
  return 'answered';
}

function notListed(b: AnswerBuilder): 'not_found' {
  b.say('文件没有列出这项人数。', 'The document does not list that headcount.');
  contactLine(b);
  return 'not_found';
}

/**
 * "编制43个实有47个，是不是超了四个人": the gap claimed beside the headcounts is the calculator's difference of them, not a
 * headcount — judged as that difference (and left out of the headcounts judged).
 */
function withoutGapClaimed(u: Understanding, ctx: DocContext, chosen: ReadonlyArray<{ index: number }>): Understanding {
  const a = u.assertion;
  if (!a || !u.overUnder || chosen.length !== 1) return u;
  const est = staffFact(ctx, chosen[0]!.index, 'establishment');
  const act = staffFact(ctx, chosen[0]!.index, 'actual');
  if (!est || !act) return u;
  const gap = difference(op(act), op(est)).value.replace(/^-/, '');
  const keep = a.amounts.map((_, i) => i).filter((i) => !new Decimal(a.amounts[i]!).eq(gap));
  if (keep.length === a.amounts.length) return u;
  // (Only the gap was claimed: it holds, and the headcounts, if any, are judged as said.)
  if (keep.length === 0) return { ...u, assertion: { ...a, amounts: [], ...(a.about ? { about: [] } : {}) } };
  return { ...u, assertion: { ...a, amounts: keep.map((i) => a.amounts[i]!), ...(a.about ? { about: keep.map((i) => a.about![i]!) } : {}) } };
}

/** "本级实有人数比编制少嘛": staff in post claimed fewer (or more) than the posts, for one unit — whether it holds. */
function overUnderClaim(u: Understanding, ctx: DocContext, chosen: ReadonlyArray<{ index: number }>): 'yes' | 'no' | undefined {
  // (Said as a claim — 吧, 嘛 — not asked: "超编了吗" is answered with the figures.)
  // (…or put up to be checked — 学生说本级实有人数少于编制数，对吗 — where 超编了吗 alone only asks.)
  if (!u.overUnder || chosen.length !== 1 || !(u.assertion || /[嘛吧哈撒][?]?$|是吧/.test(u.text) || CUES.putToCheck.test(u.text))) return undefined;
  const claimed = /比编制少|少于编制|缺编|不够|没满/.test(u.text) ? -1 : /比编制多|多于编制|超编|超出编制|超过编制/.test(u.text) ? 1 : 0;
  // ("数字化中心30个编制都满了？": every post filled — as many in post as posts, or more.)
  const full = !claimed && /满了|满员|招满|满编|坐满|都满|\bfilled\b|fully staffed/.test(u.text);
  const est = staffFact(ctx, chosen[0]!.index, 'establishment');
  const act = staffFact(ctx, chosen[0]!.index, 'actual');
  if ((!claimed && !full) || !est || !act) return undefined;
  const cmp = new Decimal(act.value).cmp(est.value);
  return (full ? cmp >= 0 : cmp === claimed) ? 'yes' : 'no';
}

function overUnder(b: Parameters<Handler>[0]['b'], index: number, ctx: DocContext): void {
  const est = staffFact(ctx, index, 'establishment');
  const act = staffFact(ctx, index, 'actual');
  if (!est || !act) return;
  const gap = new Decimal(act.value).cmp(est.value);
  if (gap === 0) {
    b.say('，实有人数与编制数相同，没有超编', ', exactly at establishment');
    return;
  }
  const r = gap > 0 ? difference(op(act), op(est)) : difference(op(est), op(act));
  b.say(
    gap > 0 ? `，实有人数超出编制${b.derived(r)}（${b.derivation(r)}）` : `，实有人数少于编制${b.derived(r)}（${b.derivation(r)}），未超编`,
    gap > 0 ? `, ${b.derived(r)} over establishment (${b.derivation(r)})` : `, ${b.derived(r)} under establishment (${b.derivation(r)})`,
  );
}

/** 哪个单位人最多: rank the sub-units by one headcount (实有 unless the question names another). */
export const staffRankingHandler: Handler = ({ u, ctx, b }) => {
  // ("机关事务服务中心几个编制 → 政务服务中心呢 → 哪个缺人多": the units of the turns before, when two or more were asked.)
  const asked = u.followUp && (u.unitHistory?.length ?? 0) >= 2 ? u.unitHistory : undefined;
  if (CUES.againstEstablishment.test(u.text)) return gapRanking(b, ctx, /少|缺|空|差|不够|under|short/.test(u.text), asked);
  const kind: StaffKind = u.staffKind ?? (/编制|posts|establishment/.test(u.text) ? 'establishment' : /聘用|hired|contract/.test(u.text) ? 'hired' : 'actual');
  const facts = ctx.doc.subUnits.map((x) => staffFact(ctx, x.index, kind)).filter((f): f is StoredFact => !!f);
  if (facts.length === 0) return staffingHandler({ u, ctx, b, retrieved: [] });
  const sorted = [...facts].sort((p, q) => new Decimal(q.value).cmp(p.value));
  const order = u.rank === 'min' ? sorted.reverse() : sorted;
  const [zh, en] = KIND_NAMES[kind];
  const top = order[0]!;
  b.say(
    `按${zh}看，${u.rank === 'min' ? '最少' : '最多'}的是${top.subUnit}，${b.fact(top)}。`,
    `By ${en}, the ${u.rank === 'min' ? 'smallest' : 'largest'} is ${top.subUnit} with ${b.fact(top)}.`,
  );
  const rest = order.slice(1).map((f) => `${f.subUnit}${b.t('', ' ')}${b.fact(f)}`).join(b.t('、', ', '));
  if (rest) b.say(`其后依次为：${rest}。`, `Then: ${rest}.`);
  return 'answered';
};

/** 哪个单位实有人数比编制少得最多: rank sub-units by 实有 − 编制, each difference from the calculator. */
function gapRanking(b: AnswerBuilder, ctx: DocContext, shortFirst: boolean, only?: readonly number[]): 'answered' | 'not_found' {
  const rows = ctx.doc.subUnits
    .filter((x) => !only || only.includes(x.index))
    .map((x) => ({ x, est: staffFact(ctx, x.index, 'establishment'), act: staffFact(ctx, x.index, 'actual') }))
    .filter((r): r is { x: typeof r.x; est: StoredFact; act: StoredFact } => !!r.est && !!r.act)
    .map((r) => ({ ...r, gap: difference(op(r.act), op(r.est)) }));
  if (rows.length === 0) return notListed(b);
  const sorted = [...rows].sort((p, q) => new Decimal(p.gap.value).cmp(q.gap.value) * (shortFirst ? 1 : -1));
  sorted.forEach((r, i) => {
    const g = new Decimal(r.gap.value);
    const stop = i === sorted.length - 1;
    b.say(
      `${r.x.name}：编制${b.fact(r.est)}，实有${b.fact(r.act)}，${g.isNeg() ? `少于编制${b.derived(r.gap, { change: true })}` : g.isZero() ? '与编制相同' : `超出编制${b.derived(r.gap)}`}（${b.derivation(r.gap)}）${stop ? '。' : '；'}`,
      `${r.x.name}: ${b.fact(r.est)} posts, ${b.fact(r.act)} in post (${b.derivation(r.gap)})${stop ? '.' : ';'} `,
    );
  });
  return 'answered';
}

export const vehiclesHandler: Handler = (input) => {
  const { u, ctx, b } = input;
  // "要买的是现有的百分之多少": the vehicles to be bought this year over those held at the end of last year.
  const planned = ctx.facts.get('vehicles.planned.total');
  const held = ctx.facts.get('vehicles.held.total');
  if (u.vehicleRatio && planned && held && !new Decimal(held.value).isZero()) {
    const r = share(op(planned), op(held));
    b.say(
      `${b.doc.year}年计划购置车辆${b.fact(planned)}，截至${b.doc.year - 1}年12月共有车辆${b.fact(held)}，计划购置数相当于现有车辆的${b.derived(r)}（${b.derivation(r)}）。`,
      `${b.doc.year} plans to buy ${b.fact(planned)}; ${b.fact(held)} were held at the end of ${b.doc.year - 1}: the purchases are ${b.derived(r)} of the fleet held (${b.derivation(r)}).`,
    );
    return 'answered';
  }
  // "买的比原来的多几辆": the vehicles to be bought less those held at the end of last year.
  if (u.vehicleGap && planned && held) {
    const r = difference(op(planned), op(held));
    const more = !r.value.startsWith('-');
    b.say(
      `${b.doc.year}年计划购置车辆${b.fact(planned)}，截至${b.doc.year - 1}年12月共有车辆${b.fact(held)}，计划购置数比现有车辆${more ? '多' : '少'}${b.derived(r, { abs: true })}（${b.derivation(r)}）。`,
      `${b.doc.year} plans to buy ${b.fact(planned)}; ${b.fact(held)} were held at the end of ${b.doc.year - 1}: ${b.derived(r, { abs: true })} ${more ? 'more' : 'fewer'} than held (${b.derivation(r)}).`,
    );
    return 'answered';
  }
  // "车 现在几辆 今年买几辆": both the fleet and the purchases.
  // ("今年买14辆、原来有10辆，那到2026年底一共会有多少辆车": the fleet at a later date is asked, the rest is premise.)
  const laterFleet = new RegExp(`${b.doc.year}年?(?:底|末|年底|年末|12月)|(?:今年|明年)(?:底|年底|年末)|end of ${b.doc.year}`).test(u.text) && /会有|将有|保有|有多少|有几|will (?:have|hold|own)/.test(u.text);
  if (CUES.vehiclePlanned.test(u.text) && CUES.vehicleHeld.test(u.text) && !laterFleet) {
    const held = vehiclesFor(input, 'held');
    // (The fleet is stated at the end of last year, the purchases for this one: "截至2025年底有几辆，2026年买几辆".)
    const planned = vehiclesFor({ ...input, u: { ...u, year: 'current' } }, 'planned');
    return held === 'answered' || planned === 'answered' ? 'answered' : 'not_found';
  }
  return vehiclesFor(input, laterFleet ? 'held' : u.vehicleMode ?? 'held');
};

function vehiclesFor({ u, ctx, b }: Parameters<Handler>[0], mode: 'held' | 'planned'): ReturnType<Handler> {
  const total = ctx.facts.get(`vehicles.${mode}.total`);
  if (!total) {
    b.say('本文件没有列出车辆情况。', 'This document does not list vehicles.');
    contactLine(b);
    return 'not_found';
  }
  // "去年买了几辆车": the document plans this year's purchases; last year's are not stated.
  if (mode === 'planned' && u.year === 'prior') {
    b.say(
      `文件没有说明${b.doc.year - 1}年购置车辆的数量；${b.doc.year}年一般公共预算安排购置车辆${b.fact(total)}，供参考。`,
      `The document does not state how many vehicles were bought in ${b.doc.year - 1}; for ${b.doc.year} the budget plans to purchase ${b.fact(total)}, for reference.`,
    );
    contactLine(b);
    return 'not_found';
  }
  // "2026年底他们一共会有多少辆车": the fleet is stated at one date only (截至2025年12月); a later one is not.
  if (mode === 'held' && total.asOf && new RegExp(`${b.doc.year}年?(?:底|末|年底|年末|12月)|(?:今年|明年)(?:底|年底|年末)|end of ${b.doc.year}`).test(u.text)) {
    b.say(
      `文件没有说明${b.doc.year}年底的车辆数（当年计划购置的车辆不等于年底的保有量）；${total.asOf}所属各预算单位共有车辆${b.fact(total, { role: 'context' })}，供参考。`,
      `The document does not state the number at the end of ${b.doc.year}; for reference, as of ${b.asOf(total.asOf)} the units held ${b.fact(total, { role: 'context' })}.`,
    );
    contactLine(b);
    return 'not_found';
  }
  const types = [...ctx.facts.values()].filter((f) => f.key.startsWith(`vehicles.${mode}.`) && f !== total);
  // "14辆车里有执勤执法用车吧": the claim is of the type named, not of the total.
  const namedType = types.find((f) => f.label && u.text.includes(normalizeQuestion(f.label)));
  // ("spending 252 (ten-thousand yuan) on new cars, right?": money claimed of the purchases is checked against the
  // purchase budget said with the count, not against the count.)
  // (A count claimed — 一买就是十几辆 — is the count's, whatever money words are near.)
  const purchase = mode === 'planned' && (CUES.money.test(u.text) || /\d\s*(?:万|亿|元|yuan\b|rmb\b)/.test(u.text)) ? ctx.facts.get('sangong.vehicle_purchase') : undefined;
  const countClaimed = !!u.assertion?.amountUnits?.some((x) => x !== '万元');
  sayVerdict(b, verdict(u, [namedType ?? total, ...(purchase && !countClaimed ? [purchase] : [])]));
  const detail = types
    .map((f) => (b.lang === 'en' ? `${classify(VEHICLE_TYPES, f.label)?.en ?? f.label}: ${b.fact(f)}` : `${f.label}${b.fact(f)}`))
    .join(b.t('、', ', '));
  if (b.inWords(total) && new Decimal(total.value).isZero() && types.length === 0) {
    const when = mode === 'held' ? (total.asOf ? `${total.asOf}，` : '') : `${b.doc.year}年`;
    b.say(
      `${when}${ctx.doc.department}${mode === 'held' ? '没有车辆' : '没有安排购置车辆'}（文件说明：${b.words(total)}）。`,
      `${mode === 'held' ? `${total.asOf ? `As of ${b.asOf(total.asOf)}, ` : ''}${ctx.doc.department} holds no vehicles` : `No vehicle purchase is planned for ${b.doc.year}`} (the document says: ${b.words(total)}).`,
    );
  } else if (mode === 'held') {
    b.say(`${total.asOf ?? ''}，所属各预算单位共有车辆${b.fact(total)}${detail ? `，其中${detail}` : ''}。`, `${total.asOf ? `As of ${b.asOf(total.asOf)}, ` : ''}the units hold ${b.fact(total)}${detail ? ` (${detail})` : ''}.`);
  } else {
    b.say(`${b.doc.year}年一般公共预算安排购置车辆${b.fact(total)}${detail ? `，其中${detail}` : ''}。`, `In ${b.doc.year} the budget plans to purchase ${b.fact(total)}${detail ? ` (${detail})` : ''}.`);
    // "要买多少辆？花多少钱？": the purchase budget goes with the count.
    if (purchase) b.say(`公务用车购置费预算为${b.fact(purchase)}。`, `The vehicle purchase budget is ${b.fact(purchase)}.`);
  }
  // ("What's the fleet size and the fleet operating and maintenance budget?": the one vehicle cost named beside the count
  // is asked too.)
  const costs = u.items.filter((k) => k === 'sangong.vehicle_operation' || k === 'sangong.vehicle_purchase');
  const cost = u.items.some((k) => k.startsWith('vehicles.')) && costs.length === 1 && costs[0] !== purchase?.key && CUES.money.test(u.text) ? ctx.facts.get(costs[0]!) : undefined;
  if (cost) b.say(`${b.doc.year}年${itemName(ctx, cost, 'zh')}预算为${b.fact(cost)}。`, `In ${b.doc.year}, ${itemName(ctx, cost, 'en')} is ${b.fact(cost)}.`);
  return 'answered';
};

/** 单位构成: each sub-unit with its type, level and funding channel, as the document states them. */
export const unitsHandler: Handler = ({ u, ctx, b }) => {
  // ("政务服务中心是啥级别？数字化城市运行和治理中心呢？": each unit the question names.)
  const units = (u.units?.length ?? 0) >= 2 ? ctx.doc.subUnits.filter((x) => u.units!.includes(x.index)) : typeof u.unit === 'number' ? ctx.doc.subUnits.filter((x) => x.index === u.unit) : ctx.doc.subUnits;
  if (units.length === 0) {
    b.say('本文件没有列出所属单位的构成。', 'The document does not list its sub-units.');
    contactLine(b);
    return 'not_found';
  }
  // "机关事务服务中心是副处级单位吧": whether the level or kind the user asserts is the unit's.
  // (Two of them offered — 处级还是科级 — is a choice asked, not a claim.)
  // (A kind asked — 属于哪一类事业单位 — is no claim; a level stated bare — 数字化中心是正科级 — is one.)
  const asksWhich = /哪|什么|啥|几|多大|\bwhich\b|\bwhat\b/.test(u.text);
  const kinds = !asksWhich && (u.yesNo || confirming(u.text) || /\?$|的$/.test(u.text) || !asksSomething(u.text)) ? [...u.text.matchAll(/[正副]?[处科厅县]级|行政单位|事业单位|公益[一二三]类|参公|全额拨款|差额拨款|自收自支/g)].map((m) => m[0]) : [];
  // (Why it is of that level — 为撒是正科级 — is no claim to confirm: the document gives the level, not a reason.)
  const why = CUES.reason.test(u.text);
  const claimed = (kinds.length > 1 && /还是|或者|或是|\bor\b/.test(u.text)) || why ? undefined : kinds[0];
  if (claimed && units.length === 1) {
    const x = units[0]!;
    // (副处级 is what 副处（县）级 says: the bracketed equivalent is no part of the claim.)
    const stated = `${x.level ?? ''}${x.type ?? ''}${x.funding ?? ''}`.replace(/[（(][^）)]*[）)]/g, '');
    sayVerdict(b, stated.includes(claimed.replace(/单位$/, '')) ? 'yes' : 'no');
  }
  if (units.length === ctx.doc.subUnits.length && units.length > 1) {
    const n = b.count(units.length, 'sub-units listed in 单位构成');
    b.say(`${ctx.doc.department}的预算单位构成（共${n}个单位）：`, `Units in the budget of ${ctx.doc.department} (${n} in all):`);
  } else b.say(`${ctx.doc.department}的预算单位构成：`, `Units in the budget of ${ctx.doc.department}:`);
  units.forEach((x, i) => {
    b.cite(x.span);
    const parts = [x.type, x.level && b.t(`机构规格${x.level}`, `level ${x.level}`), x.funding && b.t(`经费渠道为${x.funding}`, `funded by ${x.funding}`)].filter(Boolean);
    const end = i === units.length - 1;
    b.say(`\n${x.name}${parts.length ? `：${parts.join('，')}` : ''}${end ? '。' : '；'}`, `\n${x.name}${parts.length ? `: ${parts.join(', ')}` : ''}${end ? '.' : ';'}`);
  });
  if (why) {
    b.say('文件没有说明原因。', ' The document gives no reason.');
    contactLine(b);
    return 'not_found';
  }
  return 'answered';
};
