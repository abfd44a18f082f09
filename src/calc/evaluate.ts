import { D, parsePlainDecimal, plainString, type Dec } from './decimal.js';
import { CalcError, DivisionByZeroError } from './errors.js';
import { formatTree } from './format.js';
import { lower, type Core } from './lower.js';
import { parse } from './parse.js';
import { roundForKind, roundToPlaces, type ResultKind } from './rounding.js';
import { inferDim, isCountUnit, mixedUnitSum } from './units.js';

export interface Operand {
  /** A plain decimal string as stored: "252", "3009.40", "-1.3". */
  value: string;
  unit?: string;
  factId?: string;
  label?: string;
}

export interface CalcResult {
  /** Rounded per the rule for its kind, without superfluous zeros: "218", "12.5", "2.52". */
  value: string;
  /** The unrounded result (40 significant digits for non-terminating quotients). */
  exact: string;
  kind: ResultKind;
  unit?: string;
  /** Human-readable working, e.g. "252 − 34 = 218". */
  derivation: string;
  /** Ids of the fact operands used, in order of first use, without duplicates. */
  factIds: string[];
}

export interface EvaluateOptions {
  kind?: ResultKind;
  unit?: string;
  /** Decimal places a reader asked for (保留一位小数): the result rounded to them, shown with ≈ when that changes it. */
  places?: number;
}

function refsInOrder(node: Core, out: { name: string; pos: number }[] = []): { name: string; pos: number }[] {
  switch (node.type) {
    case 'ref': out.push({ name: node.name, pos: node.pos }); break;
    case 'neg': refsInOrder(node.arg, out); break;
    case 'bin': refsInOrder(node.left, out); refsInOrder(node.right, out); break;
    case 'num': break;
  }
  return out;
}

function compute(node: Core, values: Map<string, Dec>): Dec {
  switch (node.type) {
    case 'num': return node.value;
    case 'ref': return values.get(node.name)!;
    case 'neg': return compute(node.arg, values).neg();
    case 'bin': {
      const l = compute(node.left, values);
      const r = compute(node.right, values);
      switch (node.op) {
        case '+': return l.plus(r);
        case '-': return l.minus(r);
        case '*': return l.times(r);
        case '/':
          if (r.isZero()) throw new DivisionByZeroError('division by zero', node.pos);
          return l.div(r);
      }
    }
  }
}

/**
 * Evaluate an expression over named operands, exactly, and round the final result once
 * (see rounding.ts). Operands are referenced as `{name}`.
 */
export function evaluate(expression: string, operands: Record<string, Operand>, opts: EvaluateOptions = {}): CalcResult {
  const ast = parse(expression);
  const core = lower(ast);

  const values = new Map<string, Dec>();
  const factIds: string[] = [];
  for (const { name, pos } of refsInOrder(core)) {
    if (values.has(name)) continue;
    const operand = Object.hasOwn(operands, name) ? operands[name] : undefined;
    if (operand === undefined) throw new CalcError('unknown_reference', `unknown reference {${name}}`, pos);
    values.set(name, parsePlainDecimal(String(operand.value), `operand {${name}}`, pos));
    if (operand.factId !== undefined && !factIds.includes(operand.factId)) factIds.push(operand.factId);
  }

  const unitOf = (name: string) => operands[name]?.unit;
  const mixed = mixedUnitSum(core, unitOf);
  if (mixed !== undefined) throw new CalcError('unit_mismatch', 'cannot add or subtract two different units', mixed);
  const result = compute(core, values);
  const dim = inferDim(core, unitOf);
  const dimUnit = dim.kind === 'unit' ? dim.unit : undefined;
  const topFn = ast.type === 'call' ? ast.fn : undefined;
  const kind: ResultKind =
    opts.kind ??
    (topFn === 'pct_change' || topFn === 'share' || dimUnit === '%'
      ? 'percent'
      : isCountUnit(dimUnit) ? 'count' : 'money');
  const unit = opts.unit ?? (kind === 'percent' ? '%' : dimUnit);

  const value = opts.places === undefined ? roundForKind(result, kind) : roundToPlaces(result, opts.places);
  const working = formatTree(core, (name) => values.get(name)!);
  const shown = (value.startsWith('-') ? '\u2212' + value.slice(1) : value) + (kind === 'percent' ? '%' : '');
  const approximate = opts.places !== undefined && !result.eq(value);
  return {
    value,
    exact: plainString(result),
    kind,
    ...(unit === undefined ? {} : { unit }),
    derivation: `${working} ${approximate ? '\u2248' : '='} ${shown}`,
    factIds,
  };
}
