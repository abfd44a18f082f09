import { createRoute, z } from '@hono/zod-openapi';
import type { StoredFact } from '../../domain/types.js';
import type { ChartData } from '../chart-data.js';
import { COMPARABLE, type ComparisonRow } from '../comparison.js';
import { Span } from './catalog.js';
import { COMMON_ERRORS, DocId, errorExample, errorResponse, jsonResponse, Year } from './common.js';
import type { Same } from './same.js';
import { SEED } from './seed-examples.js';

const TAG = '数字 Figures';
const DOC = SEED.id;
const VEHICLE_SENTENCE =
  '其中：因公出国（境）费用0万元，与2025年持平；公务接待费27.55万元，比2025年减少1.3万元，主要原因是厉行节约，严格压减“三公”经费支出；公务用车运行维护费87.8万元，比2025年增加8.2万元，主要原因是因工作需要，新增公务用车4辆；公务用车购置费252万元，比2025年增加34万元；主要原因是全区公车购置需求增加。';

export const Fact = z
  .object({
    id: z.string().openapi({ example: `${DOC}:sangong.vehicle_purchase` }),
    docId: DocId,
    key: z.string().openapi({ description: '文档内稳定的项目键', example: 'sangong.vehicle_purchase' }),
    label: z.string().openapi({ description: '原文中的项目名称', example: '公务用车购置费' }),
    year: z.number().int(),
    value: z.string().openapi({ description: '原文的十进制数字（去掉千分位）', example: '252' }),
    unit: z.enum(['万元', '元', '亿元', '辆', '人', '个', '%']),
    span: Span.openapi({ description: '数字本身在 text 中的位置' }),
    sentence: Span.openapi({ description: '数字所在句子的位置' }),
    change: z.string().optional().openapi({ description: '与上年相比的变化（带符号，同单位）' }),
    changeSpan: Span.optional(),
    changePercent: z.string().optional(),
    changeNote: z.string().optional(),
    reason: z.string().optional().openapi({ description: '原文给出的变化原因' }),
    reasonSpan: Span.optional(),
    usage: z.string().optional(),
    usageSpan: Span.optional(),
    subUnit: z.string().optional(),
    asOf: z.string().optional(),
    note: z.string().optional(),
    quote: z.string().optional().openapi({ description: '数字所在的句子，与原文一字不差' }),
  })
  .openapi('Fact');

export const FactsQuery = z.object({
  q: z.string().max(100).optional().openapi({
    param: { name: 'q', in: 'query', examples: { byLabel: { summary: '按项目名称', value: '公务用车购置费' }, byKey: { summary: '按项目键', value: 'sangong.reception' } } },
    description: '在项目名称、项目键和原文中搜索',
  }),
  doc: z.string().max(64).optional().openapi({ param: { name: 'doc', in: 'query', examples: { byLabel: { value: DOC } } }, description: '只看一份文档' }),
  limit: z.coerce.number().int().min(1).max(1000).default(200).openapi({ param: { name: 'limit', in: 'query', examples: { badLimit: { value: -1 } } } }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ param: { name: 'offset', in: 'query' }, type: 'integer' }),
});

