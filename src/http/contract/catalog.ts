import { createRoute, z } from '@hono/zod-openapi';
import type { DepartmentGroup } from '../../domain/document-catalog.js';
import type { ParseWarning, StoredDocument } from '../../domain/types.js';
import { COMMON_ERRORS, DocId, errorExample, errorResponse, jsonResponse, Year } from './common.js';
import { SEED, seedDocumentExample } from './seed-examples.js';
import type { Same } from './same.js';

const TAG = '部门与文档 Departments and documents';
const Level = z.enum(['本级', '汇总', '单位']).openapi({ description: '本级：部门本级；汇总：含下属单位的汇总；单位：单个单位' });

export const Span = z.object({ start: z.number().int(), end: z.number().int() }).openapi('Span', { description: '文档 text 中的半开区间 [start, end)（UTF-16 下标）' });

export const Health = z.object({ status: z.literal('ok'), documents: z.number().int(), facts: z.number().int() }).openapi('Health');

export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'health',
  tags: ['服务 Service'],
  summary: '健康检查：载入的文档数和数字数',
  responses: { 200: jsonResponse(Health, '服务正常', { ok: { summary: '载入了一份文档', value: { status: 'ok', documents: 1, facts: 54 } } }), ...COMMON_ERRORS },
});

export const DepartmentsQuery = z.object({
  q: z.string().trim().max(60).optional().openapi({
    param: { name: 'q', in: 'query', examples: { byShortName: { summary: '简称', value: '政府办' }, bySubUnit: { summary: '下属单位', value: '政务服务中心' } } },
    description: '部门的任何叫法：全称、简称、下属单位或区县',
  }),
  district: z.string().trim().max(30).optional().openapi({ param: { name: 'district', in: 'query', examples: { byDistrict: { value: '渝中区' } } }, description: '区县' }),
  year: Year.optional().openapi({ param: { name: 'year', in: 'query' }, description: '只列出载入了这一年文档的部门' }),
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ param: { name: 'limit', in: 'query' } }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ param: { name: 'offset', in: 'query' }, type: 'integer' }),
});

const DepartmentGroupSchema = z
  .object({
    departmentKey: z.string(),
    department: z.string(),
    district: z.string().optional(),
    level: Level,
    documents: z.array(z.object({ id: DocId, year: z.number().int(), title: z.string() })),
  })
  .openapi('DepartmentGroup');

export const DepartmentsResponse = z
  .object({
    departments: z.array(DepartmentGroupSchema),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    districts: z.array(z.string()).openapi({ description: '载入的文档覆盖的区县（整个语料，不只是这次搜索）' }),
    years: z.array(z.number().int()).openapi({ description: '载入的年度，新的在前' }),
  })
  .openapi('Departments');

const department = {
  departmentKey: SEED.department,
  department: SEED.department,
  district: '渝中区',
  level: '汇总',
  documents: [{ id: SEED.id, year: 2026, title: SEED.title }],
};
const departmentsPage = { departments: [department], total: 1, limit: 50, offset: 0, districts: ['渝中区'], years: [2026] };

export const departmentsRoute = createRoute({
  method: 'get',
  path: '/api/departments',
  operationId: 'departments',
  tags: [TAG],
  summary: '搜索载入的部门（按市民会用的任何名称），附年度',
  request: { query: DepartmentsQuery },
  responses: {
    200: jsonResponse(DepartmentsResponse, '部门，按区县分组，分页', {
      all: { summary: '全部部门', value: departmentsPage },
      byShortName: { summary: '用简称“政府办”搜索', value: departmentsPage },
      bySubUnit: { summary: '用下属单位名称搜索', value: departmentsPage },
      byDistrict: { summary: '渝中区的部门', value: departmentsPage },
    }),
    400: errorResponse('参数有误 (a bad parameter)'),
    ...COMMON_ERRORS,
  },
});

export const DocumentsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100).openapi({ param: { name: 'limit', in: 'query', examples: { firstPage: { value: 20 }, badLimit: { value: 0 } } } }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ param: { name: 'offset', in: 'query', examples: { firstPage: { value: 0 } } }, type: 'integer' }),
});

