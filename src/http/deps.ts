import type { Context } from 'hono';
import type { RequestIdVariables } from 'hono/request-id';
import type { DocumentCatalog } from '../domain/document-catalog.js';
import type { QuestionLog } from '../questions/types.js';
import type { AnswerService } from '../service/answer-service.js';
import type { AnsweredEvent } from '../service/answer-turn.js';
import type { Conversations } from '../service/conversations.js';
import type { Store } from '../store/store.js';
import type { RateLimiterFactory } from './rate-limit.js';
import type { WebAssets } from './web-assets.js';

export type { AnsweredEvent };

/** What every handler can read from its context: the request id (also sent as X-Request-Id). */
export type AppEnv = { Variables: RequestIdVariables };

/**
 * What the HTTP app is built from. Every runtime-specific piece (connection address, files, state shared across
 * isolates) arrives here from src/entry/node.ts or src/entry/worker.ts; the routes read only this module.
 */
export interface AppDeps {
  store: Store;
  /** The documents loaded now, with their departments (reloaded when the store changes). */
  catalog: () => Promise<DocumentCatalog>;
  answers: AnswerService;
  conversations: Conversations;
  /** Called (and awaited) after every answer: the question log hooks in here. */
  onAnswered?: (event: AnsweredEvent) => void | Promise<void>;
  /** The client's address as the runtime saw the connection (for rate limits and the log). */
  clientAddress?: (c: Context) => string | undefined;
  /** Structured event log (one JSON object per event). */
  log: (event: Record<string, unknown>) => void;
  maxBodyBytes?: number;
  /** Question log and follow-up queue (hand-over and the staff console need it). */
  questions?: QuestionLog;
  /** Bearer token of the staff console; unset: /staff and /api/staff/* answer 404. */
  staffToken?: string;
  /** Questions (and hand-overs) per minute per client address; unset: no limit. */
  rateLimitPerMinute?: number;
  /** Client addresses the rate limit does not apply to. */
  rateLimitExempt?: string[];
  /** Where the rate-limit counters live (default: this process's memory). */
  rateLimiter?: RateLimiterFactory;
  /** Portal and console files, loaded by the runtime adapter. */
  assets?: WebAssets;
}
