import { modelSettingsFromConfig, type ModelSettings } from '../agent/model-settings.js';
import type { AnswerEngine } from '../answer/index.js';
import type { Config } from '../config.js';
import { createRulesService, type AnswerService } from '../service/answer-service.js';
import type { Store } from '../store/store.js';
import { storeRetriever } from '../service/store-retriever.js';
import { loadPrompts, PROMPTS_DIR } from './prompt-files.js';

export interface AnswerDepsInput {
  engine: AnswerEngine;
  store: Store;
  log: (event: Record<string, unknown>) => void;
  /** Folder of the prompt files (default: prompts/). */
  promptsDir?: string;
  /** Overrides of the model settings (tests: no retries). */
  model?: Partial<ModelSettings>;
}

/**
 * The answer service the config asks for: rules only when no model is configured (LangChain is not even loaded,
 * and no network call is ever made), rules first with the LangChain agent behind them when LLM_BASE_URL and
 * LLM_MODEL are both set.
 */
export async function answerServiceFor(config: Config, deps: AnswerDepsInput): Promise<AnswerService> {
  const rules = createRulesService({ engine: deps.engine, log: deps.log, retrieve: storeRetriever(deps.store) });
  const settings = modelSettingsFromConfig(config);
  if (!settings) return rules;
  // LangChain is loaded only when a model is configured (it costs start-up time and ~80 MB of memory).
  const [{ createChatModel }, { createAgentService }] = await Promise.all([import('../agent/index.js'), import('../service/agent-service.js')]);
  return createAgentService({
    rules,
    store: deps.store,
    model: createChatModel({ ...settings, ...deps.model }),
    prompts: loadPrompts(deps.promptsDir ?? PROMPTS_DIR),
    limits: { maxSteps: config.LLM_MAX_STEPS, deadlineMs: config.LLM_DEADLINE_MS },
    log: deps.log,
  });
}
