import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Understanding } from '../../src/answer/index.js';
import { MemoryRateLimiter, type RateLimiter } from '../../src/http/rate-limit.js';
import { D1Conversations } from '../../src/questions/d1-conversations.js';
import { D1RateLimiter } from '../../src/questions/d1-rate-limit.js';
import { MemoryConversations, type Conversations } from '../../src/service/conversations.js';
import { miniflareD1 } from '../support/miniflare-d1.js';

const u = (text: string) => ({ intent: 'amount', items: ['sangong.total'], year: 'current', lang: 'zh', followUp: false, text }) as Understanding;

let d1: Awaited<ReturnType<typeof miniflareD1>>;
beforeAll(async () => {
  d1 = await miniflareD1();
});
afterAll(() => d1.dispose());

type Clock = { now: number };
const conversations: Array<[string, (clock: Clock) => Conversations]> = [
  ['memory', (clock) => new MemoryConversations({ ttlMs: 1000, maxConversations: 100, maxTurns: 3 }, () => clock.now)],
  ['D1 (Miniflare)', (clock) => new D1Conversations(d1.logDb, { ttlMs: 1000, maxTurns: 3 }, () => clock.now)],
];

describe.each(conversations)('Conversations: %s', (_name, make) => {
  it('gives the latest turn, with its understanding intact, until the TTL after it passes', async () => {
    const clock = { now: 10_000 };
    const c = make(clock);
    const id = `c-${Math.random()}`;
    expect(await c.last(id)).toBeUndefined();
    await c.append(id, { question: 'q1', understanding: u('一'), at: 0 });
    clock.now += 600;
    await c.append(id, { question: 'q2', understanding: { ...u('二'), year: 2025, docId: 'abc' }, at: 0 });
    clock.now += 999;
    expect(await c.last(id)).toMatchObject({ question: 'q2', understanding: { text: '二', year: 2025, docId: 'abc', items: ['sangong.total'] } });
    clock.now += 2;
    expect(await c.last(id)).toBeUndefined();
  });

  it('keeps conversations apart, and the latest of many turns', async () => {
    const clock = { now: 50_000 };
    const c = make(clock);
    for (let i = 0; i < 5; i++) await c.append('a', { question: `a${i}`, understanding: u('a'), at: 0 });
    await c.append('b', { question: 'b0', understanding: u('b'), at: 0 });
    expect((await c.last('a'))?.question).toBe('a4');
    expect((await c.last('b'))?.question).toBe('b0');
  });
});

it('D1 conversations keep only the latest maxTurns turns', async () => {
  const c = new D1Conversations(d1.logDb, { ttlMs: 1e9, maxTurns: 3 }, () => 1);
  for (let i = 0; i < 6; i++) await c.append('capped', { question: `q${i}`, understanding: u('x'), at: 0 });
  const n = await d1.logDb.prepare("SELECT count(*) AS n FROM conversation_turns WHERE conversation_id = 'capped'").first<{ n: number }>();
  expect(n?.n).toBe(3);
});

const limiters: Array<[string, (scope: string, clock: Clock) => RateLimiter]> = [
  ['memory', (_scope, clock) => new MemoryRateLimiter({ limit: 2, windowMs: 60_000, now: () => clock.now })],
  ['D1 (Miniflare)', (scope, clock) => new D1RateLimiter(d1.logDb, scope, { limit: 2, windowMs: 60_000, now: () => clock.now })],
];

describe.each(limiters)('RateLimiter: %s', (_name, make) => {
  it('allows `limit` hits per window per key, then refuses until the window ends; scopes count apart', async () => {
    const clock = { now: 1_000_000 };
    const scope = `s-${Math.random()}`;
    const rl = make(scope, clock);
    expect(rl.limit).toBe(2);
    expect((await rl.hit('a')).allowed).toBe(true);
    expect(await rl.hit('a')).toMatchObject({ allowed: true, remaining: 0 });
    expect(await rl.hit('a')).toMatchObject({ allowed: false, retryAfter: 60 });
    expect((await rl.hit('b')).allowed).toBe(true);
    expect((await make(`${scope}-other`, clock).hit('a')).allowed).toBe(true);
    clock.now += 59_999;
    expect(await rl.hit('a')).toMatchObject({ allowed: false, retryAfter: 1 });
    clock.now += 1;
    expect(await rl.hit('a')).toMatchObject({ allowed: true, remaining: 1 });
  });
});
