import { createRoute, z } from '@hono/zod-openapi';
import { AskQuery, AskRequest, AskResponse } from './answer.js';
import { askErrorExamples, askNotFoundExamples, askRequestExamples, askResponseExamples, askStreamExample } from './ask-examples.js';
import { BODY_ERRORS, COMMON_ERRORS, errorResponse, jsonBody, jsonResponse } from './common.js';

const RATE_LIMITED = errorResponse('同一地址每分钟的提问超过限制（RATE_LIMIT_PER_MINUTE），响应头 Retry-After 给出等待秒数 (rate-limited)');

const ASK_ERRORS = {
  400: errorResponse('请求体不是合法的 JSON、为空、含未知字段、类型错误、问题为空或超过 500 个字符；message 点名字段 (invalid request)', askErrorExamples),
  404: errorResponse('docId 指定的文档没有载入 (no such document)', askNotFoundExamples),
  ...BODY_ERRORS,
  429: RATE_LIMITED,
  ...COMMON_ERRORS,
} as const;

export const askRoute = createRoute({
  method: 'post',
  path: '/api/ask',
  operationId: 'ask',
  tags: ['问答 Questions'],
  summary: '提问：回答中的每个数字都可追溯到原文',
  description:
    '用中文或英文提问，得到回答、回答中的每个数字（文档中的数字带 factId，计算得出的带计算过程）和引文。' +
    '追问（“那去年呢？”）时带上上一轮返回的 conversationId。请求体中的未知字段会被拒绝（400），不会被忽略。',
  request: { query: AskQuery, body: jsonBody(AskRequest, askRequestExamples) },
  responses: {
    200: jsonResponse(AskResponse, '回答 (the answer; status says whether the document answered it)', askResponseExamples),
    ...ASK_ERRORS,
  },
});

export const askStreamRoute = createRoute({
  method: 'post',
  path: '/api/ask/stream',
  operationId: 'askStream',
  tags: ['问答 Questions'],
  summary: '提问（服务器推送事件）',
  description:
    '与 /api/ask 相同的问题与请求体，以 text/event-stream 回答：回答生成过程中的 progress 事件' +
    '（data 为 {"type":"progress","step":"rules"|"agent"|工具名|"verify"|"retry"}，仅在配置了语言模型时出现），' +
    '然后一个 answer 事件，其 data 正是 /api/ask 的 JSON（Answer）。未经核对的文字从不推送。请求有误时在推送开始前以 JSON 错误信封回答。',
  request: { body: jsonBody(AskRequest, { ask: askRequestExamples.ask, unknownField: askRequestExamples.unknownField }) },
  responses: {
    200: {
      description: 'progress 事件，然后一个 answer 事件（data: Answer）',
      content: { 'text/event-stream': { schema: z.string(), examples: { ask: { summary: '规则引擎的回答', value: askStreamExample } } } },
    },
    ...ASK_ERRORS,
    400: errorResponse('同 /api/ask', { unknownField: askErrorExamples.unknownField }),
    404: errorResponse('docId 指定的文档没有载入 (no such document)'),
  },
});
