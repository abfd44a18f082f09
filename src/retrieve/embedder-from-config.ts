import type { Config } from '../config.js';
import type { EmbedderChoice } from './embedder.js';
import { localEmbedderChoice } from './local-embedder.js';
import { openAIEmbedderChoice } from './openai-embedder.js';

type EmbeddingSettings = Pick<Config, 'EMBEDDINGS_BASE_URL' | 'EMBEDDINGS_API_KEY' | 'EMBEDDINGS_MODEL'>;

/** The OpenAI-compatible embedder when EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL are set; the local n-gram one otherwise. */
export function embedderFromConfig(config: EmbeddingSettings): EmbedderChoice {
  const { EMBEDDINGS_BASE_URL: baseURL, EMBEDDINGS_MODEL: model, EMBEDDINGS_API_KEY: apiKey } = config;
  if (!baseURL) return localEmbedderChoice();
  if (!model) throw new Error('EMBEDDINGS_MODEL is required when EMBEDDINGS_BASE_URL is set');
  return openAIEmbedderChoice({ baseURL, model, ...(apiKey ? { apiKey } : {}) });
}
