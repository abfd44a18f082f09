-- Question log and follow-up queue (a separate, writable database from the read-only facts).
CREATE TABLE questions (
  id INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  asked_at TEXT NOT NULL,
  question TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('answered', 'not_found', 'out_of_scope', 'clarify')),
  engine TEXT NOT NULL,
  elapsed_ms REAL NOT NULL,
  answer TEXT NOT NULL
);
CREATE INDEX questions_conversation ON questions (conversation_id, id);
CREATE INDEX questions_asked_at ON questions (asked_at);

CREATE TABLE follow_ups (
  id INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('not_found', 'out_of_scope', 'clarify', 'handed_over')),
  handed_over INTEGER NOT NULL DEFAULT 0 CHECK (handed_over IN (0, 1)),
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
  opened_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  callback_phone TEXT,
  callback_email TEXT,
  callback_message TEXT,
  resolved_at TEXT,
  resolution_note TEXT
);
-- At most one open item per conversation: later unanswered questions and the hand-over update it.
CREATE UNIQUE INDEX follow_ups_one_open ON follow_ups (conversation_id) WHERE state = 'open';
CREATE INDEX follow_ups_opened_at ON follow_ups (opened_at);
CREATE INDEX follow_ups_updated_at ON follow_ups (updated_at);
