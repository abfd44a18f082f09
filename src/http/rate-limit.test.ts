import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows `limit` hits per window per key, then refuses until the window ends', () => {
    let now = 1_000_000;
    const rl = new RateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect(rl.hit('a').allowed).toBe(true);
    expect(rl.hit('a')).toMatchObject({ allowed: true, remaining: 0 });
    expect(rl.hit('a')).toMatchObject({ allowed: false, retryAfter: 60 });
    expect(rl.hit('b').allowed).toBe(true);
    now += 59_999;
    expect(rl.hit('a')).toMatchObject({ allowed: false, retryAfter: 1 });
    now += 1;
    expect(rl.hit('a').allowed).toBe(true);
  });

  it('remembers at most maxKeys keys, dropping expired windows first', () => {
    let now = 0;
    const rl = new RateLimiter({ limit: 1, windowMs: 1000, maxKeys: 3, now: () => now });
    for (const k of ['a', 'b', 'c']) rl.hit(k);
    now = 500;
    rl.hit('d');
    expect(rl.size).toBe(3);
    now = 2000;
    rl.hit('e');
    expect(rl.size).toBe(1);
  });
});
