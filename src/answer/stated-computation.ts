import { Decimal } from 'decimal.js';
import { CUES } from './intent-cues.js';
import { statedAmounts } from './stated-amounts.js';

export type Operator = '+' | '-' | '*' | '/';

/** A figure of a stated computation, where the question says it. */
export interface StatedFigure {
  value: string;
  /** 万元 for money (also a bare number), or a count: 人, 个, 辆. */
  unit: string;
  start: number;
  /** A figure said as an approximation (大约145.46万, 三千多万): the range it claims, [min, max). */
  approx?: { min: string; max: string };
}

/**
 * A computation the user writes out to be checked: "252减218等于34", "11491.61万除以79人，人均大约145.46万",
 * "编制43人，实有47人，多出4人". The operands are the user's figures; the engine recomputes the result with the calculator.
 */
export interface StatedComputation {
  operands: StatedFigure[];
  /** ops[i] stands between operands[i] and operands[i + 1]. */
  ops: Operator[];
  /** The result the user states; a percentage (3.5%) when `percent`. */
  result: StatedFigure & { percent: boolean };
  /** "多出4人": the gap between the two figures, whichever is larger. */
  gap?: boolean;
  /** "正好等于" / "exactly": the result must be exact, not only right to the places it is written with. */
  exact?: boolean;
}

const OPERATORS: Array<[Operator, RegExp]> = [
  ['+', CUES.plusWord],
  ['-', CUES.minusWord],
  ['*', CUES.timesWord],
  ['/', CUES.divideWord],
];

/** The operator written between two figures (the last one when several are), if any. */
function operatorIn(between: string): Operator | undefined {
  let best: { op: Operator; at: number } | undefined;
  for (const [op, re] of OPERATORS) {
    const g = new RegExp(re.source, 'g');
    for (const m of between.matchAll(g)) if (!best || m.index! >= best.at) best = { op, at: m.index! };
  }
  return best?.op;
}

/** A change said between figures (比去年增加8.2万, 减少了): a figure and its change, not two figures and their gap. */
const moves = (between: string) => CUES.up.test(between) || CUES.down.test(between) || /比/.test(between);

/** A figure said of last year (去年218万, 所以去年是79.6万, last year's 218), read on the text just before it. Pure. */
export function saidOfLastYear(text: string, at: number): boolean {
  // (Not "比去年增加8.2万": a change against last year, not last year's figure.)
  const m = /(?<![比较与和跟同])(?:去年|上年|上一年|前一年|last year'?s?|prior[- ]year)([^,，;。?\d]{0,6})$/.exec(text.slice(0, at));
  return !!m && !moves(m[1]!) && !/[多少变]|than|from/.test(m[1]!);
}

const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;

/**
 * The computation a normalised question writes out, when it writes one: two or more figures joined by operators and a
 * result after a result word (等于, 是, 大约), or two figures and their gap (多出4人). Years are not figures. Pure.
 */
export function statedComputation(text: string): StatedComputation | undefined {
  const tokens: Array<StatedFigure & { end: number; percent: boolean }> = [
    ...statedAmounts(text).map((a) => ({ value: a.value, unit: a.unit, start: a.start, end: a.end, percent: false, ...(a.approx ? { approx: a.approx } : {}) })),
    ...[...text.matchAll(PERCENT)].map((m) => ({ value: m[1]!, unit: '%', start: m.index!, end: m.index! + m[0].length, percent: true })),
  ].sort((a, b) => a.start - b.start);
  const between = (i: number) => text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  for (let k = tokens.length - 1; k >= 2; k--) {
    const result = tokens[k]!;
    const before = between(k);
    if (/[?？]/.test(before)) continue;
    const operands = [tokens[k - 1]!];
    const ops: Operator[] = [];
    for (let i = k - 1; i > 0; i--) {
      const op = operatorIn(between(i));
      if (!op || tokens[i - 1]!.percent) break;
      ops.unshift(op);
      operands.unshift(tokens[i - 1]!);
    }
    const exact = /正好|恰好|刚好|exactly/.test(before) || undefined;
    const shape = ({ value, unit, start, approx }: StatedFigure) => ({ value, unit, start, ...(approx ? { approx } : {}) });
    const res = { ...shape(result), percent: result.percent };
    if (ops.length && CUES.statedResult.test(before) && !operands.some((o) => o.percent)) {
      return { operands: operands.map(shape), ops, result: res, ...(exact ? { exact } : {}) };
    }
    // "编制43人，实有47人，多出4人": the two figures said just before, in the result's own unit.
    const [a, b] = [tokens[k - 2]!, tokens[k - 1]!];
    if (!ops.length && !result.percent && CUES.statedGap.test(before) && !moves(before) && !moves(between(k - 1)) && a.unit === result.unit && b.unit === result.unit && !operatorIn(between(k - 1))) {
      return { operands: [shape(a), shape(b)], ops: ['-'], result: res, gap: true };
    }
  }
  return undefined;
}

/**
 * Whether a computed value is the one stated: equal to it when the user says it is exact, else within the range an
 * approximation claims or equal once rounded (half up) to the places the user wrote it with (145.4634… is "145.46", 3.1967…% is "3.2%", 2.04% is "2%"). Pure.
 */
export function matchesStated(computed: string, stated: StatedFigure, exact = false): boolean {
  const c = new Decimal(computed);
  const s = new Decimal(stated.value);
  if (exact) return c.eq(s);
  if (stated.approx && c.gte(stated.approx.min) && c.lt(stated.approx.max)) return true;
  return c.toDecimalPlaces(s.decimalPlaces(), Decimal.ROUND_HALF_UP).eq(s);
}
