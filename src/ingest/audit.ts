import { Decimal } from 'decimal.js';
import { sum } from '../calc/index.js';
import type { Fact } from '../domain/types.js';
import { readNumber } from './amounts.js';
import { normalizeText } from './normalize.js';
import { saysAll } from './stated-words.js';

export type CheckStatus = 'pass' | 'fail' | 'note' | 'skip';

export interface AuditCheck {
  id: string;
  title: string;
  status: CheckStatus;
  detail: string;
}

/** Gaps up to this size are the rounding of published figures: reported as notes, not failures. */
export const ROUNDING_TOLERANCE = '0.01';

const isMention = (key: string) => /\.mention\.\d+$/.test(key);

/** Audit one parsed document: spans re-read from the source, then the document's own arithmetic. Pure. */
export function auditDocument(text: string, facts: Fact[]): AuditCheck[] {
  const byKey = new Map(facts.map((f) => [f.key, f]));
  const children = (prefix: string, exclude: string[] = []) =>
    facts.filter((f) => {
      if (!f.key.startsWith(prefix) || isMention(f.key) || exclude.includes(f.key)) return false;
      return !f.key.slice(prefix.length).includes('.') || f.key.slice(prefix.length).startsWith('item.');
    });

  const checks: AuditCheck[] = [checkSpans(text, facts)];
  const incomeParts = children('income.', ['income.total', 'income.current_year']);
  const current = byKey.get('income.current_year');
  if (current) {
    const carry = incomeParts.filter((f) => f.key === 'income.carryover');
    checks.push(sumCheck('income-total', '收入合计 = 本年收入 + 上年结转', byKey.get('income.total'), [current, ...carry]));
    const inner = incomeParts.filter((f) => f.key !== 'income.carryover');
    if (inner.length) checks.push(sumCheck('income-current-year', '本年收入 = 各项收入之和', current, inner));
  } else {
    checks.push(sumCheck('income-types', '收入预算 = 各项收入之和', byKey.get('income.total'), incomeParts));
  }
  checks.push(
    sumCheck('expenditure-categories', '支出预算 = 各功能分类支出之和', byKey.get('expenditure.total'), children('expenditure.', ['expenditure.total'])),
  );
  const basicProject = ['fiscal.basic', 'fiscal.project'].map((k) => byKey.get(k)).filter((f): f is Fact => !!f);
  const bp = sumCheck(
    'basic-plus-project',
    '基本支出 + 项目支出 = 一般公共预算财政拨款支出',
    byKey.get('fiscal.general_budget.expenditure') ?? byKey.get('expenditure.total'),
    basicProject,
  );
  // With only one of the two stated (a cut-short document, or no project spending), a gap is worth a note, not a failure.
  if (basicProject.length === 1 && bp.status === 'fail') Object.assign(bp, { status: 'note', detail: `${bp.detail}; only ${basicProject[0]!.key} is stated` });
  checks.push(bp);
  const hasVehicleSplit = byKey.has('sangong.vehicle_purchase') || byKey.has('sangong.vehicle_operation');
  const sangongItems = children('sangong.', ['sangong.total', ...(hasVehicleSplit ? ['sangong.vehicle'] : [])]);
  checks.push(sumCheck('sangong-items', '"三公"经费 = 四项之和', byKey.get('sangong.total'), sangongItems));
  checks.push(changeSumCheck(byKey.get('sangong.total'), sangongItems));
  for (const prefix of ['procurement', 'procurement.general_budget']) {
    const parts = ['goods', 'works', 'services'].map((k) => byKey.get(`${prefix}.${k}`)).filter((f): f is Fact => !!f);
    checks.push(sumCheck(`${prefix.replace('.', '-')}-parts`, `${prefix === 'procurement' ? '政府采购' : '一般公共预算政府采购'} = 货物 + 工程 + 服务`, byKey.get(`${prefix}.total`), parts));
  }
  for (const mode of ['held', 'planned']) {
    checks.push(sumCheck(`vehicles-${mode}`, `车辆(${mode === 'held' ? '现有' : '拟购置'}) = 各类之和`, byKey.get(`vehicles.${mode}.total`), children(`vehicles.${mode}.`, [`vehicles.${mode}.total`])));
  }
  return checks;
}

