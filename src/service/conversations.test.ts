import { describe, expect, it } from 'vitest';
import type { Understanding } from '../answer/index.js';
import { MemoryConversations } from './conversations.js';

const u = { intent: 'amount', items: [], year: 'current', lang: 'zh', followUp: false, text: '' } as Understanding;

describe('MemoryConversations', () => {
  it('returns the last turn until the TTL passes', async () => {
    let now = 0;
    const store = new MemoryConversations({ ttlMs: 1000, maxConversations: 10, maxTurns: 5 }, () => now);
    await store.append('a', { question: 'q1', understanding: u, at: 0 });
    now = 999;
    expect((await store.last('a'))?.question).toBe('q1');
    now = 2000;
    expect(await store.last('a')).toBeUndefined();
  });

  it('caps turns per conversation and the number of conversations (least recently used dropped)', async () => {
    const store = new MemoryConversations({ ttlMs: 1e9, maxConversations: 2, maxTurns: 3 }, () => 0);
    for (let i = 0; i < 5; i++) await store.append('a', { question: `q${i}`, understanding: u, at: 0 });
    expect(store.turns('a').map((t) => t.question)).toEqual(['q2', 'q3', 'q4']);
    await store.append('b', { question: 'b', understanding: u, at: 0 });
    await store.append('a', { question: 'q5', understanding: u, at: 0 });
    await store.append('c', { question: 'c', understanding: u, at: 0 });
    expect(store.size).toBe(2);
    expect(await store.last('b')).toBeUndefined();
    expect((await store.last('a'))?.question).toBe('q5');
  });
});
