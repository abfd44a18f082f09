import type { DocumentBundle, ParsedDocument, ParseWarning, StoredDocument, StoredFact, StoredGlossaryEntry, StoredPassage } from '../domain/types.js';

export type { DocumentBundle, StoredGlossaryEntry, StoredPassage };
import type { IndexSummary, TextHit, TextSearchOptions } from '../domain/retrieval.js';

export interface DocumentSummary {
  id: string;
  sourceName: string;
  title: string;
  department: string;
  year: number;
  factCount: number;
  /** Names of the sub-units the document lists (单位构成), in order. */
  subUnits: string[];
}

/** Facts matching every given condition. No silent cap: without `limit` every match is returned. */
export interface FactQuery {
  docId?: string;
  /** Only these documents. */
  docIds?: string[];
  /** Exactly these keys (e.g. `sangong.total`), across documents. */
  keys?: string[];
  /** Matches the key prefix, the label, or the sub-unit (substring). */
  text?: string;
  limit?: number;
  offset?: number;
}

export interface Page {
  limit: number;
  offset: number;
}



/** Read side, shared by every runtime (better-sqlite3 on Node, D1 on Workers). No driver types leak out. */
export interface Store {
  /** Every document's summary: the catalog a router reads (all of it, explicitly — it holds no text). */
  listDocuments(): Promise<DocumentSummary[]>;
  /** One page of the documents in catalog order, with the total. */
  documentsPage(page: Page): Promise<{ documents: DocumentSummary[]; total: number }>;
  /** Changes whenever a document is added, replaced or removed (a running server reloads its catalog). */
  catalogVersion(): Promise<number>;
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /** A document with its facts, passages and glossary, read in one snapshot. */
  documentBundle(id: string): Promise<DocumentBundle | undefined>;
  /** Facts with their quoted sentence, in document order. */
  facts(query: FactQuery): Promise<StoredFact[]>;
  countFacts(query: FactQuery): Promise<number>;
  passages(docId: string): Promise<StoredPassage[]>;
  glossary(docId: string): Promise<StoredGlossaryEntry[]>;
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
