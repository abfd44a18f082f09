import { HumanMessage, type BaseMessage } from 'langchain';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { verifyFreeText } from '../answer/index.js';
import type { Lang } from '../domain/answer.js';
import type { StoredDocument } from '../domain/types.js';
import type { Store } from '../store/store.js';
import { sourcesOf } from './ledger.js';
import { leaksPrompt } from './prompt-leak.js';
import { questionFor, retryFor, systemPromptFor, type Prompts } from './prompts.js';
import { runAgent } from './run-agent.js';
import { createRunLog, type RunLog } from './run-log.js';
import { buildTools } from './tools.js';

export interface VerifiedRunInput {
  model: BaseChatModel;
  prompts: Prompts;
  store: Store;
  doc: StoredDocument;
  question: string;
  lang: Lang;
  previous?: string;
  maxSteps: number;
  signal: AbortSignal;
  onStep?: (step: string) => void;
  /** Items the question asked about, when the rules engine recognised any: figures of other items are refused. */
  asked?: (item: string) => boolean;
}

export type VerifiedRun =
  | { ok: true; text: string; log: RunLog; attempts: number }
  | { ok: false; problems: string[]; log: RunLog; attempts: number };

/**
 * Why a final text may not be shown: empty, leaks the prompt, or states a number or quote that does not pass the
 * same claim checks as the rules engine's answers (a source among this run's tool results, its unit, its direction
 * word, its document, and — when the question named items — an item asked about).
 */
export function problemsWith(text: string, log: RunLog, doc: StoredDocument, prompts: Prompts, asked?: (item: string) => boolean): string[] {
  if (!text.trim()) return ['没有给出最终回答'];
  if (leaksPrompt(text, prompts)) return ['回答复述了内部说明，这是不允许的'];
  const sources = sourcesOf(log, doc);
  const check = verifyFreeText(text, sources.claims, { citations: sources.citations, phones: sources.phones, names: [doc.department], documents: new Set([doc.id]), ...(asked ? { asked } : {}) });
  return check.offending.map(inChinese);
}

/** The verifier's complaint, as the model is told it (the prompts are Chinese). */
function inChinese(o: string): string {
  const n = /^(\S+?)(?:\s|$)/.exec(o)?.[1] ?? o;
  if (o.startsWith('「')) return `引号中的文字不是工具返回的原文（必须是原文完整的一句或一个分句）：${o}`;
  if (/has no source/.test(o)) return `数字 ${n} 不是本次任何工具返回的结果`;
  if (/is a (rise|fall)/.test(o)) return `数字 ${n} 是${/is a rise/.test(o) ? '增加' : '减少'}额，前面必须写明“${/is a rise/.test(o) ? '增加' : '减少'}”`;
  if (/wrong unit/.test(o)) return `数字 ${n} 的单位与工具返回的不一致`;
  if (/did not ask about/.test(o)) return `数字 ${n} 不是用户所问项目的数额`;
  if (/another document/.test(o)) return `数字 ${n} 不属于本份预算说明`;
  if (/not framed/.test(o)) return `数字 ${n} 是参考数，必须说明文件没有单列所问项目`;
  return `数字 ${n} 不符合来源`;
}

/**
 * Run the agent; check its final text against this run's ledger; on failure retry once, telling the model what was
 * rejected. Throws on model errors, timeouts, the step cap and the deadline (the caller falls back to rules).
 */
export async function verifiedRun(input: VerifiedRunInput): Promise<VerifiedRun> {
  const log = createRunLog();
  const tools = buildTools({ store: input.store, doc: input.doc, log, ...(input.onStep ? { onStep: input.onStep } : {}) });
  const systemPrompt = systemPromptFor(input.prompts, input.doc);
  let messages: BaseMessage[] = [new HumanMessage(questionFor(input.prompts, input))];
  let problems: string[] = [];
  let attempts = 0;
  for (let attempt = 1; attempt <= 2; attempt++) {
    attempts = attempt;
    if (attempt === 2) input.onStep?.('retry');
    const run = await runAgent({ model: input.model, tools, systemPrompt, messages, maxSteps: input.maxSteps, signal: input.signal });
    input.onStep?.('verify');
    problems = problemsWith(run.text, log, input.doc, input.prompts, input.asked);
    if (problems.length === 0) return { ok: true, text: run.text.trim(), log, attempts: attempt };
    // An empty final turn (e.g. malformed tool-call JSON) leaves no answer to correct: do not retry.
    if (!run.text.trim()) break;
    messages = [...run.messages, new HumanMessage(retryFor(input.prompts, problems))];
  }
  return { ok: false, problems, log, attempts };
}
