import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_QUESTIONS, CANARY, agentHarness, type Harness } from './harness.js';

const Q = AGENT_QUESTIONS.reception;
const harnesses: Harness[] = [];
async function harness(env: Record<string, string> = {}, maxRetries = 0) {
  const h = await agentHarness({ env, maxRetries });
  harnesses.push(h);
  return h;
}
afterAll(async () => {
  for (const h of harnesses) {
    expect(h.seen.join('\n')).not.toContain(CANARY);
    await h.close();
  }
});

async function expectRulesFallback(h: Harness, why: RegExp) {
  const started = performance.now();
  const { status, body } = await h.ask(Q);
  const ms = performance.now() - started;
  expect(status).toBe(200);
  expect(body).toMatchObject({ engine: 'rules', verified: true });
  expect(body.answer).toBe(await h.rulesAnswer(Q));
  expect(body.trace.join('\n')).toMatch(why);
  expect(h.events.at(-1)).toMatchObject({ event: 'agent_error' });
  return ms;
}

describe('step cap (LLM_MAX_STEPS=4)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });

  it('a model that keeps calling an unknown tool is stopped after 4 model calls', async () => {
    h.server.setScript(() => ({ toolCalls: [{ name: 'run_sql', args: { sql: 'DROP TABLE facts' } }] }));
    await expectRulesFallback(h, /ModelCallLimitMiddlewareError/);
    const requests = h.server.chatRequests();
    expect(requests).toHaveLength(4);
    const toolReply = requests[1]!.messages.find((m) => m.role === 'tool');
    expect(String(toolReply!.content)).toMatch(/run_sql is not a valid tool/);
  });

  it('a model that loops on a real tool is stopped the same way', async () => {
    h.server.setScript(() => ({ toolCalls: [{ name: 'lookup_facts', args: { item: 'sangong' } }] }));
    await expectRulesFallback(h, /ModelCallLimitMiddlewareError/);
    expect(h.server.chatRequests()).toHaveLength(4);
  });

  it('malformed tool-call arguments and a tool error do not break the answer', async () => {
    h.server.setScript([
      { toolCalls: [{ name: 'calculate', args: { expression: '{a} +', operands: [{ name: 'a', factId: 'no-such-fact' }] } }] },
      { toolCalls: [{ name: 'lookup_facts', args: '{"item": "sangong' }] },
    ]);
    const { status, body } = await h.ask(Q);
    expect(status).toBe(200);
    expect(body.engine).toBe('rules');
    const toolReply = h.server.chatRequests()[1]!.messages.find((m) => m.role === 'tool');
    expect(JSON.parse(String(toolReply!.content))).toEqual({ error: expect.stringContaining('no-such-fact') });
  });
});

describe('model errors and timeouts degrade to the rules answer, never a 500', () => {
  it('HTTP 500 from the model', async () => {
    const h = await harness();
    h.server.setScript(() => ({ status: 500, error: 'upstream exploded' }));
    await expectRulesFallback(h, /agent failed: .*500/);
  });

  it('HTTP 503 on every try, with one retry configured', async () => {
    const h = await harness({}, 1);
    h.server.setScript(() => ({ status: 503 }));
    await expectRulesFallback(h, /agent failed: .*503/);
    expect(h.server.chatRequests()).toHaveLength(2);
  });

  it('a transient 502 is retried and the answer still comes from the model', async () => {
    const h = await harness({}, 1);
    h.server.setScript([{ status: 502 }, { content: '请问您想了解哪一项预算？例如公务接待费。' }]);
    const { body } = await h.ask(Q);
    expect(body).toMatchObject({ engine: 'llm', verified: true, status: 'not_found' });
  });

  it('a model call slower than LLM_TIMEOUT_MS', async () => {
    const h = await harness({ LLM_TIMEOUT_MS: '200' });
    h.server.setScript(() => ({ delayMs: 3000, then: { content: '太迟了' } }));
    const ms = await expectRulesFallback(h, /agent failed: .*(timed out|Timeout)/i);
    expect(ms).toBeLessThan(1500);
  });

  it('a run that outlives LLM_DEADLINE_MS, one quick step at a time', async () => {
    const h = await harness({ LLM_DEADLINE_MS: '400', LLM_MAX_STEPS: '20' });
    h.server.setScript(() => ({ delayMs: 120, then: { toolCalls: [{ name: 'lookup_facts', args: { item: 'sangong' } }] } }));
    const ms = await expectRulesFallback(h, /agent failed: .*(abort|timeout)/i);
    expect(ms).toBeLessThan(1500);
    expect(h.server.chatRequests().length).toBeLessThan(6);
  });
});
