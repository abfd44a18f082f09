import { tool } from 'langchain';
import { z } from 'zod';
import { FUNCTIONAL_CATEGORIES, INCOME_TYPES, SANGONG_ITEMS, SINGLE_ITEMS } from '../domain/catalog.js';
import type { StoredFact } from '../domain/types.js';
import { fold, guarded, quoteOf, type ToolContext } from './tool-kit.js';

export const LookupFactsInput = z.object({
  item: z.string().max(80).optional().describe('事实键或键前缀，例如 sangong.total、sangong.、fiscal.project、units.2.staff'),
  label: z.string().max(40).optional().describe('项目名称中的文字，例如 公务接待费、机关运行经费、政府采购'),
  subUnit: z.string().max(40).optional().describe('所属单位名称中的文字，例如 政务服务中心'),
  year: z.number().int().min(2000).max(2100).optional().describe('预算年度；省略即本文件的年度'),
  limit: z.number().int().min(1).max(30).optional().describe('最多返回几条，默认 20'),
});
type LookupFactsInput = z.infer<typeof LookupFactsInput>;

const NAMES = new Map([...INCOME_TYPES, ...FUNCTIONAL_CATEGORIES, ...SANGONG_ITEMS, ...SINGLE_ITEMS].map((i) => [i.key, i.zh]));
const SENTENCE_MAX = 240;

/** A fact as the model sees it: the figure, its comparison with last year, and the sentence it stands in. */
function view(f: StoredFact, sentence: string) {
  return {
    id: f.id, key: f.key, name: NAMES.get(f.key) ?? f.label, label: f.label, value: f.value, unit: f.unit, year: f.year,
    ...(f.subUnit ? { subUnit: f.subUnit } : {}),
    ...(f.change !== undefined ? { change: f.change } : {}),
    ...(f.changePercent !== undefined ? { changePercent: f.changePercent } : {}),
    ...(f.changeNote ? { changeNote: f.changeNote } : {}),
    ...(f.reason ? { reason: f.reason } : {}),
    ...(f.usage ? { usage: f.usage } : {}),
    ...(f.asOf ? { asOf: f.asOf } : {}),
    ...(f.note ? { note: f.note } : {}),
    sentence: sentence.length > SENTENCE_MAX ? `${sentence.slice(0, SENTENCE_MAX)}…` : sentence,
  };
}

/** Structured, read-only query over the stored facts of the run's document (parameters only, no query language). */
export async function lookupFacts(ctx: ToolContext, q: LookupFactsInput) {
  const { doc } = ctx;
  if (q.year !== undefined && q.year !== doc.year && q.year !== doc.year - 1) {
    return { facts: [], note: `本文件只有${doc.year}年预算（含与上年的比较），没有${q.year}年的数据。` };
  }
  const all = await ctx.store.facts({ docId: doc.id });
  if (!q.item && !q.label && !q.subUnit) {
    return { items: all.map((f) => ({ key: f.key, name: NAMES.get(f.key) ?? f.label, unit: f.unit })), note: '这是可查询的事实目录（不含数值）；请用 item、label 或 subUnit 查询具体数值。' };
  }
  const item = q.item?.trim();
  const label = q.label ? fold(q.label) : undefined;
  const unit = q.subUnit ? fold(q.subUnit) : undefined;
  const hits = all.filter(
    (f) =>
      (!item || f.key === item || f.key.startsWith(item.endsWith('.') ? item : `${item}.`)) &&
      (!label || fold(f.label).includes(label) || fold(NAMES.get(f.key) ?? '').includes(label)) &&
      (!unit || fold(f.subUnit ?? '').includes(unit)),
  );
  const facts = hits.slice(0, q.limit ?? 20);
  for (const f of facts) ctx.log.facts.set(f.id, f);
  const result: Record<string, unknown> = { facts: facts.map((f) => view(f, quoteOf(doc, f.sentence))) };
  if (hits.length > facts.length) result.more = hits.length - facts.length;
  if (facts.length === 0) result.note = '没有找到匹配的事实：文件可能没有单列这一项。可不带参数调用查看目录。';
  if (q.year === doc.year - 1) result.note = `文件只直接给出${doc.year}年的数和比上年的增减额（change）；上年数请用 calculate 的 prior(本年数, 增减额) 计算。`;
  return result;
}

export function lookupFactsTool(ctx: ToolContext) {
  return tool(guarded('lookup_facts', ctx, (q: LookupFactsInput) => lookupFacts(ctx, q)), {
    name: 'lookup_facts',
    description:
      '查询本预算文件中的数字事实（金额、人数、车辆数），按事实键、名称文字、所属单位或年度过滤。返回每条事实的 id、数值 value、单位 unit、比上年增减额 change、原因 reason、用途 usage 和所在原句 sentence。不带参数时返回事实目录。',
    schema: LookupFactsInput,
  });
}
