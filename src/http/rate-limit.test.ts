import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from './rate-limit.js';

describe('MemoryRateLimiter', () => {
  // The window behaviour shared with the D1 limiter: test/questions/edge-state.test.ts.
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
