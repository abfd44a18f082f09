import { CalcError, priorYear, share } from '../calc/index.js';
import type { StoredFact } from '../domain/types.js';

/** Chart series as decimal strings; every derived figure computed here by the calculator, never in the browser. */
export interface CompositionItem {
  key: string;
  label: string;
  value: string;
  factId: string;
  /** Share of the total in %, from `share()`, when the total is stated. */
  share?: string;
}

export interface SangongItem {
  key: string;
  label: string;
  current: string;
  factId: string;
  /** Last year's amount = current − change, from `priorYear()`; absent when the document states no change amount. */
  prior?: string;
  derivation?: string;
}

export interface ChartData {
  unit: '万元';
  composition: { total?: { value: string; factId: string }; items: CompositionItem[] };
  sangong: { year: number; priorYear: number; items: SangongItem[] };
}

const COMPOSITION = /^expenditure\.(?!total\b)[a-z_]+$/;
const SANGONG = /^sangong\.(?!total\b)[a-z_]+$/;

const operand = (f: StoredFact) => ({ value: f.value, unit: f.unit, factId: f.id, label: f.label });

function tryCalc<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    if (err instanceof CalcError) return undefined;
    throw err;
  }
}

/** Expenditure by function (with shares) and the "三公" items this year and last, for one document's facts. */
export function chartData(facts: readonly StoredFact[]): ChartData {
  const money = facts.filter((f) => f.unit === '万元');
  const total = money.find((f) => f.key === 'expenditure.total');
  const items = money
    .filter((f) => COMPOSITION.test(f.key))
    .map((f): CompositionItem => {
      const s = total ? tryCalc(() => share(operand(f), operand(total))) : undefined;
      return { key: f.key, label: f.label, value: f.value, factId: f.id, ...(s ? { share: s.value } : {}) };
    });
  const sangong = money.filter((f) => SANGONG.test(f.key));
  const year = sangong[0]?.year ?? total?.year ?? 0;
  return {
    unit: '万元',
    composition: { ...(total ? { total: { value: total.value, factId: total.id } } : {}), items },
    sangong: {
      year,
      priorYear: year - 1,
      items: sangong.map((f): SangongItem => {
        const p = f.change !== undefined ? tryCalc(() => priorYear(operand(f), { value: f.change!, unit: f.unit, factId: f.id })) : undefined;
        return { key: f.key, label: f.label, current: f.value, factId: f.id, ...(p ? { prior: p.value, derivation: p.derivation } : {}) };
      }),
    },
  };
}
