import { describe, expect, it } from 'vitest';
import { createClient, type RequestFn } from './ask-client.js';
import type { EvalCase } from './case-schema.js';
import { cite, DOC_ID, DOC_TEXT, expectation, fact } from './fixtures.testkit.js';
import { runCases } from './run-cases.js';

const RECEPTION = '公务接待费27.55万元，比2025年减少1.3万元。';
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A fake service: answers from a script, records what it was sent. */
function fakeService(reply: (body: Record<string, unknown>, n: number) => Response) {
  const sent: Array<Record<string, unknown>> = [];
  const docRequests: string[] = [];
  const request: RequestFn = async (path, init) => {
    if (path.startsWith('/api/documents/')) {
      docRequests.push(path);
      return path.endsWith(DOC_ID) ? json({ document: { id: DOC_ID, text: DOC_TEXT } }) : json({ error: { code: 'not_found', message: 'no' } }, 404);
    }
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    sent.push(body);
    return reply(body, sent.length);
  };
  return { client: createClient('fake', request, { sleep: async () => {} }), sent, docRequests };
}

const good = (conversationId = 'conv-1') => ({
  answer: `2026年${RECEPTION}`,
  status: 'answered',
  numbers: [fact('27.55'), fact('1.3')],
  citations: [cite(RECEPTION)],
  verified: true,
  conversationId,
  engine: 'rules',
});
const kase = (id: string, turns: string[], over: Partial<EvalCase> = {}): EvalCase => ({
  id,
  turns,
  expect: expectation({ numbers: ['27.55'], keywords: ['减少'] }),
  tags: ['figure'],
  ...over,
});

describe('runCases', () => {
  it('asks follow-ups in the conversation the first answer opened, and scores only the last answer', async () => {
    const svc = fakeService((_b, n) => json(n === 1 ? { ...good('conv-9'), answer: '无关', numbers: [], citations: [] } : good('conv-9')));
    const [r] = await runCases([kase('f', ['公务用车运行维护费是多少？', '那公务接待费呢？'], { lang: 'zh' })], svc.client);
    expect(svc.sent).toEqual([
      { question: '公务用车运行维护费是多少？', lang: 'zh' },
      { question: '那公务接待费呢？', conversationId: 'conv-9', lang: 'zh' },
    ]);
    expect(r!.pass).toBe(true);
    expect(r!.turns.map((t) => t.answer)).toEqual(['无关', good().answer]);
  });

  it('measures latency per case (the scored turn) and re-reads each cited document once', async () => {
    let t = 0;
    const svc = fakeService(() => json(good()));
    const results = await runCases([kase('a', ['q']), kase('b', ['q'])], svc.client, { now: () => (t += 7) });
    expect(results.map((r) => r.latencyMs)).toEqual([7, 7]);
    expect(svc.docRequests).toEqual([`/api/documents/${DOC_ID}`]);
  });

  it('records an HTTP error or a malformed answer as an error case, not a crash', async () => {
    const svc = fakeService((_b, n) => (n === 1 ? json({ error: { code: 'internal_error', message: 'boom' } }, 500) : json({ answer: 'x' })));
    const results = await runCases([kase('a', ['q']), kase('b', ['q'])], svc.client);
    expect(results.map((r) => [r.pass, r.error])).toEqual([
      [false, 'HTTP 500: boom (turn 1)'],
      [false, 'HTTP 200: not an answer (turn 1)'],
    ]);
    expect(results[0]!.checks).toMatchObject({ status: false, verified: false, missingNumbers: ['27.55'] });
  });

  it('records a thrown request (server gone, timeout) as an error case', async () => {
    const client = createClient('down', async () => {
      throw new Error('connect ECONNREFUSED');
    });
    const [r] = await runCases([kase('a', ['q'])], client);
    expect(r).toMatchObject({ pass: false, error: 'request failed: connect ECONNREFUSED' });
  });

  it('waits out a 429 as Retry-After says, then scores the answer', async () => {
    const waits: number[] = [];
    const request: RequestFn = async (path) =>
      path === '/api/ask' ? (waits.length < 2 ? json({ error: { code: 'rate_limited', message: 'slow down' } }, 429, { 'retry-after': '3' }) : json(good())) : json({ document: { text: DOC_TEXT } });
    const client = createClient('limited', request, { sleep: async (ms) => void waits.push(ms) });
    const [r] = await runCases([kase('a', ['q'])], client);
    expect(waits).toEqual([3000, 3000]);
    expect(r!.pass).toBe(true);
    expect(r!.latencyMs).toBeLessThan(1000); // the waits are not latency
  });

  it('reports progress after every case', async () => {
    const svc = fakeService(() => json(good()));
    const seen: string[] = [];
    await runCases([kase('a', ['q']), kase('b', ['q'])], svc.client, { onResult: (r, i, n) => seen.push(`${i + 1}/${n} ${r.id}`) });
    expect(seen).toEqual(['1/2 a', '2/2 b']);
  });
});
