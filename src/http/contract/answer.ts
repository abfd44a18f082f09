import { z } from '@hono/zod-openapi';
import type { Answer as DomainAnswer } from '../../domain/answer.js';
import { ConversationId, DocId, strictBody } from './common.js';
import type { Same } from './same.js';

/** The body of POST /api/ask and /api/ask/stream. Unknown fields are rejected. */
export const AskRequest = strictBody({
  question: z
    .string()
    .trim()
    .min(1, 'question must not be empty')
    .max(500, 'question must be at most 500 characters')
    .openapi({ description: '问题，中文或英文，1–500 个字符 (the question, Chinese or English)', example: '三公经费是多少？' }),
  conversationId: ConversationId.optional(),
  lang: z.enum(['zh', 'en']).optional().openapi({ description: '回答的语言；不填时按问题的语言 (answer language; default: the question\'s)' }),
  docId: DocId.optional().openapi({ description: '把问题限定在一个部门的一份文档（门户的部门选择）(pin the question to one document)' }),
}).openapi('AskRequest');
export type AskRequest = z.infer<typeof AskRequest>;
/** What a client sends (before trimming). */
export type AskRequestBody = z.input<typeof AskRequest>;

const AnswerNumber = z
  .object({
    text: z.string().openapi({ description: '数字在回答中的写法，带单位', example: '252万元' }),
    value: z.string().openapi({ description: '十进制字符串', example: '252' }),
    unit: z.string().openapi({ example: '万元' }),
    kind: z.enum(['fact', 'derived']).openapi({ description: 'fact：文档中的数字；derived：计算器算出的数字' }),
    factId: z.string().optional().openapi({ description: 'fact：所引数字的编号', example: 'b3ba7ec35f051543:sangong.vehicle_purchase' }),
    derivation: z.string().optional().openapi({ description: 'derived：计算过程', example: '367.35 − 40.9 = 326.45' }),
    words: z.string().optional().openapi({ description: '文档用文字表述的数字（如“无”），原文的写法' }),
  })
  .openapi('AnswerNumber');

export const Citation = z
  .object({
    docId: DocId,
    start: z.number().int().min(0).openapi({ description: '引文在文档 text 中的起点（UTF-16 下标）' }),
    end: z.number().int().min(0).openapi({ description: '引文终点（不含）' }),
    quote: z.string().openapi({ description: '原文，等于 text.slice(start, end)' }),
  })
  .openapi('Citation');

const AnswerSource = z.object({ docId: DocId, department: z.string(), year: z.number().int() }).openapi('AnswerSource');

export const DepartmentChoice = z
  .object({ docId: DocId, department: z.string(), district: z.string().optional(), year: z.number().int() })
  .openapi('DepartmentChoice');

export const Answer = z
  .object({
    answer: z.string().openapi({ description: '回答正文；其中每个数字都在 numbers[] 中' }),
    status: z.enum(['answered', 'not_found', 'out_of_scope', 'clarify']).openapi({
      description: 'answered 已回答；not_found 文档没有这个数字；out_of_scope 不是预算公开的问题；clarify 需要选择部门（见 candidates）',
    }),
    numbers: z.array(AnswerNumber),
    citations: z.array(Citation),
    verified: z.boolean().openapi({
      description: '计算得出，不是常量：回答中的每个数字都通过了核对（文档中的数字或计算器的结果）。未通过核对的回答不会返回，而是被替换 (computed: every number in the text passed the claim check)',
    }),
    conversationId: ConversationId,
    engine: z.enum(['rules', 'llm']).openapi({ description: 'rules：规则引擎；llm：经核对的语言模型回答（仅在配置了模型时）' }),
    source: AnswerSource.optional().openapi({ description: '回答所依据的部门和年度（跨部门的回答或 clarify 时没有）' }),
    candidates: z.array(DepartmentChoice).optional().openapi({ description: 'clarify：可选择的部门；not_found：名称相近的部门' }),
  })
  .openapi('Answer', { description: 'The public answer contract.' });

/** POST /api/ask: the answer, plus what the planner did when `?trace=1`. */
export const AskResponse = Answer.extend({
  trace: z.array(z.string()).optional().openapi({ description: '仅 ?trace=1：规划器的步骤' }),
  elapsedMs: z.number().optional().openapi({ description: '仅 ?trace=1：回答用时（毫秒）' }),
}).openapi('AskResponse');

export const AskQuery = z.object({
  trace: z
    .enum(['1'])
    .optional()
    .openapi({ param: { name: 'trace', in: 'query' }, description: '1：在回答中附上规划器的步骤 (add what the planner did)' }),
});

// The schema and the domain type are one contract: a change to either that the other lacks fails to compile.
export const answerMatchesDomain: Same<z.infer<typeof Answer>, DomainAnswer> = true;
