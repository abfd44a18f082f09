import { Decimal } from 'decimal.js';
import { tool } from 'langchain';
import { z } from 'zod';
import { CalcError, evaluate, type Operand } from '../calc/index.js';
import { tokenize } from '../calc/tokenize.js';
import { guarded, type ToolContext } from './tool-kit.js';

/** The only literal numbers an expression may contain: percent and 万 conversions. Everything else is a fact. */
export const ALLOWED_CONSTANTS = ['100', '10000'] as const;

export const CalculateInput = z.object({
  expression: z
    .string()
    .min(1)
    .max(300)
    .describe('算式，用 {名称} 引用操作数。可用 + - * / 括号，以及 sum(a, b, …)、diff(a, b)、share(部分, 总数)、pct_change(增减额, 上年数)、prior(本年数, 增减额)。数字常量只允许 100 和 10000'),
  operands: z
    .array(
      z.object({
        name: z.string().regex(/^[a-z][a-z0-9_]{0,20}$/).describe('算式里 {名称} 的名称，小写字母开头'),
        factId: z.string().min(1).max(160).describe('lookup_facts 返回的事实 id'),
        field: z.enum(['value', 'change']).optional().describe('取事实的本年数 value（默认）或比上年增减额 change'),
      }),
    )
    .min(1)
    .max(12),
});
type CalculateInput = z.infer<typeof CalculateInput>;

/** Exact decimal arithmetic over stored facts (never over numbers the model supplies). */
export async function calculate(ctx: ToolContext, input: CalculateInput) {
  const constants = new Set<string>();
  try {
    for (const t of tokenize(input.expression)) {
      if (t.type !== 'num') continue;
      const allowed = ALLOWED_CONSTANTS.find((c) => safeEq(t.text, c));
      if (!allowed) return { error: `算式里不能直接写数字 ${t.text}：数字必须来自事实（用 {名称} 引用），常量只允许 ${ALLOWED_CONSTANTS.join('、')}` };
      constants.add(allowed);
    }
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  const operands: Record<string, Operand> = {};
  for (const o of input.operands) {
    const fact = ctx.log.facts.get(o.factId) ?? (await ctx.store.facts({ docId: ctx.doc.id })).find((f) => f.id === o.factId);
    if (!fact) return { error: `没有 id 为 ${o.factId} 的事实；请先用 lookup_facts 查询` };
    const value = o.field === 'change' ? fact.change : fact.value;
    if (value === undefined) return { error: `事实 ${o.factId} 没有给出比上年增减额` };
    ctx.log.facts.set(fact.id, fact);
    operands[o.name] = { value, unit: fact.unit, factId: fact.id, label: fact.label };
  }
  try {
    const result = evaluate(input.expression, operands);
    if (result.kind === 'percent' || /share|pct_change/.test(input.expression)) constants.add('100');
    ctx.log.calcs.push({ result, constants: [...constants] });
    return { value: result.value, unit: result.unit ?? '', kind: result.kind, derivation: result.derivation, factIds: result.factIds };
  } catch (err) {
    if (err instanceof CalcError) return { error: `${err.code}: ${err.message}` };
    throw err;
  }
}

function safeEq(a: string, b: string): boolean {
  try {
    return new Decimal(a).eq(b);
  } catch {
    return false;
  }
}

export function calculateTool(ctx: ToolContext) {
  return tool(guarded('calculate', ctx, (input: CalculateInput) => calculate(ctx, input)), {
    name: 'calculate',
    description:
      '精确的十进制计算器：对 lookup_facts 返回的事实做合计、差额、占比、增长率、上年数等计算。操作数只能是事实 id，返回结果 value、单位、推导过程 derivation 和所用事实 id。回答中的任何计算结果都必须来自这里。',
    schema: CalculateInput,
  });
}
