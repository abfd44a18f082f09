import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { provenance, type Prompts } from '../agent/index.js';
import { verifiedRun } from '../agent/verified-run.js';
import type { Store } from '../store/store.js';
import { askedItems } from '../answer/asked-items.js';
import { agentRoute } from './agent-route.js';
import type { AnswerService, ServiceAnswer } from './answer-service.js';

export interface AgentServiceDeps {
  /** The rules service: always asked first, and the answer whenever the agent's is not verified. */
  rules: AnswerService;
  store: Store;
  model: BaseChatModel;
  prompts: Prompts;
  limits: { maxSteps: number; deadlineMs: number };
  log: (event: Record<string, unknown>) => void;
}

/**
 * Rules first; when the rules engine could not understand the question (see agentRoute), the LangChain agent
 * answers over the same facts. Its final text is shown only if it passes the same number check as the rules
 * engine's, with this run's tool results as the ledger (one retry with the complaint). Anything else — rejected
 * twice, model error, 5xx, timeout, step cap, deadline — returns the rules answer. Never throws for the model.
 */
export function createAgentService(deps: AgentServiceDeps): AnswerService {
  return {
    async ask(input) {
      input.onProgress?.('rules');
      const rules = await deps.rules.ask(input);
      const route = agentRoute(rules);
      if (!route.useAgent) return rules;
      const doc = rules.docId ? await deps.store.getDocument(rules.docId) : undefined;
      if (!doc) return rules;
      input.onProgress?.('agent');
      const started = performance.now();
      const event = { conversationId: input.conversationId, reason: route.reason };
      try {
        const run = await verifiedRun({
          model: deps.model,
          prompts: deps.prompts,
          store: deps.store,
          doc,
          question: input.question,
          lang: rules.understanding.lang,
          ...(input.previous ? { previous: input.previous.text } : {}),
          maxSteps: deps.limits.maxSteps,
          signal: deadline(deps.limits.deadlineMs, input.signal),
          ...(input.onProgress ? { onStep: input.onProgress } : {}),
          ...withAsked(askedItems(rules.understanding, { groups: {} })),
        });
        const ms = Math.round(performance.now() - started);
        const tools = run.log.steps;
        if (!run.ok) {
          deps.log({ event: 'agent_rejected', ...event, problems: run.problems, attempts: run.attempts, tools, ms });
          // The trace (?trace=1) says why, without repeating the rejected text; the details are in the server log.
          return fallback(rules, route.reason, `agent answer rejected after ${run.attempts} attempt(s): ${run.problems.length} problem(s)`);
        }
        deps.log({ event: 'agent_answered', ...event, attempts: run.attempts, tools, ms });
        const p = provenance(run.text, run.log, doc);
        return {
          answer: run.text,
          status: p.grounded ? 'answered' : 'not_found',
          numbers: p.numbers,
          citations: p.citations,
          verified: run.ok,
          engine: 'llm',
          understanding: rules.understanding,
          trace: [...rules.trace, `route agent: ${route.reason}`, ...tools.map((t) => `tool ${t}`), `verify ok (attempt ${run.attempts})`],
          docId: rules.docId,
        };
      } catch (err) {
        deps.log({ event: 'agent_error', ...event, error: describe(err), ms: Math.round(performance.now() - started) });
        return fallback(rules, route.reason, `agent failed: ${kindOf(err)}`);
      }
    },
  };
}

const withAsked = (asked: ((item: string) => boolean) | undefined) => (asked ? { asked } : {});

function fallback(rules: ServiceAnswer, reason: string, why: string): ServiceAnswer {
  return { ...rules, trace: [...rules.trace, `route agent: ${reason}`, why, 'fallback: rules answer'] };
}

/** The run's total deadline, also ended by the caller's signal (client gone). */
function deadline(ms: number, outer?: AbortSignal): AbortSignal {
  const t = AbortSignal.timeout(ms);
  return outer ? AbortSignal.any([t, outer]) : t;
}

/** Error class and HTTP status only: an upstream error body never reaches a client, even in the trace. */
function kindOf(err: unknown): string {
  if (!(err instanceof Error)) return 'error';
  const status = (err as { status?: unknown }).status;
  const timeout = /timed out|timeout/i.test(err.message) ? ' (timeout)' : '';
  return `${err.name === 'Error' ? err.constructor.name : err.name}${typeof status === 'number' ? ` ${status}` : ''}${timeout}`;
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message.split('\n')[0]!.slice(0, 200)}`;
  return String(err).slice(0, 200);
}
