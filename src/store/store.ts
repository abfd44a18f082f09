import type { GlossaryEntry, ParsedDocument, ParseWarning, Passage, StoredDocument, StoredFact } from '../domain/types.js';
import type { IndexSummary, TextHit, TextSearchOptions } from '../retrieve/types.js';

export interface DocumentSummary {
  id: string;
  sourceName: string;
  title: string;
  department: string;
  year: number;
  factCount: number;
}

export interface FactQuery {
  docId?: string;
  /** Matches the key prefix, the label, or the sub-unit (substring). */
  text?: string;
  limit?: number;
}

export interface StoredPassage extends Passage {
  docId: string;
}

export interface StoredGlossaryEntry extends GlossaryEntry {
  docId: string;
}

/** Read side, shared by every runtime (better-sqlite3 on Node, D1 on Workers). No driver types leak out. */
export interface Store {
  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<StoredDocument | undefined>;
  facts(query?: FactQuery): Promise<StoredFact[]>;
  passages(docId?: string): Promise<StoredPassage[]>;
  glossary(docId?: string): Promise<StoredGlossaryEntry[]>;
  warnings(docId: string): Promise<ParseWarning[]>;
  /** Passages and glossary entries answering a query (hybrid BM25 + vectors), best first; [] when nothing is relevant. */
  searchText(query: string, opts?: TextSearchOptions): Promise<TextHit[]>;
  close(): Promise<void>;
}

export interface IngestResult {
  docId: string;
  /** True when a document with the same content or source name was replaced. */
  replaced: boolean;
  facts: number;
}

/** Write side: only ingest writes facts. One transaction per document. */
export interface WritableStore extends Store {
  putDocument(sourceName: string, text: string, parsed: ParsedDocument): Promise<IngestResult>;
  /** Bring the retrieval index up to date (vectors are computed here, not in putDocument); ingest calls it once per batch. */
  syncIndex(): Promise<IndexSummary>;
}
