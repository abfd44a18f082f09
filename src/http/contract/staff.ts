import { createRoute, z } from '@hono/zod-openapi';
import { FOLLOW_UP_REASONS, type LoggedQuestion, type QueueItem } from '../../questions/types.js';
import { BODY_ERRORS, COMMON_ERRORS, errorExample, errorResponse, jsonBody, jsonResponse, strictBody } from './common.js';
import { blankToUndefined } from './handover.js';
import type { Same } from './same.js';

const TAG = '工作人员 Staff';
/** The security requirement of every staff route: `Authorization: Bearer <STAFF_TOKEN>`. */
export const STAFF_SECURITY = [{ staffToken: [] }];
export const STAFF_SECURITY_SCHEME = {
  type: 'http' as const,
  scheme: 'bearer',
  description: '热线工作人员的令牌：服务的 STAFF_TOKEN 设置（至少 16 个字符）。没有令牌或令牌不对：401；服务没有配置 STAFF_TOKEN：所有工作人员接口 404。',
};

const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');

const date = (name: 'from' | 'to', description: string) =>
  z.preprocess(blankToUndefined, CalendarDate.optional()).openapi({ param: { name, in: 'query' }, description, example: '2026-11-30' });
const text = () => z.preprocess(blankToUndefined, z.string().max(200).optional()).openapi({ param: { name: 'q', in: 'query' }, description: '在问题、留言和处理说明中搜索' });
const paging = {
  limit: z.coerce.number().int().min(1).max(1000).default(100).openapi({ param: { name: 'limit', in: 'query' } }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).openapi({ param: { name: 'offset', in: 'query' }, type: 'integer' }),
};

export const QueueQuery = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open').openapi({ param: { name: 'status', in: 'query', examples: { everything: { value: 'all' } } } }),
  reason: z.preprocess(blankToUndefined, z.enum(FOLLOW_UP_REASONS).optional()).openapi({ param: { name: 'reason', in: 'query', examples: { handedOver: { value: 'handed_over' } } } }),
  from: date('from', '开始日期（含，北京时间）'),
  to: date('to', '结束日期（含）'),
  q: text(),
  ...paging,
});

export const LogQuery = z.object({
  status: z.preprocess(blankToUndefined, z.enum(['answered', 'not_found', 'out_of_scope', 'clarify']).optional()).openapi({ param: { name: 'status', in: 'query' } }),
  from: date('from', '开始日期（含，北京时间）'),
  to: date('to', '结束日期（含）'),
  q: text(),
  ...paging,
  limit: paging.limit.openapi({ param: { name: 'limit', in: 'query', examples: { recent: { value: 2 } } } }),
});

/** The queue item's id in the path, with the examples of one route. */
const itemParams = (examples: Record<string, { value: unknown }>) =>
  z.object({
    id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).openapi({ param: { name: 'id', in: 'path', examples }, description: '工单编号' }),
  });

export const ResolveRequest = strictBody({
  note: z.string().trim().min(1, 'note must not be empty').max(2000, 'note must be at most 2000 characters').openapi({ description: '处理说明' }),
}).openapi('ResolveRequest');

const Timestamp = z.string().openapi({ description: 'ISO 8601, UTC', example: '2026-11-30T02:15:00.000Z' });

const QueueItemSchema = z
  .object({
    id: z.number().int(),
    conversationId: z.string(),
    reason: z.enum(FOLLOW_UP_REASONS).openapi({ description: '最近的原因：未回答的状态，或用户要求转人工 handed_over' }),
    handedOver: z.boolean(),
    state: z.enum(['open', 'resolved']),
    openedAt: Timestamp,
    updatedAt: Timestamp,
    latestQuestion: z.string(),
    questionCount: z.number().int(),
    callback: z.object({ phone: z.string().optional(), email: z.string().optional(), message: z.string().optional() }),
    resolvedAt: Timestamp.optional(),
    note: z.string().optional(),
  })
  .openapi('QueueItem');

