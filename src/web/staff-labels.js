// Chinese labels for the staff console.
export const REASONS = { not_found: '未找到', out_of_scope: '超出范围', clarify: '需要澄清', handed_over: '用户转人工' };
export const STATES = { open: '待处理', resolved: '已解决' };
export const STATUSES = { answered: '已回答', not_found: '未找到', out_of_scope: '超出范围', clarify: '需要澄清' };
export const ENGINES = { rules: '规则引擎', llm: '大模型' };
