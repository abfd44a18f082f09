-- Documents, their facts with source spans, passages, glossary entries and parse warnings.
CREATE TABLE documents (
  id            TEXT PRIMARY KEY,          -- sha256 of the source text (first 16 hex chars)
  source_name   TEXT NOT NULL,
  title         TEXT NOT NULL,
  department    TEXT NOT NULL,
  year          INTEGER NOT NULL,
  text          TEXT NOT NULL,
  contact_json  TEXT,
  sub_units_json TEXT NOT NULL,
  ingested_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_source ON documents(source_name);

CREATE TABLE facts (
  id             TEXT PRIMARY KEY,         -- <doc id>:<key>
  doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  key            TEXT NOT NULL,
  label          TEXT NOT NULL,
  year           INTEGER NOT NULL,
  value          TEXT NOT NULL,            -- decimal string, never a float
  unit           TEXT NOT NULL,
  span_start     INTEGER NOT NULL,
  span_end       INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,
  change         TEXT,
  change_percent TEXT,
  change_note    TEXT,
  change_start   INTEGER,
  change_end     INTEGER,
  reason         TEXT,
  reason_start   INTEGER,
  reason_end     INTEGER,
  usage          TEXT,
  usage_start    INTEGER,
  usage_end      INTEGER,
  sub_unit       TEXT,
  as_of          TEXT
);
CREATE INDEX facts_doc ON facts(doc_id, key);

CREATE TABLE passages (
  doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  id           TEXT NOT NULL,
  heading_path TEXT NOT NULL,              -- JSON array
  text         TEXT NOT NULL,
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  PRIMARY KEY (doc_id, id)
);

CREATE TABLE glossary (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  term       TEXT NOT NULL,
  definition TEXT NOT NULL,
  parent     TEXT,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL
);
CREATE INDEX glossary_doc ON glossary(doc_id);

CREATE TABLE warnings (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  message    TEXT NOT NULL,
  quote      TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL
);