const LoggedQuestionSchema = z
  .object({
    id: z.number().int(),
    conversationId: z.string(),
    askedAt: Timestamp,
    question: z.string(),
    status: z.enum(['answered', 'not_found', 'out_of_scope', 'clarify']),
    engine: z.string(),
    elapsedMs: z.number(),
    answer: z.string(),
  })
  .openapi('LoggedQuestion');

const Queue = z.object({ items: z.array(QueueItemSchema), total: z.number().int() }).openapi('Queue');
const QueueItemDetail = z.object({ item: QueueItemSchema, conversation: z.array(LoggedQuestionSchema) }).openapi('QueueItemDetail');
const QuestionLogPage = z.object({ questions: z.array(LoggedQuestionSchema), total: z.number().int() }).openapi('QuestionLog');

const at = '2026-11-30T02:15:00.000Z';
const handedOverItem = {
  id: 3, conversationId: 'demo-conversation-1', reason: 'handed_over', handedOver: true, state: 'open', openedAt: at, updatedAt: at,
  latestQuestion: '那去年呢？', questionCount: 2, callback: { phone: '13800138000', message: '想了解公务用车的具体用途' },
};
const notFoundQuestion = 'AI+重点区域大客流智慧导控综合场景专项有多少钱？';
const notFoundItem = {
  id: 1, conversationId: 'f885fb40-1ab0-43cc-a97b-be083f84acb1', reason: 'not_found', handedOver: false, state: 'open', openedAt: at, updatedAt: at,
  latestQuestion: notFoundQuestion, questionCount: 1, callback: {},
};
const notFoundLogged = {
  id: 4, conversationId: notFoundItem.conversationId, askedAt: at, question: notFoundQuestion, status: 'not_found', engine: 'rules', elapsedMs: 2.24,
  answer: '文件列出了「AI+重点区域大客流智慧导控综合场景专项」，但没有单列它的金额。如需进一步了解，可联系单位预算公开联系人陈庆，电话023-63259683。（来源：重庆市渝中区人民政府办公室2026年部门预算）',
};

const CSV =
  '\uFEFF编号,状态,原因,已转人工,开始时间,更新时间,最近问题,问题数,回电电话,电子邮箱,留言,处理时间,处理说明\r\n3,open,handed_over,yes,2026-11-30T02:15:00.000Z,2026-11-30T02:15:00.000Z,那去年呢？,2,13800138000,,想了解公务用车的具体用途,,\r\n';

const UNAUTHORIZED = {
  ...errorResponse('没有令牌或令牌不对', { noToken: errorExample('unauthorized', 'staff routes need Authorization: Bearer <STAFF_TOKEN>', '没有 Authorization') }),
  headers: { 'WWW-Authenticate': { description: 'Bearer realm="staff"', schema: { type: 'string' as const } } },
};
const STAFF_ERRORS = {
  401: UNAUTHORIZED,
  404: errorResponse('服务没有配置 STAFF_TOKEN（工作人员接口不存在），或没有这个工单'),
  ...COMMON_ERRORS,
};
const staff = { tags: [TAG], security: STAFF_SECURITY };

export const queueRoute = createRoute({
  method: 'get', path: '/api/staff/questions', operationId: 'staffQueue', ...staff,
  summary: '待跟进队列：以 not_found、out_of_scope、clarify 结束的对话和用户转人工的对话',
  request: { query: QueueQuery },
  responses: {
    200: jsonResponse(Queue, '工单和总数', {
      open: { summary: '未处理的工单', value: { items: [handedOverItem, notFoundItem], total: 2 } },
      handedOver: { summary: '用户要求转人工的工单', value: { items: [handedOverItem], total: 1 } },
      everything: { summary: '全部工单，含已处理的', value: { items: [handedOverItem, notFoundItem], total: 2 } },
    }),
    400: errorResponse('参数有误'),
    ...STAFF_ERRORS,
  },
});

