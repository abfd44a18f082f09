/**
 * Retrieval over passages and glossary entries: embedders, hybrid (BM25 + vectors) search, answer trimming.
 * Runtime-neutral (Node and Workers); the OpenAI-compatible embedder, which loads LangChain, has its own door:
 * ./remote.ts.
 */
export type { Embedder, EmbedderChoice, SavedEmbedder } from './embedder.js';
export { LocalEmbedder, localEmbedderChoice, DEFAULT_LOCAL_PARAMS, type LocalEmbedderParams } from './local-embedder.js';
export { NgramModel, DEFAULT_NGRAM_PARAMS, type NgramParams } from './ngram-model.js';
export { hybridSearch, hybridSettings, DEFAULT_HYBRID, type HybridSettings, type RetrievalBackend, type RetrievalRecord } from './hybrid.js';
export { trimToAnswer, type TrimmedPiece } from './trim.js';
export { contentOf } from './query-text.js';
export type { IndexSummary, SearchMode, TextHit, TextSearchOptions } from '../domain/retrieval.js';
