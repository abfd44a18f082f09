import type { AnswerEngine, EngineAnswer, Understanding } from '../answer/index.js';
import type { RetrievedText } from '../domain/retrieval.js';
import type { Lang } from '../domain/answer.js';

export interface AskInput {
  question: string;
  lang?: Lang;
  previous?: Understanding;
  /** Pin the question to one document. */
  docId?: string;
  conversationId: string;
  /** Progress of a (model-backed) answer, step by step: `rules`, `agent`, tool names, `verify`, `retry`. */
  onProgress?: (step: string) => void;
  /** Stops a model-backed answer early (client gone); the rules answer is returned instead. */
  signal?: AbortSignal;
}

/** An answer as the service returns it: the engine's answer, labelled with the engine that produced it. */
export type ServiceAnswer = Omit<EngineAnswer, 'engine'> & { engine: 'rules' | 'llm' };

/** Answers questions: the deterministic rules engine, and (when configured) a model-backed agent behind it. */
export interface AnswerService {
  ask(input: AskInput): Promise<ServiceAnswer>;
}

export interface RulesServiceDeps {
  engine: AnswerEngine;
  retrieve?: (query: string, docId: string) => Promise<RetrievedText[]>;
  log: (event: Record<string, unknown>) => void;
}

/** Rules only: no network, no model. */
export function createRulesService(deps: RulesServiceDeps): AnswerService {
  return {
    ask: (input) =>
      deps.engine.ask(input.question, {
        ...(input.previous ? { previous: input.previous } : {}),
        ...(input.lang ? { lang: input.lang } : {}),
        ...(input.docId ? { docId: input.docId } : {}),
        ...(deps.retrieve ? { retrieve: deps.retrieve } : {}),
        onRejected: (e) => deps.log({ event: 'answer_rejected', engine: 'rules', question: e.question, offending: e.offending }),
      }),
  };
}