export const queueItemRoute = createRoute({
  method: 'get', path: '/api/staff/questions/{id}', operationId: 'staffQueueItem', ...staff,
  summary: '一个工单：对话中的每个问题和回答，以及回电方式',
  request: { params: itemParams({ item: { value: 1 }, missing: { value: 999999 }, badId: { value: 'abc' }, noToken: { value: 1 } }) },
  responses: {
    200: jsonResponse(QueueItemDetail, '工单和对话', { item: { summary: '工单 1', value: { item: notFoundItem, conversation: [notFoundLogged] } } }),
    400: errorResponse('工单编号有误', { badId: errorExample('invalid_request', 'id: Invalid input: expected number, received NaN', '不是数字') }),
    ...STAFF_ERRORS,
    404: errorResponse('没有这个工单（或服务没有配置 STAFF_TOKEN）', { missing: errorExample('not_found', 'no such queue item', '没有这个工单') }),
  },
});

export const resolveRoute = createRoute({
  method: 'post', path: '/api/staff/questions/{id}/resolve', operationId: 'staffResolve', ...staff,
  summary: '把工单标为已处理，附处理说明',
  request: {
    params: itemParams({ resolve: { value: 1 }, emptyNote: { value: 1 }, unknownField: { value: 1 }, missing: { value: 999999 }, noToken: { value: 1 } }),
    body: jsonBody(ResolveRequest, {
      resolve: { summary: '已回电', value: { note: '已电话回复：该专项的金额未在部门预算中单列。' } },
      emptyNote: { summary: '空说明：400', value: { note: ' ' } },
      unknownField: { summary: '未知字段：400', value: { note: '已回复', status: 'resolved' } },
      missing: { summary: '没有这个工单：404', value: { note: '已回复' } },
    }),
  },
  responses: {
    200: jsonResponse(z.object({ item: QueueItemSchema }), '已处理的工单', {
      resolve: { summary: '已处理', value: { item: { ...notFoundItem, state: 'resolved', resolvedAt: at, note: '已电话回复：该专项的金额未在部门预算中单列。' } } },
    }),
    400: errorResponse('请求体有误；message 点名字段', {
      emptyNote: errorExample('invalid_request', 'note: note must not be empty', '空说明'),
      unknownField: errorExample('invalid_request', 'unknown field "status"', '未知字段'),
    }),
    ...BODY_ERRORS,
    ...STAFF_ERRORS,
    404: errorResponse('没有这个工单（或服务没有配置 STAFF_TOKEN）', { missing: errorExample('not_found', 'no such queue item', '没有这个工单') }),
  },
});

export const exportRoute = createRoute({
  method: 'get', path: '/api/staff/export.csv', operationId: 'staffExport', ...staff,
  summary: '导出队列为 CSV（UTF-8 带 BOM，CRLF；筛选条件同队列）',
  request: { query: QueueQuery },
  responses: {
    200: {
      description: 'CSV 文件',
      content: {
        'text/csv': {
          schema: z.string(),
          examples: {
            everything: {
              summary: '全部工单',
              value: CSV,
            },
            handedOver: { summary: '用户要求转人工的工单', value: CSV },
          },
        },
      },
    },
    400: errorResponse('参数有误'),
    ...STAFF_ERRORS,
  },
});

export const logRoute = createRoute({
  method: 'get', path: '/api/staff/log', operationId: 'staffLog', ...staff,
  summary: '问题记录：每个问题、状态和回答，新的在前',
  request: { query: LogQuery },
  responses: {
    200: jsonResponse(QuestionLogPage, '问题和总数', { recent: { summary: '最近两个问题', value: { questions: [notFoundLogged], total: 5 } } }),
    400: errorResponse('参数有误'),
    ...STAFF_ERRORS,
  },
});

export const staffMatchesDomain: [Same<z.infer<typeof QueueItemSchema>, QueueItem>, Same<z.infer<typeof LoggedQuestionSchema>, LoggedQuestion>] = [true, true];
