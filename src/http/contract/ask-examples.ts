/**
 * Examples of POST /api/ask, answered by the seed document (data/sources). A request example and a response example
 * of the same name make one scenario; the contract test sends every scenario, in this order, and checks the status
 * and the shape of what comes back.
 */

import { SEED } from './seed-examples.js';

const DOC = SEED.id;
const SOURCE = { docId: DOC, department: SEED.department, year: 2026 };
const SANGONG_QUOTE = '2026年“三公”经费预算367.35万元，比2025年增加40.9万元。';
const SANGONG_ITEMS_QUOTE =
  '其中：因公出国（境）费用0万元，与2025年持平；公务接待费27.55万元，比2025年减少1.3万元，主要原因是厉行节约，严格压减“三公”经费支出；公务用车运行维护费87.8万元，比2025年增加8.2万元，主要原因是因工作需要，新增公务用车4辆；公务用车购置费252万元，比2025年增加34万元；主要原因是全区公车购置需求增加。';
const EXPENDITURE_QUOTE =
  '（二）支出预算：2026年年初预算数11491.61万元，其中：一般公共服务支出10784.89万元，社会保障和就业支出445.5万元，卫生健康支出116.26万元，住房保障支出144.96万元；支出较去年增加399.77万元，主要是基本支出增加584.81万元，项目支出减少185.04万元。';

export const askRequestExamples = {
  ask: { summary: '提问', value: { question: '为什么公务用车购置费增加了？' } },
  askInConversation: {
    summary: '在自定的对话中提问',
    description: '客户端可以自定 conversationId（字母、数字、_ 和 -）；不填时由服务生成并在回答中返回。',
    value: { question: '三公经费占总预算多少？', conversationId: 'demo-conversation-1' },
  },
  followUp: {
    summary: '追问（同一 conversationId）',
    description: '带上一轮回答的 conversationId，追问“那去年呢？”沿用上一轮的项目。',
    value: { question: '那去年呢？', conversationId: 'demo-conversation-1' },
  },
  notFound: { summary: '文档列出但没有金额的项目', value: { question: 'AI+重点区域大客流智慧导控综合场景专项有多少钱？' } },
  outOfScope: { summary: '与预算公开无关的问题', value: { question: '明天重庆天气怎么样？' } },
  english: { summary: 'In English', value: { question: 'Why did the official reception budget decrease?', lang: 'en' } },
  unknownField: {
    summary: '未知字段：400',
    description: '请求体中不认识的字段会被拒绝并点名，不会被悄悄忽略（例如把 conversationId 写成 conversationID）。',
    value: { question: '三公经费是多少', conversationID: 'demo-conversation-1' },
  },
  wrongType: { summary: '类型错误：400', value: { question: 42 } },
  emptyQuestion: { summary: '空问题：400', value: { question: '   ' } },
  tooLong: { summary: '超过 500 个字符：400', value: { question: '三'.repeat(501) } },
  unknownDocument: { summary: '没有载入的文档：404', value: { question: '三公经费是多少？', docId: '0000000000000000' } },
};

