import { join } from 'node:path';
import { createChatModel, loadPrompts, modelSettingsFromConfig, type ModelSettings } from '../agent/index.js';
import type { AnswerEngine } from '../answer/index.js';
import type { Config } from '../config.js';
import { createAgentService } from '../service/agent-service.js';
import { createRulesService, type AnswerService } from '../service/answer-service.js';
import type { Store } from '../store/store.js';
import { storeRetriever } from '../service/store-retriever.js';

export interface AnswerDepsInput {
  engine: AnswerEngine;
  store: Store;
  log: (event: Record<string, unknown>) => void;
  /** Folder of the prompt files. */
  promptsDir: string;
  /** Overrides of the model settings (tests: no retries). */
  model?: Partial<ModelSettings>;
}

/**
 * The answer service the config asks for: rules only when no model is configured (no LangChain objects are built
 * and no network call is ever made), rules first with the LangChain agent behind them when LLM_BASE_URL and
 * LLM_MODEL are both set.
 */
export function answerServiceFor(config: Config, deps: AnswerDepsInput): AnswerService {
  const rules = createRulesService({ engine: deps.engine, log: deps.log, retrieve: storeRetriever(deps.store) });
  const settings = modelSettingsFromConfig(config);
  if (!settings) return rules;
  return createAgentService({
    rules,
    store: deps.store,
    model: createChatModel({ ...settings, ...deps.model }),
    prompts: loadPrompts(deps.promptsDir),
    limits: { maxSteps: config.LLM_MAX_STEPS, deadlineMs: config.LLM_DEADLINE_MS },
    log: deps.log,
  });
}

export const promptsDirOf = (root: string) => join(root, 'prompts');
