import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  /** Most keys remembered; expired windows are dropped first, then the oldest. */
  maxKeys?: number;
  now?: () => number;
}

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window resets. */
  retryAfter: number;
}

/** A fixed-window counter per key: in this process's memory (Node), or shared by every isolate (D1 on Workers). */
export interface RateLimiter {
  readonly limit: number;
  /** Count one request for `key` and say whether it is allowed. */
  hit(key: string): Promise<RateDecision>;
}

/** Makes the limiter of one scope (`ask`, `handover`): each scope counts on its own. */
export type RateLimiterFactory = (scope: string, opts: { limit: number; windowMs: number }) => RateLimiter;

/** Fixed-window counter per key, in memory (one per app instance). */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly opts: RateLimiterOptions) {
    this.now = opts.now ?? Date.now;
    this.maxKeys = opts.maxKeys ?? 50_000;
  }

  async hit(key: string): Promise<RateDecision> {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.opts.windowMs) {
      this.windows.delete(key);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > this.maxKeys) this.prune(now);
    }
    w.count++;
    const retryAfter = Math.max(1, Math.ceil((w.start + this.opts.windowMs - now) / 1000));
    return { allowed: w.count <= this.opts.limit, remaining: Math.max(0, this.opts.limit - w.count), retryAfter };
  }

  private prune(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.opts.windowMs) this.windows.delete(k);
    while (this.windows.size > this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
  }

  get limit(): number {
    return this.opts.limit;
  }

  get size(): number {
    return this.windows.size;
  }
}

/** 429 with the JSON envelope and Retry-After once a key has used its window. Unknown addresses share one key. */
export function rateLimit(
  limiter: RateLimiter,
  key: (c: Context) => string | undefined,
  applies: (c: Context) => boolean = () => true,
): MiddlewareHandler {
  return async (c, next) => {
    if (!applies(c)) return next();
    const d = await limiter.hit(key(c) ?? 'unknown');
    c.header('RateLimit-Limit', String(limiter.limit));
    c.header('RateLimit-Remaining', String(d.remaining));
    if (!d.allowed) {
      c.header('Retry-After', String(d.retryAfter));
      return c.json(errorBody('rate_limited', `too many requests; try again in ${d.retryAfter} s`), 429);
    }
    await next();
  };
}
