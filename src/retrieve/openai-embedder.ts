import type { OpenAIEmbeddings } from '@langchain/openai';
import type { Embedder, EmbedderChoice, SavedEmbedder } from './embedder.js';

export interface OpenAIEmbedderOptions {
  /** OpenAI-compatible API root, e.g. http://127.0.0.1:8000/v1 */
  baseURL: string;
  apiKey?: string;
  model: string;
  /** Known width of the model's vectors; when unset it is learned by embedding one probe text. */
  dimensions?: number;
  /** Per request (default 15 s): queries embed on the request path. */
  timeoutMs?: number;
  maxRetries?: number;
}

/**
 * Embeddings from an OpenAI-compatible endpoint through LangChain's OpenAIEmbeddings. Asks for
 * `encoding_format: "float"`: the OpenAI SDK otherwise asks for base64 and decodes it, which silently garbles the
 * plain float arrays many compatible servers return. The id names the model and the endpoint. LangChain is loaded on
 * the first call (a service with the local embedder never loads it).
 */
export class OpenAIEmbedder implements Embedder {
  readonly id: string;
  private client?: Promise<OpenAIEmbeddings>;

  constructor(private readonly opts: OpenAIEmbedderOptions, readonly dimensions: number) {
    this.id = `openai:${opts.model}@${opts.baseURL.replace(/\/+$/, '')}`;
  }

  private connection(): Promise<OpenAIEmbeddings> {
    const o = this.opts;
    this.client ??= import('@langchain/openai').then(
      ({ OpenAIEmbeddings }) =>
        new OpenAIEmbeddings({
          model: o.model,
          apiKey: o.apiKey ?? 'unused',
          configuration: { baseURL: o.baseURL },
          encodingFormat: 'float',
          stripNewLines: false,
          maxRetries: o.maxRetries ?? 2,
          timeout: o.timeoutMs ?? 15_000,
        }),
    );
    return this.client;
  }

  /** Build it, learning the vector width from the server when it was not given. */
  static async connect(opts: OpenAIEmbedderOptions): Promise<OpenAIEmbedder> {
    if (opts.dimensions) return new OpenAIEmbedder(opts, opts.dimensions);
    const probe = await (await new OpenAIEmbedder(opts, 0).connection()).embedQuery('预算');
    return new OpenAIEmbedder(opts, probe.length);
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const vectors = await (await this.connection()).embedDocuments(texts);
    return vectors.map((v) => {
      if (this.dimensions && v.length !== this.dimensions) throw new Error(`${this.id} returned ${v.length} dimensions, expected ${this.dimensions}`);
      return Float32Array.from(v);
    });
  }
}

/** Index with the remote model; at query time, rebuild it only for an index it built (same model and endpoint). */
export function openAIEmbedderChoice(opts: OpenAIEmbedderOptions): EmbedderChoice {
  let connected: Promise<OpenAIEmbedder> | undefined;
  return {
    forCorpus: () => (connected ??= OpenAIEmbedder.connect(opts)),
    restore(saved: SavedEmbedder) {
      const e = new OpenAIEmbedder({ ...opts, dimensions: saved.dimensions }, saved.dimensions);
      return e.id === saved.id ? e : undefined;
    },
  };
}
