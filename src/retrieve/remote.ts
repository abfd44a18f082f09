/** The OpenAI-compatible embedder (LangChain, loaded on first use): Node only, so apart from ./index.ts. */
export { OpenAIEmbedder, openAIEmbedderChoice, type OpenAIEmbedderOptions } from './openai-embedder.js';
export { embedderFromConfig } from './embedder-from-config.js';
