/** The better-sqlite3 side of retrieval: the text index src/store/sqlite is given. */
import type Database from 'better-sqlite3';
import type { TextIndex } from '../../domain/retrieval.js';
import type { GlossaryEntry, Passage } from '../../domain/types.js';
import type { EmbedderChoice } from '../embedder.js';
import { hybridSearch, hybridSettings, type HybridSettings } from '../hybrid.js';
import { SqliteRetrieval } from './backend.js';
import { backfillTextIndex, indexDocumentText } from './text-index.js';
import { syncVectors } from './vectors.js';

export { SqliteRetrieval, backfillTextIndex, indexDocumentText, syncVectors };

/**
 * Hybrid search (FTS5 BM25 + sqlite-vec KNN) for a SQLite store, with `choice` embedding records at sync time and
 * rebuilding the query embedder from what the index saved.
 */
export function sqliteTextIndex(choice: EmbedderChoice, overrides: Partial<HybridSettings> = {}) {
  return (db: Database.Database): TextIndex & {
    indexDocument(docId: string, passages: Array<Pick<Passage, 'id' | 'headingPath' | 'text'>>, glossary: Array<Pick<GlossaryEntry, 'term' | 'definition'>>): void;
  } => {
    const settings = hybridSettings(overrides);
    const retrieval = new SqliteRetrieval(db, choice);
    return {
      indexDocument: (docId, passages, glossary) => void indexDocumentText(db, docId, passages, glossary, settings.segment),
      search: (query, opts = {}) => hybridSearch(retrieval, query, opts, settings),
      async sync() {
        db.transaction(() => backfillTextIndex(db, settings.segment))();
        const summary = await syncVectors(db, choice);
        retrieval.reset();
        return summary;
      },
      reset: () => retrieval.reset(),
    };
  };
}
