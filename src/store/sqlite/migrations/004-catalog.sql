-- Many departments in one database (issue 11): each fact keeps the sentence it stands in (so a figure can be cited
-- without loading its document's text), facts are found by key across documents, and a catalog version tells a
-- running server that documents were added or replaced (it reloads its catalog without a restart).
ALTER TABLE facts ADD COLUMN quote TEXT;
CREATE INDEX facts_key ON facts(key, year);

CREATE TABLE store_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO store_meta (key, value) VALUES ('catalog_version', '0');
