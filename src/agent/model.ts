import { ChatOpenAI } from '@langchain/openai';
import type { ModelSettings } from './model-settings.js';

/**
 * A ChatOpenAI client for any OpenAI-compatible server (vLLM, Ollama, DeepSeek, Qwen …). Never streams: a
 * streaming call makes LangChain count tokens with tiktoken, which downloads its data from the internet.
 * The API key is always passed explicitly, so nothing is read from process.env here.
 */
export function createChatModel(s: ModelSettings): ChatOpenAI {
  return new ChatOpenAI({
    model: s.model,
    apiKey: s.apiKey ?? 'not-needed',
    configuration: { baseURL: s.baseURL },
    temperature: 0,
    streaming: false,
    disableStreaming: true,
    timeout: s.timeoutMs,
    maxRetries: s.maxRetries,
  });
}
