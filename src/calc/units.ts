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
