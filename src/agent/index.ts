export { buildTools } from './tools.js';
export { createChatModel } from './model.js';
export { modelSettingsFromConfig, type ModelSettings } from './model-settings.js';
export { runAgent, type RunAgentInput, type RunAgentResult } from './run-agent.js';
export { sourcesOf, provenance, type RunSources } from './ledger.js';
export { createRunLog, type RunLog } from './run-log.js';
export { PROMPT_FILES, parsePrompts, questionFor, retryFor, systemPromptFor, type Prompts } from './prompts.js';
export { leaksPrompt } from './prompt-leak.js';
export type { ToolContext } from './tool-kit.js';
