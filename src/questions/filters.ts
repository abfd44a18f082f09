import type { LogFilter, QueueFilter } from './types.js';

/** China Standard Time has no daylight saving: a calendar day there starts at 16:00 UTC the day before. */
const CST_OFFSET = '+08:00';
const DAY_MS = 86_400_000;

/** First instant (ISO, UTC) of a CST calendar date `YYYY-MM-DD`. */
export function cstDayStart(date: string): string {
  return new Date(`${date}T00:00:00${CST_OFFSET}`).toISOString();
}

/** First instant after a CST calendar date (exclusive upper bound). */
export function cstDayEnd(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00${CST_OFFSET}`) + DAY_MS).toISOString();
}

export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export interface Where {
  sql: string;
  params: unknown[];
}

function join(clauses: string[], params: unknown[]): Where {
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function dateClauses(column: string, f: { from?: string; to?: string }, clauses: string[], params: unknown[]): void {
  if (f.from) {
    clauses.push(`${column} >= ?`);
    params.push(cstDayStart(f.from));
  }
  if (f.to) {
    clauses.push(`${column} < ?`);
    params.push(cstDayEnd(f.to));
  }
}

/** WHERE clause over `follow_ups f` for the staff queue. */
export function queueWhere(f: QueueFilter): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const state = f.state ?? 'open';
  if (state !== 'all') {
    clauses.push('f.state = ?');
    params.push(state);
  }
  if (f.reason === 'handed_over') clauses.push('f.handed_over = 1');
  else if (f.reason) {
    clauses.push('f.reason = ?');
    params.push(f.reason);
  }
  dateClauses('f.opened_at', f, clauses, params);
  if (f.text) {
    const like = likePattern(f.text);
    clauses.push(
      `(EXISTS (SELECT 1 FROM questions q WHERE q.conversation_id = f.conversation_id AND q.question LIKE ? ESCAPE '\\')
        OR f.callback_message LIKE ? ESCAPE '\\' OR f.resolution_note LIKE ? ESCAPE '\\')`,
    );
    params.push(like, like, like);
  }
  return join(clauses, params);
}

/** WHERE clause over `questions q` for the full log. */
export function logWhere(f: LogFilter): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (f.status) {
    clauses.push('q.status = ?');
    params.push(f.status);
  }
  dateClauses('q.asked_at', f, clauses, params);
  if (f.text) {
    clauses.push("q.question LIKE ? ESCAPE '\\'");
    params.push(likePattern(f.text));
  }
  return join(clauses, params);
}
