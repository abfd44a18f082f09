import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from './rate-limit.js';

describe('MemoryRateLimiter', () => {
  it('allows `limit` hits per window per key, then refuses until the window ends', async () => {
    let now = 1_000_000;
    const rl = new MemoryRateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect((await rl.hit('a')).allowed).toBe(true);
    expect(await rl.hit('a')).toMatchObject({ allowed: true, remaining: 0 });
    expect(await rl.hit('a')).toMatchObject({ allowed: false, retryAfter: 60 });
    expect((await rl.hit('b')).allowed).toBe(true);
    now += 59_999;
    expect(await rl.hit('a')).toMatchObject({ allowed: false, retryAfter: 1 });
    now += 1;
    expect((await rl.hit('a')).allowed).toBe(true);
  });

  it('remembers at most maxKeys keys, dropping expired windows first', async () => {
    let now = 0;
    const rl = new MemoryRateLimiter({ limit: 1, windowMs: 1000, maxKeys: 3, now: () => now });
    for (const k of ['a', 'b', 'c']) await rl.hit(k);
    now = 500;
    await rl.hit('d');
    expect(rl.size).toBe(3);
    now = 2000;
    await rl.hit('e');
    expect(rl.size).toBe(1);
  });
});