export const askResponseExamples = {
  ask: {
    summary: '已回答，带引文',
    value: {
      answer: '2026年公务用车购置费252万元，比2025年增加34万元，主要原因是「全区公车购置需求增加」。（来源：重庆市渝中区人民政府办公室2026年部门预算）',
      status: 'answered',
      numbers: [
        { text: '252万元', value: '252', unit: '万元', kind: 'fact', factId: `${DOC}:sangong.vehicle_purchase` },
        { text: '34万元', value: '34', unit: '万元', kind: 'fact', factId: `${DOC}:sangong.vehicle_purchase` },
      ],
      citations: [
        { docId: DOC, start: 4002, end: 4169, quote: SANGONG_ITEMS_QUOTE },
        { docId: DOC, start: 4158, end: 4168, quote: '全区公车购置需求增加' },
      ],
      verified: true,
      conversationId: '454f1ff2-3c73-454d-bd4f-1fa9a56f9fe8',
      engine: 'rules',
      source: SOURCE,
    },
  },
  askInConversation: {
    summary: '计算得出的占比，带计算过程',
    value: {
      answer: '2026年“三公”经费367.35万元，占支出预算11491.61万元的3.2%（367.35 ÷ 11491.61 × 100% = 3.2%）。（来源：重庆市渝中区人民政府办公室2026年部门预算）',
      status: 'answered',
      numbers: [
        { text: '367.35万元', value: '367.35', unit: '万元', kind: 'fact', factId: `${DOC}:sangong.total` },
        { text: '11491.61万元', value: '11491.61', unit: '万元', kind: 'fact', factId: `${DOC}:expenditure.total` },
        { text: '3.2%', value: '3.2', unit: '%', kind: 'derived', derivation: '367.35 ÷ 11491.61 × 100% = 3.2%' },
      ],
      citations: [
        { docId: DOC, start: 3024, end: 3171, quote: EXPENDITURE_QUOTE },
        { docId: DOC, start: 3965, end: 4002, quote: SANGONG_QUOTE },
      ],
      verified: true,
      conversationId: 'demo-conversation-1',
      engine: 'rules',
      source: SOURCE,
    },
  },
  followUp: {
    summary: '追问的回答：去年的数字由计算器算出',
    value: {
      answer: '2025年“三公”经费326.45万元（367.35 − 40.9 = 326.45），占支出预算11091.84万元（11491.61 − 399.77 = 11091.84）的2.94%（326.45 ÷ 11091.84 × 100% = 2.94%）。（来源：重庆市渝中区人民政府办公室2026年部门预算）',
      status: 'answered',
      numbers: [
        { text: '326.45万元', value: '326.45', unit: '万元', kind: 'derived', derivation: '367.35 − 40.9 = 326.45' },
        { text: '11091.84万元', value: '11091.84', unit: '万元', kind: 'derived', derivation: '11491.61 − 399.77 = 11091.84' },
        { text: '2.94%', value: '2.94', unit: '%', kind: 'derived', derivation: '326.45 ÷ 11091.84 × 100% = 2.94%' },
      ],
      citations: [
        { docId: DOC, start: 3024, end: 3171, quote: EXPENDITURE_QUOTE },
        { docId: DOC, start: 3965, end: 4002, quote: SANGONG_QUOTE },
      ],
      verified: true,
      conversationId: 'demo-conversation-1',
      engine: 'rules',
      source: SOURCE,
    },
  },
  notFound: {
    summary: '文档没有这个数字：给出公开联系人',
    value: {
      answer: '文件列出了「AI+重点区域大客流智慧导控综合场景专项」，但没有单列它的金额。如需进一步了解，可联系单位预算公开联系人陈庆，电话023-63259683。（来源：重庆市渝中区人民政府办公室2026年部门预算）',
      status: 'not_found',
      numbers: [],
      citations: [{ docId: DOC, start: 5838, end: 5863, quote: '联系人：陈庆  联系方式：023-63259683' }],
      verified: true,
      conversationId: 'f885fb40-1ab0-43cc-a97b-be083f84acb1',
      engine: 'rules',
      source: SOURCE,
    },
  },
  outOfScope: {
    summary: '不在预算公开的范围内',
    value: {
      answer: '这个问题不在重庆市渝中区人民政府办公室2026年部门预算公开信息的范围内。我可以回答收入和支出预算、“三公”经费、机关运行经费、政府采购、车辆和人员编制等问题。',
      status: 'out_of_scope',
      numbers: [],
      citations: [],
      verified: true,
      conversationId: '0e4ac294-c416-49e1-a19b-fb77de6a5583',
      engine: 'rules',
      source: SOURCE,
    },
  },
  english: {
    summary: 'Answered in English',
    value: {
      answer: 'Official reception is 0.2755 million yuan (27.55万元), a decrease of 0.013 million yuan (1.3万元) from 2025. The document gives the reason: 「厉行节约，严格压减“三公”经费支出」. (Source: 重庆市渝中区人民政府办公室, 2026 department budget.)',
      status: 'answered',
      numbers: [
        { text: '0.2755 million yuan', value: '0.2755', unit: 'million yuan', kind: 'derived', derivation: '27.55 ÷ 100 = 0.2755' },
        { text: '27.55万元', value: '27.55', unit: '万元', kind: 'fact', factId: `${DOC}:sangong.reception` },
        { text: '0.013 million yuan', value: '0.013', unit: 'million yuan', kind: 'derived', derivation: '1.3 ÷ 100 = 0.013' },
        { text: '1.3万元', value: '1.3', unit: '万元', kind: 'fact', factId: `${DOC}:sangong.reception` },
      ],
      citations: [
        { docId: DOC, start: 4002, end: 4169, quote: SANGONG_ITEMS_QUOTE },
        { docId: DOC, start: 4059, end: 4076, quote: '厉行节约，严格压减“三公”经费支出' },
      ],
      verified: true,
      conversationId: '9ef2776d-746f-4878-b196-a742b9685ef6',
      engine: 'rules',
      source: SOURCE,
    },
  },
};

export const askErrorExamples = {
  unknownField: { summary: '未知字段', value: { error: { code: 'invalid_request', message: 'unknown field "conversationID" (did you mean "conversationId"?)' } } },
  wrongType: { summary: '类型错误', value: { error: { code: 'invalid_request', message: 'question: Invalid input: expected string, received number' } } },
  emptyQuestion: { summary: '空问题', value: { error: { code: 'invalid_request', message: 'question: question must not be empty' } } },
  tooLong: { summary: '问题太长', value: { error: { code: 'invalid_request', message: 'question: question must be at most 500 characters' } } },
};

export const askNotFoundExamples = {
  unknownDocument: { summary: '没有这份文档', value: { error: { code: 'not_found', message: 'no document 0000000000000000' } } },
};

/** The stream of the first example as the rules engine answers it: one `answer` event holding the /api/ask JSON. */
export const askStreamExample = [
  'event: answer',
  `data: ${JSON.stringify(askResponseExamples.ask.value)}`,
  '',
  '',
].join('\n');
