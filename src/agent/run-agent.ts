import { AIMessage, createAgent, modelCallLimitMiddleware, SystemMessage, type BaseMessage } from 'langchain';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { StructuredToolInterface } from '@langchain/core/tools';

export interface RunAgentInput {
  model: BaseChatModel;
  tools: StructuredToolInterface[];
  systemPrompt: string;
  /** The conversation so far (without the system prompt). */
  messages: BaseMessage[];
  /** Most model calls in this run; one more throws ModelCallLimitMiddlewareError. */
  maxSteps: number;
  /** Aborts the run (total deadline, client gone). */
  signal: AbortSignal;
}

export interface RunAgentResult {
  /** The final assistant text ('' when the run ended without one). Unverified: never show it as is. */
  text: string;
  /** The whole conversation after the run, for a retry turn. */
  messages: BaseMessage[];
}

/** One agent run: LangChain's createAgent loop over the tools, capped in steps and time. */
export async function runAgent(input: RunAgentInput): Promise<RunAgentResult> {
  const agent = createAgent({
    model: input.model,
    tools: input.tools,
    // A SystemMessage goes out as a plain string; a string systemPrompt would be sent as content parts.
    systemPrompt: new SystemMessage(input.systemPrompt),
    middleware: [modelCallLimitMiddleware({ runLimit: input.maxSteps, exitBehavior: 'error' })],
  });
  const state = await agent.invoke({ messages: input.messages }, { signal: input.signal, recursionLimit: input.maxSteps * 4 + 10 });
  const messages = state.messages;
  const last = messages[messages.length - 1];
  const text = last && AIMessage.isInstance(last) && !last.tool_calls?.length ? textOf(last) : '';
  return { text, messages };
}

function textOf(m: AIMessage): string {
  if (typeof m.content === 'string') return m.content;
  return m.content.map((part) => (part.type === 'text' && typeof part.text === 'string' ? part.text : '')).join('');
}
