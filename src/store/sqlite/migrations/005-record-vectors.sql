-- Vectors stored per record (issue 13), for databases without sqlite-vec — D1 on Workers: one row per retrieval record,
-- its embedding as float32 bytes (little-endian), the document and kind beside it so a search reads one document's
-- vectors and computes the similarity itself. The better-sqlite3 store keeps its vectors in the sqlite-vec table
-- (retrieval_vec, created in code) and leaves this one empty; `budget-qa export-d1` fills it from that table.
CREATE TABLE retrieval_vectors (
  item_id   INTEGER PRIMARY KEY REFERENCES retrieval_items(id) ON DELETE CASCADE,
  doc_id    TEXT NOT NULL,
  kind      TEXT NOT NULL,
  embedding BLOB NOT NULL
);
CREATE INDEX retrieval_vectors_doc ON retrieval_vectors(doc_id, kind);
