import type { D1Database } from '../domain/d1.js';
import type { RateDecision, RateLimiter } from '../http/rate-limit.js';

/** Windows that ended long ago are deleted at most this often per isolate. */
const PURGE_EVERY_MS = 10 * 60_000;

/**
 * A fixed-window counter per key on D1, shared by every isolate of the Worker: one UPSERT counts the hit (a new
 * window starts at 1 when the old one has ended) and returns the window, atomically. `scope` keeps the limiters of
 * /api/ask and /api/handover apart in one table.
 */
export class D1RateLimiter implements RateLimiter {
  private lastPurge = 0;

  constructor(
    private readonly db: D1Database,
    private readonly scope: string,
    private readonly opts: { limit: number; windowMs: number; now?: () => number },
  ) {}

  get limit(): number {
    return this.opts.limit;
  }

  async hit(key: string): Promise<RateDecision> {
    const now = (this.opts.now ?? Date.now)();
    const ended = now - this.opts.windowMs;
    const count = this.db
      .prepare(
        `INSERT INTO rate_windows (scope, key, window_start, count) VALUES (?1, ?2, ?3, 1)
         ON CONFLICT (scope, key) DO UPDATE SET
           count = CASE WHEN window_start <= ?4 THEN 1 ELSE count + 1 END,
           window_start = CASE WHEN window_start <= ?4 THEN ?3 ELSE window_start END
         RETURNING window_start, count`,
      )
      .bind(this.scope, key, now, ended);
    const statements = [count];
    if (now - this.lastPurge > PURGE_EVERY_MS) {
      this.lastPurge = now;
      statements.push(this.db.prepare('DELETE FROM rate_windows WHERE window_start <= ? AND scope = ?').bind(ended, this.scope));
    }
    const [result] = await this.db.batch<{ window_start: number; count: number }>(statements);
    const w = result!.results[0]!;
    const retryAfter = Math.max(1, Math.ceil((w.window_start + this.opts.windowMs - now) / 1000));
    return { allowed: w.count <= this.opts.limit, remaining: Math.max(0, this.opts.limit - w.count), retryAfter };
  }
}
