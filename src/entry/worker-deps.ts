import { modelSettingsFromConfig } from '../agent/model-settings.js';
import { ALIASES, DISTRICT_NAMES, createAnswerEngine } from '../answer/index.js';
import { loadConfig } from '../config.js';
import type { D1Database } from '../domain/d1.js';
import { clientAddressResolver } from '../http/client-address.js';
import type { AppDeps } from '../http/deps.js';
import { D1Conversations } from '../questions/d1-conversations.js';
import { openD1QuestionLog } from '../questions/d1-question-log.js';
import { D1RateLimiter } from '../questions/d1-rate-limit.js';
import { d1TextIndex } from '../retrieve/d1/index.js';
import { localEmbedderChoice } from '../retrieve/index.js';
import { createRulesService } from '../service/answer-service.js';
import { CONVERSATION_LIMITS } from '../service/conversations.js';
import { logAnswers } from '../service/log-answers.js';
import { storeRetriever } from '../service/store-retriever.js';
import { storeSource } from '../service/store-source.js';
import { openD1Store } from '../store/d1/d1-store.js';
import { bindingAssets, type AssetsBinding } from './worker-assets.js';

/** The Worker's bindings (wrangler.toml) and its settings (vars and secrets: the same names as the environment on Node). */
export interface WorkerEnv {
  /** Facts database (built by `budget-qa export-d1`). */
  DB: D1Database;
  /** Question log, follow-up queue, conversations and rate counters. */
  LOG_DB: D1Database;
  ASSETS?: AssetsBinding;
  [setting: string]: unknown;
}

/** The string-valued entries of the env: vars and secrets, read through the same config schema as on Node. */
const settingsOf = (env: WorkerEnv) => Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'));

/**
 * Everything the HTTP app needs on Workers: the D1 store and engine, and state every isolate shares (conversations,
 * question log, rate counters) in D1. The rules engine answers; the optional LangChain agent is Node-only (its
 * packages import Node built-ins), so LLM_* settings are reported and otherwise ignored here.
 */
export function buildWorkerDeps(env: WorkerEnv): AppDeps {
  const config = loadConfig(settingsOf(env));
  const log = (event: Record<string, unknown>) => console.log(JSON.stringify({ at: new Date().toISOString(), ...event }));
  if (modelSettingsFromConfig(config)) log({ event: 'llm_not_on_workers', message: 'LLM_BASE_URL and LLM_MODEL are set; the Worker answers with the rules engine only' });
  const store = openD1Store(env.DB, { index: d1TextIndex(localEmbedderChoice()) });
  const source = storeSource(store, { districts: DISTRICT_NAMES });
  const engine = createAnswerEngine({ source, aliases: ALIASES });
  const questions = openD1QuestionLog(env.LOG_DB, { retentionDays: config.LOG_RETENTION_DAYS });
  return {
    store,
    catalog: source.catalog,
    answers: createRulesService({ engine, log, retrieve: storeRetriever(store) }),
    conversations: new D1Conversations(env.LOG_DB, CONVERSATION_LIMITS),
    log,
    questions,
    onAnswered: logAnswers(questions, log),
    // Cloudflare's edge sets CF-Connecting-IP (a client cannot); behind another proxy, TRUSTED_PROXY as on Node.
    clientAddress: clientAddressResolver(config.TRUSTED_PROXY, (c) => c.req.header('cf-connecting-ip')),
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    rateLimitExempt: config.RATE_LIMIT_EXEMPT,
    rateLimiter: (scope, opts) => new D1RateLimiter(env.LOG_DB, scope, opts),
    ...(config.STAFF_TOKEN ? { staffToken: config.STAFF_TOKEN } : {}),
    ...(env.ASSETS ? { assets: bindingAssets(env.ASSETS) } : {}),
  };
}
