/** Turns texts into vectors. One interface, two implementations: local hashed n-grams (default) and an OpenAI-compatible API. */
export interface Embedder {
  /** Changes whenever the vectors would change (model, parameters, learned weights): the index is rebuilt when it does. */
  id: string;
  dimensions: number;
  embed(texts: string[]): Promise<Float32Array[]>;
  /** What must be saved with the index to rebuild this embedder at query time (the local one's idf table). */
  state?(): string;
}

/** What the index remembers about the embedder that built it. */
export interface SavedEmbedder {
  id: string;
  dimensions: number;
  state: string | null;
  /** How the vector table is laid out (rebuilt when it changes). */
  layout?: string;
}

/**
 * How a store gets its embedder: `forCorpus` at index time (the local embedder learns idf weights from the corpus),
 * `restore` at query time from what the index saved (undefined when this choice cannot rebuild it).
 */
export interface EmbedderChoice {
  forCorpus(corpus: string[]): Embedder | Promise<Embedder>;
  restore(saved: SavedEmbedder): Embedder | undefined;
}

/** Embed texts and check what came back: one vector per text, each of the embedder's width (a remote model may not). */
export async function embedAll(embedder: Embedder, texts: string[]): Promise<Float32Array[]> {
  const vectors = texts.length ? await embedder.embed(texts) : [];
  if (vectors.length !== texts.length) throw new Error(`embedder ${embedder.id} returned ${vectors.length} vectors for ${texts.length} texts`);
  for (const v of vectors) if (v.length !== embedder.dimensions) throw new Error(`embedder ${embedder.id} returned a vector of ${v.length} dimensions, not ${embedder.dimensions}`);
  return vectors;
}
