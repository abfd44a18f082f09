-- State every isolate of a Worker shares (issue 13): conversation turns (a follow-up answered by another isolate keeps
-- its context) and fixed-window rate-limit counters. The Node server keeps both in its own memory and leaves these
-- tables empty.
CREATE TABLE conversation_turns (
  id              INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  at              INTEGER NOT NULL,          -- ms since the epoch
  question        TEXT NOT NULL,
  understanding   TEXT NOT NULL              -- JSON
);
CREATE INDEX conversation_turns_conversation ON conversation_turns (conversation_id, id);
CREATE INDEX conversation_turns_at ON conversation_turns (at);

CREATE TABLE rate_windows (
  scope        TEXT NOT NULL,                -- 'ask', 'handover'
  key          TEXT NOT NULL,                -- client address
  window_start INTEGER NOT NULL,             -- ms since the epoch
  count        INTEGER NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX rate_windows_start ON rate_windows (window_start);
