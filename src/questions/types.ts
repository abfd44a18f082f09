import type { AnswerStatus } from '../domain/answer.js';

/** Why a conversation sits in the follow-up queue. */
export const FOLLOW_UP_REASONS = ['not_found', 'out_of_scope', 'clarify', 'handed_over'] as const;
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];

/** Answer statuses that put a conversation in the queue by themselves. */
export const QUEUED_STATUSES: ReadonlySet<AnswerStatus> = new Set(['not_found', 'out_of_scope', 'clarify']);

export type QueueState = 'open' | 'resolved';

export interface QuestionRecord {
  conversationId: string;
  question: string;
  status: AnswerStatus;
  engine: string;
  elapsedMs: number;
  answer: string;
}

export interface LoggedQuestion extends QuestionRecord {
  id: number;
  /** ISO 8601, UTC. */
  askedAt: string;
}

/** What the caller typed when handing over: all optional, already validated. Never shown on a public route. */
export interface Callback {
  phone?: string;
  email?: string;
  message?: string;
}

export interface QueueItem {
  id: number;
  conversationId: string;
  /** The latest reason: the last unanswered status, or `handed_over` when the user asked for staff on answered questions. */
  reason: FollowUpReason;
  handedOver: boolean;
  state: QueueState;
  openedAt: string;
  updatedAt: string;
  latestQuestion: string;
  questionCount: number;
  callback: Callback;
  resolvedAt?: string;
  note?: string;
}

export interface QueueFilter {
  /** open (default), resolved, or all. */
  state?: QueueState | 'all';
  reason?: FollowUpReason;
  /** Inclusive calendar dates (YYYY-MM-DD, China Standard Time) on the day the item was opened. */
  from?: string;
  to?: string;
  /** Substring of any question in the conversation, the caller's message or the staff note. */
  text?: string;
  limit?: number;
  offset?: number;
}

export interface LogFilter {
  status?: AnswerStatus;
  from?: string;
  to?: string;
  text?: string;
  limit?: number;
  offset?: number;
}

/** The question log and follow-up queue: the only runtime write of the service, in its own database. */
export interface QuestionLog {
  record(q: QuestionRecord): Promise<LoggedQuestion>;
  hasConversation(conversationId: string): Promise<boolean>;
  /** Put the conversation in the queue as handed over (reusing its open item), with the optional callback. */
  handOver(conversationId: string, callback: Callback): Promise<QueueItem>;
  queue(filter?: QueueFilter): Promise<{ items: QueueItem[]; total: number }>;
  item(id: number): Promise<{ item: QueueItem; conversation: LoggedQuestion[] } | undefined>;
  resolve(id: number, note: string): Promise<QueueItem | undefined>;
  questions(filter?: LogFilter): Promise<{ questions: LoggedQuestion[]; total: number }>;
  /** Delete everything older than the retention period; returns the number of rows deleted. */
  purge(): Promise<number>;
  close(): Promise<void>;
}
