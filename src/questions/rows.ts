import type { AnswerStatus } from '../domain/answer.js';
import type { FollowUpReason, LoggedQuestion, QueueItem, QueueState } from './types.js';

export interface QuestionRow {
  id: number;
  conversation_id: string;
  asked_at: string;
  question: string;
  status: AnswerStatus;
  engine: string;
  elapsed_ms: number;
  answer: string;
}

export interface FollowUpRow {
  id: number;
  conversation_id: string;
  reason: FollowUpReason;
  handed_over: 0 | 1;
  state: QueueState;
  opened_at: string;
  updated_at: string;
  callback_phone: string | null;
  callback_email: string | null;
  callback_message: string | null;
  resolved_at: string | null;
  resolution_note: string | null;
  latest_question: string | null;
  question_count: number;
}

/** Columns of a queue item, with the conversation's latest question and its length. */
export const FOLLOW_UP_SELECT = `SELECT f.*,
  (SELECT q.question FROM questions q WHERE q.conversation_id = f.conversation_id ORDER BY q.id DESC LIMIT 1) AS latest_question,
  (SELECT count(*) FROM questions q WHERE q.conversation_id = f.conversation_id) AS question_count
  FROM follow_ups f`;

export function rowToQuestion(r: QuestionRow): LoggedQuestion {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    askedAt: r.asked_at,
    question: r.question,
    status: r.status,
    engine: r.engine,
    elapsedMs: r.elapsed_ms,
    answer: r.answer,
  };
}

export function rowToItem(r: FollowUpRow): QueueItem {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    reason: r.reason,
    handedOver: r.handed_over === 1,
    state: r.state,
    openedAt: r.opened_at,
    updatedAt: r.updated_at,
    latestQuestion: r.latest_question ?? '',
    questionCount: r.question_count,
    callback: {
      ...(r.callback_phone ? { phone: r.callback_phone } : {}),
      ...(r.callback_email ? { email: r.callback_email } : {}),
      ...(r.callback_message ? { message: r.callback_message } : {}),
    },
    ...(r.resolved_at ? { resolvedAt: r.resolved_at } : {}),
    ...(r.resolution_note ? { note: r.resolution_note } : {}),
  };
}
