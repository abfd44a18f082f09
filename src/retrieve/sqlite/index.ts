/** The better-sqlite3 side of retrieval, used by src/store/sqlite only. */
export { SqliteRetrieval } from './backend.js';
export { backfillTextIndex, indexDocumentText } from './text-index.js';
export { syncVectors } from './vectors.js';
