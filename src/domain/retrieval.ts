import type { Span } from './types.js';

export type SearchMode = 'hybrid' | 'fts' | 'vector';

export interface TextSearchOptions {
  /** Only this document's passages and glossary entries. */
  docId?: string;
  /** Only passages, or only glossary entries (e.g. glossary first for a definition question). */
  kind?: 'passage' | 'glossary';
  /** Most hits returned (default 5). */
  k?: number;
  /** `fts` or `vector` alone, for evaluation; default `hybrid`. */
  mode?: SearchMode;
  /** Override the calibrated relevance threshold (0 keeps everything the rankers returned). */
  minRelevance?: number;
}

/** A passage or glossary entry that answers a query, with exact provenance. */
export interface TextHit {
  kind: 'passage' | 'glossary';
  docId: string;
  /** The passage id (`p<n>`) or the glossary term. */
  id: string;
  /** The passage text, or the glossary definition: always `document.text.slice(span.start, span.end)`. */
  text: string;
  span: Span;
  headingPath?: string[];
  term?: string;
  /** For a glossary sub-item (公务接待费 inside "三公"经费). */
  parent?: string;
  /** Reciprocal-rank-fusion score: the order of the hits. */
  score: number;
  /** Share (0–1) of the query's weighted character n-grams found in this record: what the threshold applies to. */
  relevance: number;
  /** 1-based rank in the keyword (BM25) list, when it was there. */
  ftsRank?: number;
  /** 1-based rank in the vector (KNN) list, when it was there. */
  vecRank?: number;
}

/** What re-indexing did. */
export interface IndexSummary {
  /** Id of the embedder the vectors now come from. */
  embedder: string;
  records: number;
  /** Records embedded by this call (0 when the index was up to date). */
  embedded: number;
  /** True when every vector was recomputed: first index, or a different embedder (id or width). */
  rebuilt: boolean;
}

/** Passages or glossary entries retrieved for a question, best first, as the answer engine reads them. */
export interface RetrievedText {
  kind: 'passage' | 'glossary';
  text: string;
  span: Span;
  term?: string;
  score: number;
}

/**
 * Search over a store's passages and glossary, as the store is given it (the store never builds one): the
 * retrieval layer implements it for each database (better-sqlite3, D1).
 */
export interface TextIndex {
  /** Passages and glossary entries answering a query, best first; [] when nothing is relevant. */
  search(query: string, opts?: TextSearchOptions): Promise<TextHit[]>;
  /** Bring vectors and corpus statistics in line with the stored records (the store's syncIndex). */
  sync(): Promise<IndexSummary>;
  /** The documents changed under a running reader: forget cached models. */
  reset(): void;
}
