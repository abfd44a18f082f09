/** The parts of the OpenAPI document that no route declares: what the API is, its tags, how errors look. */

export const API_INFO = {
  title: 'budget-qa 部门预算问答接口',
  version: '1.0.0',
  summary: 'Questions about Chongqing department budget disclosures, every number traced to its source',
  description: [
    '用中文或英文询问重庆市各部门公开的部门预算情况说明。回答中的每个数字要么是文档中的数字（带它在原文中的准确位置），要么是十进制计算器对这些数字的计算结果（带计算过程）；含有其他数字的回答从不返回。',
    '',
    '- **错误**：所有错误都是同一个 JSON 信封 `{"error": {"code", "message"}}`；5xx 另有 `requestId`，与响应头 `X-Request-Id` 和服务器日志一致，向热线报告问题时请提供它。',
    '- **严格的请求体**：请求体中不认识的字段会被拒绝（400，message 点名该字段），例如把 `conversationId` 写成 `conversationID`。',
    '- **限额**：`/api/*` 的请求体至多 16 KB（413）；同一地址每分钟的提问和转人工有上限（429，带 Retry-After）。',
    '- **工作人员接口** `/api/staff/*` 需要 `Authorization: Bearer <STAFF_TOKEN>`。',
    '',
    'Every example in this document is sent to the service by its test suite, which checks the documented status and shape.',
  ].join('\n'),
  license: { name: 'MIT', identifier: 'MIT' },
};

export const API_TAGS = [
  { name: '问答 Questions', description: '提问、追问；回答带数字的来源和计算过程' },
  { name: '部门与文档 Departments and documents', description: '载入的部门和文档；引文的下标指向文档全文' },
  { name: '数字 Figures', description: '文档中的数字、图表数据和部门之间的比较' },
  { name: '转人工 Hand-over', description: '“没有解决我的问题”：转给热线工作人员' },
  { name: '工作人员 Staff', description: '热线工作人员的队列、问题记录和导出（需要令牌）' },
  { name: '服务 Service', description: '健康检查、本文档和接口参考页' },
];