export const FactsResponse = z
  .object({ facts: z.array(Fact), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .openapi('Facts');

const vehicleFact = {
  id: `${DOC}:sangong.vehicle_purchase`, docId: DOC, key: 'sangong.vehicle_purchase', label: '公务用车购置费', year: 2026, value: '252', unit: '万元',
  span: { start: 4134, end: 4137 }, sentence: { start: 4002, end: 4169 }, change: '34', changeSpan: { start: 4148, end: 4150 },
  reason: '全区公车购置需求增加', reasonSpan: { start: 4158, end: 4168 }, quote: VEHICLE_SENTENCE,
};

export const factsRoute = createRoute({
  method: 'get',
  path: '/api/facts',
  operationId: 'facts',
  tags: [TAG],
  summary: '文档中的数字，每个带原文位置和所在句子，分页',
  request: { query: FactsQuery },
  responses: {
    200: jsonResponse(FactsResponse, '数字和总数', {
      byLabel: { summary: '公务用车购置费', value: { facts: [vehicleFact], total: 1, limit: 200, offset: 0 } },
      byKey: {
        summary: '公务接待费（按项目键）',
        value: {
          facts: [
            {
              ...vehicleFact, id: `${DOC}:sangong.reception`, key: 'sangong.reception', label: '公务接待费', value: '27.55', span: { start: 4032, end: 4037 },
              change: '-1.3', changeSpan: { start: 4047, end: 4050 }, reason: '厉行节约，严格压减“三公”经费支出', reasonSpan: { start: 4059, end: 4076 },
            },
          ],
          total: 1,
          limit: 200,
          offset: 0,
        },
      },
    }),
    400: errorResponse('参数有误 (a bad parameter)', { badLimit: errorExample('invalid_request', 'limit: Too small: expected number to be >=1', 'limit 至少为 1') }),
    ...COMMON_ERRORS,
  },
});

const DocQuery = z.object({
  doc: DocId.optional().openapi({ param: { name: 'doc', in: 'query', examples: { seed: { value: DOC }, unknownChart: { value: '0000000000000000' } } }, description: '文档编号；载入了多个部门时必填' }),
});

const Amount = z.string().openapi({ description: '万元，十进制字符串' });

export const ChartsResponse = z
  .object({
    docId: DocId,
    title: z.string(),
    department: z.string(),
    year: z.number().int(),
    unit: z.literal('万元'),
    composition: z.object({
      total: z.object({ value: Amount, factId: z.string() }).optional(),
      items: z.array(z.object({ key: z.string(), label: z.string(), value: Amount, factId: z.string(), share: z.string().optional().openapi({ description: '占支出预算的百分比，由计算器算出' }) })),
    }),
    sangong: z.object({
      year: z.number().int(),
      priorYear: z.number().int(),
      items: z.array(
        z.object({
          key: z.string(), label: z.string(), current: Amount, factId: z.string(),
          prior: z.string().optional().openapi({ description: '上年数 = 本年数 − 变化，由计算器算出' }),
          derivation: z.string().optional(),
        }),
      ),
    }),
  })
  .openapi('Charts');

export const chartsRoute = createRoute({
  method: 'get',
  path: '/api/charts',
  operationId: 'charts',
  tags: [TAG],
  summary: '门户图表的数据：按功能分类的支出和“三公”经费本年与上年，全部由服务器的计算器算出',
  request: { query: DocQuery },
  responses: {
    200: jsonResponse(ChartsResponse, '图表数据', {
      seed: {
        summary: '渝中区政府办（节选）',
        value: {
          docId: DOC, title: SEED.title, department: SEED.department, year: 2026, unit: '万元',
          composition: {
            total: { value: '11491.61', factId: `${DOC}:expenditure.total` },
            items: [{ key: 'expenditure.general_public_services', label: '一般公共服务支出', value: '10784.89', factId: `${DOC}:expenditure.general_public_services`, share: '93.85' }],
          },
          sangong: {
            year: 2026,
            priorYear: 2025,
            items: [{ key: 'sangong.reception', label: '公务接待费', current: '27.55', factId: `${DOC}:sangong.reception`, prior: '28.85', derivation: '27.55 − (−1.3) = 28.85' }],
          },
        },
      },
    }),
    400: errorResponse('文档编号有误，或载入了多个部门而没有指定 doc'),
    404: errorResponse('没有这份文档', { unknownChart: errorExample('not_found', 'no document 0000000000000000', '没有载入') }),
    ...COMMON_ERRORS,
  },
});

const keys = Object.keys(COMPARABLE) as [string, ...string[]];

export const CompareQuery = z.object({
  key: z
    .enum(keys)
    .default('sangong.total')
    .openapi({ param: { name: 'key', in: 'query', examples: { sangong: { summary: '“三公”经费', value: 'sangong.total' }, badKey: { value: 'salary' } } }, description: Object.entries(COMPARABLE).map(([k, v]) => `${k}：${v}`).join('；') }),
  year: Year.optional().openapi({ param: { name: 'year', in: 'query', examples: { sangong: { value: 2026 } } }, description: '年度；默认最新一年' }),
});

const ComparisonRowSchema = z
  .object({
    docId: DocId,
    department: z.string(),
    district: z.string().optional(),
    factId: z.string(),
    value: Amount,
    published: z.string().optional().openapi({ description: '原文写法（不是万元时）' }),
    derivation: z.string().optional(),
    quote: z.string(),
  })
  .openapi('ComparisonRow');

export const CompareResponse = z
  .object({
    key: z.string(),
    label: z.string(),
    year: z.number().int(),
    unit: z.literal('万元'),
    rows: z.array(ComparisonRowSchema).openapi({ description: '从大到小' }),
    missing: z.array(z.object({ docId: DocId, department: z.string() })).openapi({ description: '文档没有列出这一项的部门' }),
    total: z.object({ value: Amount, documents: z.number().int() }).optional().openapi({ description: '列出这一项的文档之和（不是区县合计），由计算器算出' }),
  })
  .openapi('Comparison');

export const compareRoute = createRoute({
  method: 'get',
  path: '/api/compare',
  operationId: 'compare',
  tags: [TAG],
  summary: '一个项目在同一年各部门之间的比较，每个数字引自各自的文档',
  request: { query: CompareQuery },
  responses: {
    200: jsonResponse(CompareResponse, '比较表', {
      sangong: {
        summary: '2026年“三公”经费',
        value: {
          key: 'sangong.total', label: '“三公”经费', year: 2026, unit: '万元',
          rows: [{ docId: DOC, department: SEED.department, district: '渝中区', factId: `${DOC}:sangong.total`, quote: '2026年“三公”经费预算367.35万元，比2025年增加40.9万元。', value: '367.35' }],
          missing: [],
          total: { value: '367.35', documents: 1 },
        },
      },
    }),
    400: errorResponse('参数有误', { badKey: errorExample('invalid_request', `key: Invalid option: expected one of ${keys.map((k) => `"${k}"`).join('|')}`, '不可比较的项目') }),
    404: errorResponse('没有载入任何文档'),
    ...COMMON_ERRORS,
  },
});

// The schemas and the domain types are one contract: a field added to one and not the other fails to compile.
export const figuresMatchDomain: [
  Same<z.infer<typeof Fact>, StoredFact>,
  Same<z.infer<typeof ComparisonRowSchema>, ComparisonRow>,
  Same<Omit<z.infer<typeof ChartsResponse>, 'docId' | 'title' | 'department' | 'year'>, ChartData>,
] = [true, true, true];
