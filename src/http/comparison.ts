import { Decimal } from 'decimal.js';
import { CalcError, sumMany, yuanToWan } from '../calc/index.js';
import type { CatalogDoc } from '../domain/document-catalog.js';
import type { StoredFact } from '../domain/types.js';

/** Items the portal compares across departments (the same key means the same item in every document). */
export const COMPARABLE: Record<string, string> = {
  'sangong.total': '“三公”经费',
  'sangong.reception': '公务接待费',
  'sangong.vehicle_purchase': '公务用车购置费',
  'sangong.vehicle_operation': '公务用车运行维护费',
  'sangong.overseas': '因公出国（境）费用',
  'expenditure.total': '支出预算',
  'income.total': '收入预算',
  'fiscal.basic': '基本支出',
  'fiscal.project': '项目支出',
  operating_costs: '机关运行经费',
  'procurement.total': '政府采购预算总额',
};

export interface ComparisonRow {
  docId: string;
  department: string;
  district?: string;
  factId: string;
  /** In 万元, as a decimal string (a figure published in 元 is converted by the calculator). */
  value: string;
  /** The figure as published, when it is not in 万元 or stated in words. */
  published?: string;
  derivation?: string;
  quote: string;
}

/** Rows sorted largest first, the departments that do not state the item, and their total from the calculator. */
export function comparisonRows(docs: CatalogDoc[], facts: StoredFact[]) {
  const byDoc = new Map(facts.map((f) => [f.docId, f]));
  const rows: ComparisonRow[] = [];
  const missing: Array<{ docId: string; department: string }> = [];
  for (const d of docs) {
    const f = byDoc.get(d.id);
    if (!f) {
      missing.push({ docId: d.id, department: d.department });
      continue;
    }
    const base = { docId: d.id, department: d.department, ...(d.district ? { district: d.district } : {}), factId: f.id, quote: f.quote ?? '' };
    if (f.unit === '元') {
      const r = yuanToWan({ value: f.value, unit: '元', factId: f.id });
      rows.push({ ...base, value: r.value, published: `${f.value}元`, derivation: r.derivation });
    } else rows.push({ ...base, value: f.value });
  }
  rows.sort((a, b) => new Decimal(b.value).cmp(a.value) || a.department.localeCompare(b.department, 'zh'));
  let total: { value: string; documents: number } | undefined;
  try {
    if (rows.length) total = { value: sumMany(rows.map((r) => ({ value: r.value, unit: '万元', factId: r.factId }))).value, documents: rows.length };
  } catch (err) {
    if (!(err instanceof CalcError)) throw err;
  }
  return { unit: '万元' as const, rows, missing, ...(total ? { total } : {}) };
}
