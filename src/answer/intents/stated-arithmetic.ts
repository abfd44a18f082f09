import { Decimal } from 'decimal.js';
import { evaluate, share, type CalcResult, type Operand } from '../../calc/index.js';
import { isCountUnit } from '../../calc/units.js';
import type { StoredFact } from '../../domain/types.js';
import type { AnswerBuilder } from '../answer-builder.js';
import { matchesStated, saidOfLastYear, type StatedFigure } from '../stated-computation.js';
import type { StaffKind } from '../lexicon.js';
import { factOperand, itemName, KIND_NAMES, staffTotal, type DocContext, type HandlerInput } from './context.js';
import { priorOf } from './figures.js';

/** Where one of the user's figures stands in the document: a stated figure, last year's (worked back), or a headcount of all units. */
type Source =
  | { kind: 'value'; fact: StoredFact }
  | { kind: 'prior'; fact: StoredFact }
  | { kind: 'staff-total'; staff: StaffKind; facts: StoredFact[]; r: CalcResult };

/**
 * The document figure a user's figure is, preferring the item named just before it (or asked about), then a stated
 * figure over one worked back. Undefined when the document has no such figure: the computation is not the document's.
 */
function sourceOf(ctx: DocContext, text: string, fig: StatedFigure, preferred: readonly string[]): Source | undefined {
  const v = new Decimal(fig.value);
  const facts = [...ctx.facts.values()].filter((f) => isCountUnit(f.unit) === isCountUnit(fig.unit) && !f.key.includes('.mention.'));
  const rank = (f: StoredFact) => {
    const i = preferred.findIndex((k) => f.key === k || f.key.startsWith(`${k}.`));
    return i < 0 ? preferred.length : i;
  };
  const best = (list: StoredFact[]) => [...list].sort((a, b) => rank(a) - rank(b))[0];
  const value = best(facts.filter((f) => v.eq(f.value)));
  const prior = best(facts.filter((f) => f.change !== undefined && v.eq(new Decimal(f.value).minus(f.change))));
  const lastYear = saidOfLastYear(text, fig.start);
  if (prior && (lastYear || !value || rank(prior) < rank(value))) return { kind: 'prior', fact: prior };
  if (value) return { kind: 'value', fact: value };
  for (const staff of Object.keys(KIND_NAMES) as StaffKind[]) {
    const total = staffTotal(ctx, staff);
    if (total && total.facts.length > 1 && v.eq(total.r.value)) return { kind: 'staff-total', staff, ...total };
  }
  return undefined;
}

/** A figure's name as the answer says it: a unit's headcount by unit and kind, money with its year. */
function nameOf(ctx: DocContext, f: StoredFact, b: AnswerBuilder): string {
  const staff = /^units\.(\d+)\.staff\.(\w+)$/.exec(f.key);
  const unit = staff ? ctx.doc.subUnits.find((x) => x.index === Number(staff[1])) : undefined;
  const names = staff ? KIND_NAMES[staff[2] as StaffKind] : undefined;
  if (unit && names) return b.t(`${unit.name}${names[0]}`, `${unit.name}: ${names[1]}`);
  const name = itemName(ctx, f, b.lang);
  return isCountUnit(f.unit) ? name : b.t(`${b.doc.year}年${name}`, `${name} in ${b.doc.year}`);
}

