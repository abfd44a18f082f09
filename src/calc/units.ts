import type { Core } from './lower.js';

/** Units that count whole things; results in these units are integers. (名 is the ingest alias of 人.) */
export const COUNT_UNITS: ReadonlySet<string> = new Set(['人', '名', '辆', '个']);

export function isCountUnit(unit: string | undefined): boolean {
  return unit !== undefined && COUNT_UNITS.has(unit);
}

/**
 * What an expression's result is measured in: a bare number (`scalar`), a unit, or `unknown`
 * (mixed units, unit × unit, an operand without a unit …). A light dimensional check:
 *   unit ± unit → unit (same unit only)   unit ± scalar → unit
 *   unit × scalar, unit ÷ scalar → unit   unit ÷ same unit → scalar
 */
export type Dim = { kind: 'scalar' } | { kind: 'unit'; unit: string } | { kind: 'unknown' };

const SCALAR: Dim = { kind: 'scalar' };
const UNKNOWN: Dim = { kind: 'unknown' };

function sameDim(a: Dim, b: Dim): boolean {
  return a.kind === b.kind && (a.kind !== 'unit' || (b.kind === 'unit' && a.unit === b.unit));
}

export function inferDim(node: Core, unitOf: (name: string) => string | undefined): Dim {
  switch (node.type) {
    case 'num':
      return SCALAR;
    case 'ref': {
      const unit = unitOf(node.name);
      return unit === undefined || unit === '' ? UNKNOWN : { kind: 'unit', unit };
    }
    case 'neg':
      return inferDim(node.arg, unitOf);
    case 'bin': {
      const l = inferDim(node.left, unitOf);
      const r = inferDim(node.right, unitOf);
      if (l.kind === 'unknown' || r.kind === 'unknown') return UNKNOWN;
      switch (node.op) {
        case '+':
        case '-':
          if (l.kind === 'scalar') return r;
          return r.kind === 'scalar' || sameDim(l, r) ? l : UNKNOWN;
        case '*':
          if (l.kind === 'scalar') return r;
          return r.kind === 'scalar' ? l : UNKNOWN;
        case '/':
          if (r.kind === 'scalar') return l;
          return sameDim(l, r) ? SCALAR : UNKNOWN;
      }
    }
  }
}

/**
 * The first place an expression adds or subtracts two different units (辆 + 万元), if any: such a sum has no meaning,
 * and the calculator refuses it rather than print one. (名 is 人.)
 */
export function mixedUnitSum(node: Core, unitOf: (name: string) => string | undefined): number | undefined {
  if (node.type === 'neg') return mixedUnitSum(node.arg, unitOf);
  if (node.type !== 'bin') return undefined;
  const inner = mixedUnitSum(node.left, unitOf) ?? mixedUnitSum(node.right, unitOf);
  if (inner !== undefined || (node.op !== '+' && node.op !== '-')) return inner;
  const l = inferDim(node.left, unitOf);
  const r = inferDim(node.right, unitOf);
  const same = (a: string, b: string) => (a === '名' ? '人' : a) === (b === '名' ? '人' : b);
  return l.kind === 'unit' && r.kind === 'unit' && !same(l.unit, r.unit) ? node.pos : undefined;
}
