import { serve } from '@hono/node-server';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerService } from '../../src/service/answer-service.js';
import { buildTestApp } from '../support/test-app.js';

const failing: AnswerService = {
  ask: async () => {
    throw new Error('the store went away');
  },
};
const json = { 'content-type': 'application/json' };

describe('a 5xx names its request id in the body, the X-Request-Id header and the log', () => {
  it('an internal error on POST /api/ask', async () => {
    const { app, events } = await buildTestApp({ answers: failing });
    const res = await app.request('/api/ask', { method: 'POST', headers: json, body: JSON.stringify({ question: '三公经费是多少？' }) });
    expect(res.status).toBe(500);
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error).toEqual({ code: 'internal_error', message: `something went wrong on our side; please try again (request ${id})`, requestId: id });
    expect(events).toContainEqual(expect.objectContaining({ event: 'internal_error', status: 500, requestId: id, method: 'POST', path: '/api/ask', message: 'the store went away' }));
  });

  it('a 503 (hand-over without a question log) is logged with its id too', async () => {
    const { app, events } = await buildTestApp();
    const res = await app.request('/api/handover', { method: 'POST', headers: json, body: JSON.stringify({ conversationId: 'c1' }) });
    expect(res.status).toBe(503);
    const id = res.headers.get('x-request-id')!;
    expect(((await res.json()) as { error: { code: string; requestId: string } }).error).toMatchObject({ code: 'unavailable', requestId: id });
    expect(events).toContainEqual(expect.objectContaining({ event: 'server_error', status: 503, code: 'unavailable', requestId: id }));
  });

  it('the stream reports an internal error as an `error` event with the id, logged alike', async () => {
    const { app, events } = await buildTestApp({ answers: failing });
    const res = await app.request('/api/ask/stream', { method: 'POST', headers: json, body: JSON.stringify({ question: '三公经费是多少？' }) });
    const id = res.headers.get('x-request-id')!;
    const text = await res.text();
    expect(text).toContain('event: error');
    expect(text).toContain(`"requestId":"${id}"`);
    expect(events).toContainEqual(expect.objectContaining({ event: 'internal_error', requestId: id, path: '/api/ask/stream' }));
  });

  it('a 4xx is not logged as an error, and carries no request id in its body', async () => {
    const { app, events } = await buildTestApp();
    const res = await app.request('/api/ask', { method: 'POST', headers: json, body: JSON.stringify({ question: '' }) });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(Object.keys(((await res.json()) as { error: object }).error)).toEqual(['code', 'message']);
    expect(events).toEqual([]);
  });

  it('a well-formed X-Request-Id from a proxy is kept; anything else is replaced', async () => {
    const { app } = await buildTestApp();
    expect((await app.request('/healthz', { headers: { 'x-request-id': 'gw-20261130-0001' } })).headers.get('x-request-id')).toBe('gw-20261130-0001');
    expect((await app.request('/healthz', { headers: { 'x-request-id': 'a b<c>' } })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('a client that aborts its upload is logged as a client abort, not as an internal error', () => {
  let server: ReturnType<typeof serve>;
  let port: number;
  let events: Array<Record<string, unknown>>;

  beforeAll(async () => {
    const built = await buildTestApp();
    events = built.events;
    server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: built.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Send the head and part of the body, then close the connection; resolve once the server has logged it. */
  async function abortUpload(head: string, partial: string) {
    const before = events.length;
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(head + partial);
    await new Promise((r) => setTimeout(r, 100));
    socket.destroy();
    for (let i = 0; i < 50 && events.length === before; i++) await new Promise((r) => setTimeout(r, 20));
    return events.slice(before);
  }

  it('a chunked upload (no Content-Length) cut short', async () => {
    const logged = await abortUpload('POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n', '5\r\n{"que\r\n');
    expect(logged).toEqual([expect.objectContaining({ event: 'client_aborted', method: 'POST', path: '/api/ask', requestId: expect.any(String) })]);
  });

  it('an upload shorter than its Content-Length', async () => {
    const logged = await abortUpload('POST /api/ask/stream HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n', '{"question":');
    expect(logged).toEqual([expect.objectContaining({ event: 'client_aborted', path: '/api/ask/stream' })]);
  });
});
