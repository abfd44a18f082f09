-- Retrieval index (issue 4): one row per searchable record (passage or glossary entry), a word-level FTS5 index over
-- them, and what built the vectors. The vectors themselves live in a sqlite-vec table whose width depends on the
-- embedder, so src/retrieve/sqlite/vectors.ts creates it when an embedder first indexes (and re-creates it when the
-- embedder changes):
--   CREATE VIRTUAL TABLE retrieval_vec USING vec0(doc_id text, kind text, embedding float[<dimensions>] distance_metric=cosine, chunk_size=128)
-- Its rowids are retrieval_items.id.
CREATE TABLE retrieval_items (
  id     INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: FTS5 and vector rowids follow it
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind   TEXT NOT NULL CHECK (kind IN ('passage', 'glossary')),
  ref    TEXT NOT NULL,                    -- passage id (p<n>) or glossary term
  chunk  INTEGER NOT NULL DEFAULT 0,       -- a long passage is indexed as several chunks of whole clauses
  text   TEXT NOT NULL,                    -- what is indexed: headings + chunk, or term + definition
  UNIQUE (doc_id, kind, ref, chunk)
);

-- Words from Intl.Segmenter('zh'), space-joined: unicode61 then sees one token per word. Chosen over the trigram
-- tokenizer, which cannot match two-character queries (三公, 车辆): eval/retrieval/measure-tokenizers.ts.
CREATE VIRTUAL TABLE retrieval_fts USING fts5(words, tokenize = 'unicode61');

CREATE TRIGGER retrieval_items_delete AFTER DELETE ON retrieval_items BEGIN
  DELETE FROM retrieval_fts WHERE rowid = old.id;
END;

-- 'embedder': JSON {id, dimensions, state} of the embedder behind retrieval_vec;
-- 'ngrams': the character n-gram model (document frequencies) behind the relevance threshold.
CREATE TABLE retrieval_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
