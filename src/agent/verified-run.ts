import { HumanMessage, type BaseMessage } from 'langchain';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { verifyAnswer } from '../answer/index.js';
import type { Lang } from '../domain/answer.js';
import type { StoredDocument } from '../domain/types.js';
import type { Store } from '../store/store.js';
import { ledgerOf } from './ledger.js';
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
}

export type VerifiedRun =
  | { ok: true; text: string; log: RunLog; attempts: number }
  | { ok: false; problems: string[]; log: RunLog; attempts: number };

/** Why a final text may not be shown: empty, leaks the prompt, or states numbers/quotes the run's tools did not return. */
export function problemsWith(text: string, log: RunLog, doc: StoredDocument, prompts: Prompts): string[] {
  if (!text.trim()) return ['没有给出最终回答'];
  if (leaksPrompt(text, prompts)) return ['回答复述了内部说明，这是不允许的'];
  const check = verifyAnswer(text, ledgerOf(log, doc));
  return check.offending.map((o) => (o.startsWith('「') ? `引号中的文字不是工具返回的原文：${o}` : `数字 ${o} 不是本次任何工具返回的结果`));
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
    problems = problemsWith(run.text, log, input.doc, input.prompts);
    if (problems.length === 0) return { ok: true, text: run.text.trim(), log, attempts: attempt };
    // An empty final turn (e.g. malformed tool-call JSON) leaves no answer to correct: do not retry.
    if (!run.text.trim()) break;
    messages = [...run.messages, new HumanMessage(retryFor(input.prompts, problems))];
  }
  return { ok: false, problems, log, attempts };
}
