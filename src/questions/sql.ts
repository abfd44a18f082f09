import { logWhere, queueWhere } from './filters.js';
import { FOLLOW_UP_SELECT } from './rows.js';
import type { Callback, LogFilter, QueueFilter, QuestionRecord } from './types.js';

/** SQL of the question log shared by its implementations (better-sqlite3 on Node, D1 on Workers). */

export type Statement = { sql: string; params: unknown[] };
const st = (sql: string, ...params: unknown[]): Statement => ({ sql, params });

export const insertQuestion = (q: QuestionRecord, at: string) =>
  st('INSERT INTO questions (conversation_id, asked_at, question, status, engine, elapsed_ms, answer) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id', q.conversationId, at, q.question, q.status, q.engine, q.elapsedMs, q.answer);

/** An unanswered question updates the conversation's open queue item, or opens one (at most one is open). */
export const queueUnanswered = (conversationId: string, reason: string, at: string): Statement[] => [
  st("UPDATE follow_ups SET reason = ?, updated_at = ? WHERE conversation_id = ? AND state = 'open'", reason, at, conversationId),
  st(
    `INSERT INTO follow_ups (conversation_id, reason, opened_at, updated_at) SELECT ?, ?, ?, ?
     WHERE NOT EXISTS (SELECT 1 FROM follow_ups WHERE conversation_id = ? AND state = 'open')`,
    conversationId, reason, at, at, conversationId,
  ),
];

/** A hand-over marks the open item (keeping earlier callback details a new one leaves out), or opens one as handed_over. */
export const handOverStatements = (conversationId: string, cb: Callback, at: string): Statement[] => [
  st(
    `UPDATE follow_ups SET handed_over = 1, updated_at = ?, callback_phone = coalesce(?, callback_phone),
     callback_email = coalesce(?, callback_email), callback_message = coalesce(?, callback_message) WHERE conversation_id = ? AND state = 'open'`,
    at, cb.phone ?? null, cb.email ?? null, cb.message ?? null, conversationId,
  ),
  st(
    `INSERT INTO follow_ups (conversation_id, reason, handed_over, opened_at, updated_at, callback_phone, callback_email, callback_message)
     SELECT ?, 'handed_over', 1, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM follow_ups WHERE conversation_id = ? AND state = 'open')`,
    conversationId, at, at, cb.phone ?? null, cb.email ?? null, cb.message ?? null, conversationId,
  ),
];

export const openItem = (conversationId: string) => st(`${FOLLOW_UP_SELECT} WHERE f.conversation_id = ? AND f.state = 'open'`, conversationId);
export const itemById = (id: number) => st(`${FOLLOW_UP_SELECT} WHERE f.id = ?`, id);
export const conversationQuestions = (conversationId: string) => st('SELECT * FROM questions WHERE conversation_id = ? ORDER BY id', conversationId);
export const hasConversation = (conversationId: string) => st('SELECT 1 AS x FROM questions WHERE conversation_id = ? LIMIT 1', conversationId);
export const resolveItem = (id: number, note: string, at: string) =>
  st("UPDATE follow_ups SET state = 'resolved', resolved_at = coalesce(resolved_at, ?), updated_at = ?, resolution_note = ? WHERE id = ?", at, at, note, id);

/** Questions and queue items older than the cutoff (ISO time). */
export const purgeStatements = (cutoff: string): Statement[] => [st('DELETE FROM questions WHERE asked_at < ?', cutoff), st('DELETE FROM follow_ups WHERE updated_at < ?', cutoff)];

/** The staff queue: its total and one page. */
export function queuePage(filter: QueueFilter): [Statement, Statement] {
  const w = queueWhere(filter);
  return [
    st(`SELECT count(*) AS n FROM follow_ups f ${w.sql}`, ...w.params),
    st(`${FOLLOW_UP_SELECT} ${w.sql} ORDER BY f.updated_at DESC, f.id DESC LIMIT ? OFFSET ?`, ...w.params, filter.limit ?? 100, filter.offset ?? 0),
  ];
}

/** The full log: its total and one page. */
export function logPage(filter: LogFilter): [Statement, Statement] {
  const w = logWhere(filter);
  return [
    st(`SELECT count(*) AS n FROM questions q ${w.sql}`, ...w.params),
    st(`SELECT q.* FROM questions q ${w.sql} ORDER BY q.id DESC LIMIT ? OFFSET ?`, ...w.params, filter.limit ?? 100, filter.offset ?? 0),
  ];
}

export const DAY_MS = 86_400_000;
export const PURGE_EVERY_MS = 3_600_000;
