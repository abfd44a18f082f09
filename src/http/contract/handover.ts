import { createRoute, z } from '@hono/zod-openapi';
import { BODY_ERRORS, COMMON_ERRORS, ConversationId, errorExample, errorResponse, jsonBody, jsonResponse, strictBody } from './common.js';

export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Mainland mobile (11 digits from 1[3-9]) or a landline with its area code (0 + 2–3 digits + 7–8 digits). */
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}\d{7,8})$/;

export const Phone = z
  .string()
  .trim()
  .max(30)
  .transform((s) => s.replace(/[\s()（）-]/g, '').replace(/^(?:\+86|0086)(?=1)/, ''))
  .refine((s) => PHONE.test(s), '请填写有效的手机号或带区号的固定电话 (a mainland mobile or landline number with area code)');

export const HandoverRequest = strictBody({
  conversationId: ConversationId.openapi({ description: '要转给工作人员的对话（必须已经提过问）' }),
  phone: z.preprocess(blankToUndefined, Phone.optional()).openapi({ description: '回电号码：手机号或带区号的固定电话（可选）', example: '13800138000' }),
  email: z
    .preprocess(blankToUndefined, z.string().trim().max(254).pipe(z.email('请填写有效的电子邮箱 (a valid email address)')).optional())
    .openapi({ description: '电子邮箱（可选）' }),
  message: z
    .preprocess(blankToUndefined, z.string().trim().max(500, 'message must be at most 500 characters').optional())
    .openapi({ description: '留言，至多 500 个字符（可选）' }),
}).openapi('HandoverRequest');
export type HandoverRequest = z.infer<typeof HandoverRequest>;

export const HandoverResponse = z
  .object({
    status: z.literal('handed_over'),
    reference: z.number().int().openapi({ description: '工单编号，可以告诉热线工作人员' }),
    callback: z.boolean().openapi({ description: '是否留了回电电话或邮箱' }),
  })
  .openapi('Handover');

export const handoverRoute = createRoute({
  method: 'post',
  path: '/api/handover',
  operationId: 'handover',
  tags: ['转人工 Hand-over'],
  summary: '“没有解决我的问题”：把对话转给热线工作人员，可留回电方式',
  description: '回答只有工单编号，从不包含记录的问题或联系方式。请求体中的未知字段会被拒绝。',
  request: {
    body: jsonBody(HandoverRequest, {
      handOver: { summary: '转人工并留电话', value: { conversationId: 'demo-conversation-1', phone: '138 0013 8000', message: '想了解公务用车的具体用途' } },
      badPhone: { summary: '电话号码无效：400', value: { conversationId: 'demo-conversation-1', phone: '12345' } },
      unknownField: { summary: '未知字段：400', value: { conversationId: 'demo-conversation-1', telephone: '13800138000' } },
      unknownConversation: { summary: '没有这个对话：404', value: { conversationId: 'never-asked' } },
    }),
  },
  responses: {
    201: jsonResponse(HandoverResponse, '已转人工', { handOver: { summary: '工单编号', value: { status: 'handed_over', reference: 3, callback: true } } }),
    400: errorResponse('请求体有误；message 点名字段', {
      badPhone: errorExample('invalid_request', 'phone: 请填写有效的手机号或带区号的固定电话 (a mainland mobile or landline number with area code)', '电话号码无效'),
      unknownField: errorExample('invalid_request', 'unknown field "telephone"', '未知字段'),
    }),
    404: errorResponse('没有这个对话（先提问）', { unknownConversation: errorExample('not_found', 'no conversation with this id; ask a question first', '没有这个对话') }),
    ...BODY_ERRORS,
    429: errorResponse('同一地址每分钟的请求超过限制 (rate-limited)'),
    503: errorResponse('没有配置问题记录，不能转人工 (the question log is not configured)'),
    ...COMMON_ERRORS,
  },
});
