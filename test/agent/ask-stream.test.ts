import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { AGENT_QUESTIONS, CANARY, useAgentHarness, type Harness } from './harness.js';

const harness = useAgentHarness({}, { checkCanary: false });
let h: Harness;
beforeEach(() => {
  h = harness();
});

interface SseEvent {
  event: string;
  data: any;
}

async function askStream(app: Harness['app'], body: unknown): Promise<{ res: Response; raw: string; events: SseEvent[] }> {
  const res = await app.request('/api/ask/stream', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const raw = await res.text();
  const events = raw
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const event = block.match(/^event: (.*)$/m)?.[1] ?? 'message';
      const data = block.match(/^data: (.*)$/m)?.[1] ?? '';
      return { event, data: JSON.parse(data) };
    });
  expect(raw).not.toContain(CANARY);
  return { res, raw, events };
}

describe('POST /api/ask/stream', () => {
  it('streams progress steps, then one answer event with the /api/ask JSON', async () => {
    h.server.setScript([
      { toolCalls: [{ name: 'lookup_facts', args: { label: '公务接待费' } }] },
      { content: '2026年公务接待费预算为27.55万元，比2025年减少1.3万元。' },
    ]);
    const { res, events } = await askStream(h.app, { question: AGENT_QUESTIONS.reception, conversationId: 'stream-1' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const progress = events.filter((e) => e.event === 'progress');
    expect(progress.map((e) => e.data)).toEqual(['rules', 'agent', 'lookup_facts', 'verify'].map((step) => ({ type: 'progress', step })));
    expect(events.at(-1)!.event).toBe('answer');
    expect(events.filter((e) => e.event === 'answer')).toHaveLength(1);
    const answer = events.at(-1)!.data;
    expect(Object.keys(answer).sort()).toEqual(['answer', 'citations', 'conversationId', 'engine', 'numbers', 'status', 'verified']);
    expect(answer).toMatchObject({ engine: 'llm', verified: true, conversationId: 'stream-1', answer: '2026年公务接待费预算为27.55万元，比2025年减少1.3万元。' });
  });

  it('never streams unverified text: a rejected model answer shows only as steps, then the rules answer', async () => {
    h.server.setScript([
      { toolCalls: [{ name: 'lookup_facts', args: { label: '公务接待费' } }] },
      { content: '外宾接待12万元。' },
      { content: '外宾接待约12万元。' },
    ]);
    const { raw, events } = await askStream(h.app, { question: AGENT_QUESTIONS.reception });
    expect(raw).not.toContain('12万元');
    expect(events.filter((e) => e.event === 'progress').map((e) => e.data.step)).toEqual(['rules', 'agent', 'lookup_facts', 'verify', 'retry', 'verify']);
    expect(events.at(-1)).toMatchObject({ event: 'answer', data: { engine: 'rules', answer: await h.rulesAnswer(AGENT_QUESTIONS.reception) } });
  });

  it('a question the rules engine answers streams one step and the rules answer; follow-ups share the conversation', async () => {
    h.server.setScript([]);
    const first = await askStream(h.app, { question: '公务接待费是多少', conversationId: 'stream-2' });
    expect(first.events.map((e) => e.event)).toEqual(['progress', 'answer']);
    expect(first.events[1]!.data).toMatchObject({ engine: 'rules', status: 'answered' });
    const follow = await h.ask('那去年呢？', { conversationId: 'stream-2' });
    expect(follow.body.answer).toContain('2025');
    expect(h.server.chatRequests()).toHaveLength(0);
  });

  it('bad input gets the JSON error envelope before any stream starts', async () => {
    const res = await h.app.request('/api/ask/stream', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"question": ""}' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('shares the /api/ask rate limit', async () => {
    const app = createApp({ ...h.deps, rateLimitPerMinute: 1, clientAddress: () => '203.0.113.9' });
    expect((await askStream(app, { question: '公务接待费是多少' })).res.status).toBe(200);
    const second = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '公务接待费是多少' }) });
    expect(second.status).toBe(429);
  });
});
