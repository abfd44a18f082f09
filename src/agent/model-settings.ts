import type { Config } from '../config.js';

/** How to reach an OpenAI-compatible chat endpoint. */
export interface ModelSettings {
  baseURL: string;
  apiKey?: string;
  model: string;
  /** Timeout of one model call. */
  timeoutMs: number;
  /** Retries of one call on a 5xx, 429 or timeout (the total deadline still bounds the run). */
  maxRetries: number;
}

/** Model settings from the config, or undefined when no model is configured (rules engine only). */
export function modelSettingsFromConfig(config: Config): ModelSettings | undefined {
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) return undefined;
  return {
    baseURL: config.LLM_BASE_URL,
    model: config.LLM_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: 1,
    ...(config.LLM_API_KEY ? { apiKey: config.LLM_API_KEY } : {}),
  };
}
