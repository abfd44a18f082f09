import { CalcError } from './errors.js';
import { evaluate, type CalcResult, type Operand } from './evaluate.js';
import type { ResultKind } from './rounding.js';
import { isCountUnit } from './units.js';

/** Common helpers, each a fixed expression run through `evaluate` (one code path, one rounding). */

/** Set the result unit exactly (removing it when undefined). */
function withUnit(result: CalcResult, unit: string | undefined): CalcResult {
  const { unit: _drop, ...rest } = result;
  return unit === undefined ? rest : { ...rest, unit };
}

function kindOfAmount(unit: string | undefined): ResultKind {
  return isCountUnit(unit) ? 'count' : 'money';
}

/** a − b, in the unit of a; a count when that unit is 人/辆/个, money otherwise. */
export function difference(a: Operand, b: Operand): CalcResult {
  return withUnit(evaluate('{a} - {b}', { a, b }, { kind: kindOfAmount(a.unit) }), a.unit);
}

/** a + b + …, unit and kind inferred from the items (a count when all are 人/辆/个). */
export function sum(items: readonly Operand[]): CalcResult {
  if (items.length === 0) throw new CalcError('syntax', 'sum() needs at least one operand');
  const operands: Record<string, Operand> = {};
  items.forEach((item, i) => {
    operands[`x${i}`] = item;
  });
  return evaluate(items.map((_, i) => `{x${i}}`).join(' + '), operands);
}

/** Operands per step of sumMany: each step's expression stays well under the calculator's length limit. */
export const SUM_CHUNK = 25;

/**
 * a + b + … over any number of operands (a sum over hundreds of documents): added in steps of SUM_CHUNK through the
 * calculator, then the step totals added (exact, unrounded). The derivation lists every step.
 */
export function sumMany(items: readonly Operand[]): CalcResult {
  if (items.length <= SUM_CHUNK) return sum(items);
  const steps: CalcResult[] = [];
  for (let i = 0; i < items.length; i += SUM_CHUNK) steps.push(sum(items.slice(i, i + SUM_CHUNK)));
  const total = sumMany(steps.map((r, i) => ({ value: r.exact, ...(items[0]?.unit ? { unit: items[0].unit } : {}), label: `step${i + 1}` })));
  const factIds = [...new Set(steps.flatMap((r) => r.factIds))];
  return { ...total, factIds, derivation: `${steps.map((r) => r.derivation).join('; ')}; ${total.derivation}` };
}

/** Last year's amount from this year's and the change: current − change, in the unit of current. */
export function priorYear(current: Operand, change: Operand): CalcResult {
  return withUnit(
    evaluate('prior({current}, {change})', { current, change }, { kind: kindOfAmount(current.unit) }),
    current.unit,
  );
}

/** change ÷ prior × 100, in %. */
export function percentChange(change: Operand, prior: Operand): CalcResult {
  return evaluate('pct_change({change}, {prior})', { change, prior }, { kind: 'percent', unit: '%' });
}

/** part ÷ whole × 100, in %. */
export function share(part: Operand, whole: Operand, places?: number): CalcResult {
  // (Rounded to the places asked — 保留一位小数 — when asked; else as every percentage is.)
  return evaluate('share({part}, {whole})', { part, whole }, { kind: 'percent', unit: '%', ...(places !== undefined ? { places } : {}) });
}

/** How many times one figure is another (聘用人员是实有人数的几倍): a ÷ b, in the unit of a count of times. */
export function multipleOf(a: Operand, b: Operand, unit: string): CalcResult {
  return evaluate('{a} / {b}', { a, b }, { kind: 'money', unit });
}

/** 万元 → million yuan: ÷ 100. */
export function wanToMillionYuan(amountWan: Operand): CalcResult {
  // A unit conversion must not lose digits: x.xx 万元 ÷ 100 has at most four decimals, so it is kept at 4 (ratio).
  return evaluate('{amount} / 100', { amount: amountWan }, { kind: 'ratio', unit: 'million yuan' });
}

/** 元 → 万元: ÷ 10000. */
export function yuanToWan(amountYuan: Operand): CalcResult {
  return evaluate('{amount} / 10000', { amount: amountYuan }, { kind: 'money', unit: '万元' });
}