function checkSpans(text: string, facts: Fact[]): AuditCheck {
  const problems: string[] = [];
  for (const f of facts) {
    const read = readNumber(text.slice(f.span.start, f.span.end)) ?? readWhole(text, f, facts);
    if (read === undefined || !new Decimal(read).eq(f.value)) problems.push(`${f.key}: span reads "${text.slice(f.span.start, f.span.end)}", stored ${f.value}`);
    if (f.change !== undefined && f.changeSpan && f.changePercent === undefined) {
      const c = readNumber(text.slice(f.changeSpan.start, f.changeSpan.end));
      if (c !== undefined && !new Decimal(c).abs().eq(new Decimal(f.change).abs())) problems.push(`${f.key}: change span reads ${c}, stored ${f.change}`);
    }
    if (f.reason !== undefined && f.reasonSpan && text.slice(f.reasonSpan.start, f.reasonSpan.end) !== f.reason) {
      problems.push(`${f.key}: reason span does not match the stored reason`);
    }
  }
  return {
    id: 'spans',
    title: '每个数字的原文位置复读一致 (spans re-read from the source)',
    status: problems.length ? 'fail' : 'pass',
    detail: problems.length ? problems.join('; ') : `${facts.length} facts re-read`,
  };
}

/** Words that say "all of the figure before" (全部为一般公共预算拨款) read as that figure of the same sentence, stated in digits. */
function readWhole(text: string, f: Fact, facts: Fact[]): string | undefined {
  if (!saysAll(normalizeText(text.slice(f.span.start, f.span.end)))) return undefined;
  const whole = facts.filter((g) => g !== f && g.sentence.start === f.sentence.start && g.span.end <= f.span.start && g.unit === f.unit).at(-1);
  return whole ? readNumber(text.slice(whole.span.start, whole.span.end)) : undefined;
}

function compare(id: string, title: string, stated: Decimal, computed: string, derivation: string): AuditCheck {
  const gap = stated.minus(computed).abs();
  const status: CheckStatus = gap.isZero() ? 'pass' : gap.lte(ROUNDING_TOLERANCE) ? 'note' : 'fail';
  const suffix = status === 'pass' ? '' : `; stated ${stated.toString()}, gap ${gap.toString()}${status === 'note' ? ' (rounding)' : ''}`;
  return { id, title, status, detail: `${derivation}${suffix}` };
}

function sumCheck(id: string, title: string, total: Fact | undefined, parts: Fact[]): AuditCheck {
  if (!total || parts.length === 0) return { id, title, status: 'skip', detail: 'figures not stated in this document' };
  const units = new Set([total.unit, ...parts.map((p) => p.unit)]);
  if (units.size > 1) return { id, title, status: 'skip', detail: `mixed units (${[...units].join(', ')})` };
  const result = sum(parts.map((p) => ({ value: p.value, unit: p.unit, factId: p.key })));
  return compare(id, title, new Decimal(total.value), result.exact, result.derivation);
}

function changeSumCheck(total: Fact | undefined, parts: Fact[]): AuditCheck {
  const id = 'sangong-changes';
  const title = '"三公"经费增减 = 四项增减之和';
  if (!total || total.change === undefined || parts.length === 0 || parts.some((p) => p.change === undefined)) {
    return { id, title, status: 'skip', detail: 'changes not stated for every item' };
  }
  const result = sum(parts.map((p) => ({ value: p.change!, unit: p.unit, factId: p.key })));
  return compare(id, title, new Decimal(total.change), result.exact, result.derivation);
}

/**
 * Two years of one department: every change the later document states must lead back to the earlier document's own
 * figure (later value − stated change = earlier value). A gap beyond rounding fails and lists the figures.
 */
export function auditYears(later: { year: number; facts: Fact[] }, earlier: { year: number; facts: Fact[] }): AuditCheck {
  const id = 'prior-year-figures';
  const title = `${later.year}年说明所称增减与${earlier.year}年说明的数额一致 (stated changes against last year's own document)`;
  const before = new Map(earlier.facts.filter((f) => !isMention(f.key)).map((f) => [f.key, f]));
  const problems: string[] = [];
  const notes: string[] = [];
  let compared = 0;
  for (const f of later.facts) {
    const p = before.get(f.key);
    if (!p || f.change === undefined || isMention(f.key) || p.unit !== f.unit) continue;
    compared++;
    const derived = new Decimal(f.value).minus(f.change);
    const gap = derived.minus(p.value).abs();
    if (gap.isZero()) continue;
    const line = `${f.key}: ${f.value} − (${f.change}) = ${derived.toString()}, ${earlier.year} states ${p.value}, gap ${gap.toString()}`;
    (gap.lte(ROUNDING_TOLERANCE) ? notes : problems).push(line);
  }
  if (compared === 0) return { id, title, status: 'skip', detail: 'no item states a change and a figure in both years' };
  if (problems.length) return { id, title, status: 'fail', detail: problems.join('; ') };
  if (notes.length) return { id, title, status: 'note', detail: `${notes.join('; ')} (rounding)` };
  return { id, title, status: 'pass', detail: `${compared} stated change(s) lead back to the ${earlier.year} figures` };
}