/** One source said with its figure (2026年基本支出为2621.58万元), and the operand it gives the computation. */
function say(b: AnswerBuilder, ctx: DocContext, s: Source): { text: string; operand: Operand } {
  if (s.kind === 'value') {
    const name = nameOf(ctx, s.fact, b);
    return { text: b.t(`${name}为${b.fact(s.fact, { role: 'operand' })}`, `${name} is ${b.fact(s.fact, { role: 'operand' })}`), operand: factOperand(s.fact) };
  }
  if (s.kind === 'prior') {
    const f = s.fact;
    const r = priorOf(f)!;
    b.uses(f);
    const name = itemName(ctx, f, b.lang);
    const year = b.doc.year - 1;
    return {
      text: b.t(`${year}年${name}为${b.derived(r, { role: 'operand' })}（${b.derivation(r)}）`, `${name} in ${year} was ${b.derived(r, { role: 'operand' })} (${b.derivation(r)})`),
      operand: { value: r.value, unit: f.unit, label: `${f.key}.prior` },
    };
  }
  s.facts.forEach((f) => b.uses(f));
  const { r } = s;
  const [zh, en] = KIND_NAMES[s.staff];
  return {
    text: b.t(`所属各单位${zh}合计${b.derived(r, { role: 'operand' })}（${b.derivation(r)}）`, `${en} of all units together: ${b.derived(r, { role: 'operand' })} (${b.derivation(r)})`),
    operand: { value: r.value, unit: '人', label: `staff.${s.staff}.total` },
  };
}

/**
 * "252减218等于34，对吧" / "11491.61除以79人，人均大约145.46万？" / "编制43人，实有47人，多出4人": a computation the user
 * writes out over the document's figures, recomputed with the calculator and judged — 是的 when the result is the
 * stated one to the places it is written with, 不对 with the right result when not. Undefined (another handler answers)
 * when a figure of it is not one of the document's.
 */
export function statedArithmetic({ u, ctx, b }: HandlerInput): 'answered' | undefined {
  const c = u.computation;
  if (!c) return undefined;
  const at = u.assertion?.amountsAt ?? [];
  const preferred = (fig: StatedFigure) => {
    const about = u.assertion?.about?.[at.indexOf(fig.start)];
    return [...(u.unit !== undefined ? [`units.${u.unit}`] : []), ...(about && !about.startsWith('staff.') ? [about] : []), ...u.items];
  };
  const sources = c.operands.map((fig) => sourceOf(ctx, u.text, fig, preferred(fig)));
  if (sources.some((s) => !s)) return undefined;
  if (c.result.percent && !(c.ops.length === 1 && c.ops[0] === '/')) return undefined;
  // (Each figure said first, so its citation and claim stand before the computation that uses it.)
  const parts = sources.map((s) => say(b, ctx, s!));
  const places = new Decimal(c.result.value).decimalPlaces();
  const ops = Object.fromEntries(parts.map((p, i) => [`x${i}`, p.operand]));
  const counts = !c.result.percent && isCountUnit(c.result.unit) && parts.every((p) => isCountUnit(p.operand.unit));
  // (A gap is the larger figure less the smaller, whichever the user said first.)
  const larger = c.gap && new Decimal(parts[0]!.operand.value).gt(parts[1]!.operand.value);
  const expression = c.gap ? (larger ? '{x0} - {x1}' : '{x1} - {x0}') : parts.map((_, i) => `{x${i}}`).reduce((e, x, i) => (i ? `${e} ${c.ops[i - 1]} ${x}` : x), '');
  const r: CalcResult = c.result.percent ? share(parts[0]!.operand, parts[1]!.operand, places) : evaluate(expression, ops, { kind: counts ? 'count' : 'money' });
  const holds = matchesStated(r.exact, c.result, c.exact);
  b.say(holds ? '是的：' : '不对：', holds ? 'Yes. ' : 'No. ');
  b.say(b.t(`文件中${parts.map((p) => p.text).join('，')}；`, `In the document, ${parts.map((p) => p.text).join('; ')}; `));
  // (The unit of the result, after the working: 万元, 人, 万元/人 for money over a headcount; a share carries its %.)
  const perHead = c.ops.includes('/') && !counts && parts.some((p) => isCountUnit(p.operand.unit));
  const unit = c.result.percent ? '' : counts ? '人' : perHead ? '万元/人' : '万元';
  const unitEn = c.result.percent ? '' : counts ? ' people' : perHead ? ' (万元 per person)' : ' (万元)';
  b.say(b.t(`按这些数计算：${b.derivation(r)}${unit ? `（${unit}）` : ''}。`, `worked out: ${b.derivation(r)}${unitEn}.`));
  return 'answered';
}
