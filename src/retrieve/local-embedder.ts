import type { Embedder, EmbedderChoice, SavedEmbedder } from './embedder.js';
import { DEFAULT_NGRAM_PARAMS, NgramModel, type NgramParams } from './ngram-model.js';
import { fnv1a } from './ngrams.js';

export interface LocalEmbedderParams {
  /** A power of two: the gram hash is folded into this many buckets. */
  dimensions: number;
  seed: number;
}

export const DEFAULT_LOCAL_PARAMS: LocalEmbedderParams = { dimensions: 2048, seed: 0x811c9dc5 };

/**
 * The default embedder: no network, no model download. Character uni/bi/tri-grams weighted by tf-idf (idf learned
 * from the indexed corpus), hashed into `dimensions` signed buckets, L2-normalised. Deterministic; its id names every
 * parameter and the fingerprint of the idf table, so a different corpus or setting re-indexes.
 */
export class LocalEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;

  constructor(readonly model: NgramModel, private readonly params: LocalEmbedderParams = DEFAULT_LOCAL_PARAMS) {
    if (!Number.isInteger(Math.log2(params.dimensions))) throw new Error('dimensions must be a power of two');
    const p = model.params;
    this.dimensions = params.dimensions;
    this.id = `local-ngram-v1:d${params.dimensions}:n${p.minN}-${p.maxN}:w${p.weights.join(',')}:s${params.seed}:idf-${model.fingerprint}`;
  }

  static fit(corpus: string[], ngrams: NgramParams = DEFAULT_NGRAM_PARAMS, params: LocalEmbedderParams = DEFAULT_LOCAL_PARAMS) {
    return new LocalEmbedder(NgramModel.fit(corpus, ngrams), params);
  }

  static fromState(state: string): LocalEmbedder {
    const saved = JSON.parse(state) as { params: LocalEmbedderParams; model: string };
    return new LocalEmbedder(NgramModel.parse(saved.model), saved.params);
  }

  state(): string {
    return JSON.stringify({ params: this.params, model: this.model.serialize() });
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.embedOne(t));
  }

  embedOne(text: string): Float32Array {
    const v = new Float32Array(this.dimensions);
    const mask = this.dimensions - 1;
    for (const [gram, w] of this.model.weigh(text)) {
      const h = fnv1a(gram, this.params.seed);
      v[h & mask]! += h & 0x80000000 ? -w : w;
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
    return v;
  }
}

const LOCAL_PREFIX = 'local-ngram-v1:';

/** Rebuild a saved local embedder (any choice can, since its whole state is in the index). */
export function restoreLocal(saved: SavedEmbedder): LocalEmbedder | undefined {
  if (!saved.id.startsWith(LOCAL_PREFIX) || saved.state === null) return undefined;
  const e = LocalEmbedder.fromState(saved.state);
  return e.id === saved.id ? e : undefined;
}

export function localEmbedderChoice(ngrams: NgramParams = DEFAULT_NGRAM_PARAMS, params: LocalEmbedderParams = DEFAULT_LOCAL_PARAMS): EmbedderChoice {
  return { forCorpus: (corpus) => LocalEmbedder.fit(corpus, ngrams, params), restore: restoreLocal };
}
