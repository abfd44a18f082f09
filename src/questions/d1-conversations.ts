import type { Understanding } from '../answer/index.js';
import type { D1Database } from '../domain/d1.js';
import type { ConversationLimits, Conversations, Turn } from '../service/conversations.js';

/** Expired turns are deleted at most this often per isolate. */
const PURGE_EVERY_MS = 10 * 60_000;

/**
 * Conversations on D1 (Workers): every isolate reads the same turns, so a follow-up that lands on another isolate
 * keeps its context. A conversation expires `ttlMs` after its last turn and keeps its latest `maxTurns` turns; the
 * number of conversations is bounded by the TTL (expired turns are purged), not by memory.
 */
export class D1Conversations implements Conversations {
  private lastPurge = 0;

  constructor(
    private readonly db: D1Database,
    private readonly limits: Pick<ConversationLimits, 'ttlMs' | 'maxTurns'>,
    private readonly now: () => number = Date.now,
  ) {}

  async last(id: string): Promise<Turn | undefined> {
    const row = await this.db
      .prepare('SELECT question, understanding, at FROM conversation_turns WHERE conversation_id = ? ORDER BY id DESC LIMIT 1')
      .bind(id)
      .first<{ question: string; understanding: string; at: number }>();
    if (!row || this.now() - row.at > this.limits.ttlMs) return undefined;
    return { question: row.question, understanding: JSON.parse(row.understanding) as Understanding, at: row.at };
  }

  /** Stores the turn at this store's clock (expiry counts from a conversation's latest turn). */
  async append(id: string, turn: Turn): Promise<void> {
    const now = this.now();
    const statements = [
      this.db.prepare('INSERT INTO conversation_turns (conversation_id, at, question, understanding) VALUES (?, ?, ?, ?)').bind(id, now, turn.question, JSON.stringify(turn.understanding)),
      this.db
        .prepare('DELETE FROM conversation_turns WHERE conversation_id = ?1 AND id NOT IN (SELECT id FROM conversation_turns WHERE conversation_id = ?1 ORDER BY id DESC LIMIT ?2)')
        .bind(id, this.limits.maxTurns),
    ];
    if (now - this.lastPurge > PURGE_EVERY_MS) {
      this.lastPurge = now;
      statements.push(
        this.db
          .prepare('DELETE FROM conversation_turns WHERE conversation_id IN (SELECT conversation_id FROM conversation_turns GROUP BY conversation_id HAVING max(at) < ?)')
          .bind(now - this.limits.ttlMs),
      );
    }
    await this.db.batch(statements);
  }
}