const DocumentSummary = z
  .object({
    id: DocId,
    sourceName: z.string().openapi({ description: '源文件名' }),
    title: z.string(),
    department: z.string(),
    district: z.string().optional(),
    level: Level,
    year: z.number().int(),
    factCount: z.number().int(),
    subUnits: z.array(z.string()),
  })
  .openapi('DocumentSummary');

export const DocumentsResponse = z
  .object({ documents: z.array(DocumentSummary), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .openapi('Documents');

export const documentsRoute = createRoute({
  method: 'get',
  path: '/api/documents',
  operationId: 'documents',
  tags: [TAG],
  summary: '载入的文档，分页',
  request: { query: DocumentsQuery },
  responses: {
    200: jsonResponse(DocumentsResponse, '文档列表和总数', {
      firstPage: {
        summary: '第一页',
        value: {
          documents: [
            {
              id: SEED.id, sourceName: SEED.sourceName, title: SEED.title, department: SEED.department, district: '渝中区', level: '汇总', year: 2026,
              factCount: 54, subUnits: SEED.subUnitNames,
            },
          ],
          total: 1,
          limit: 20,
          offset: 0,
        },
      },
    }),
    400: errorResponse('参数有误 (a bad parameter)', { badLimit: errorExample('invalid_request', 'limit: Too small: expected number to be >=1', 'limit 至少为 1') }),
    ...COMMON_ERRORS,
  },
});

const SubUnitSchema = z
  .object({ index: z.number().int(), name: z.string(), type: z.string().optional(), level: z.string().optional(), funding: z.string().optional(), span: Span })
  .openapi('SubUnit');

const WarningSchema = z.object({ message: z.string(), span: Span, quote: z.string() }).openapi('ParseWarning');

const FullDocument = z
  .object({
    id: DocId,
    sourceName: z.string(),
    title: z.string(),
    department: z.string(),
    year: z.number().int(),
    text: z.string().openapi({ description: '全文；引文和数字的下标都指向这段文字' }),
    contact: z.object({ person: z.string().optional(), phone: z.string().optional(), span: Span }).optional().openapi({ description: '预算公开联系人' }),
    subUnits: z.array(SubUnitSchema),
    district: z.string().optional(),
    level: Level.optional(),
  })
  .openapi('Document');

export const DocumentResponse = z
  .object({ document: FullDocument, warnings: z.array(WarningSchema).openapi({ description: '解析时的提示（如推断出的单位）' }) })
  .openapi('DocumentWithWarnings');

export const DocumentParams = z.object({
  id: DocId.openapi({
    param: {
      name: 'id',
      in: 'path',
      examples: { seed: { summary: '渝中区政府办2026年部门预算', value: SEED.id }, unknown: { value: '0000000000000000' }, malformed: { value: 'xyz' } },
    },
  }),
});

export const documentRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  operationId: 'document',
  tags: [TAG],
  summary: '一份文档的全文和元数据（引文的下标指向 text）',
  request: { params: DocumentParams },
  responses: {
    200: jsonResponse(DocumentResponse, '文档', { seed: { summary: '全文（此处截短）', value: { document: seedDocumentExample, warnings: [] } } }),
    400: errorResponse('编号格式不对 (a malformed id)', { malformed: errorExample('invalid_request', 'id: a document id is 16 hexadecimal characters', '不是 16 位十六进制') }),
    404: errorResponse('没有这份文档', { unknown: errorExample('not_found', 'no document 0000000000000000', '没有载入') }),
    ...COMMON_ERRORS,
  },
});

// The schemas and the domain types are one contract: a field added to one and not the other fails to compile.
export const catalogMatchesDomain: [
  Same<z.infer<typeof DepartmentGroupSchema>, DepartmentGroup>,
  Same<Omit<z.infer<typeof FullDocument>, 'district' | 'level'>, StoredDocument>,
  Same<z.infer<typeof WarningSchema>, ParseWarning>,
] = [true, true, true];
