import { Hono } from 'hono';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeClientAddress } from '../../src/entry/node-client-address.js';
import { startHotlineServer } from '../support/hotline-app.js';

type Server = Awaited<ReturnType<typeof startHotlineServer>>;

const QUESTION = JSON.stringify({ question: '2026年“三公”经费预算是多少？' });

function post(server: Server, path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/** A raw HTTP/1.1 POST; with `chunked` the body goes out with Transfer-Encoding: chunked and no Content-Length. */
function rawPost(server: Server, path: string, chunks: string[], chunked: boolean) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const total = Buffer.byteLength(chunks.join(''));
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path, method: 'POST', headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': String(total) }) } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', (err) => (/EPIPE|ECONNRESET/.test(String(err)) ? undefined : reject(err)));
    for (const c of chunks) req.write(c);
    req.end();
    if (chunked) expect(req.getHeader('content-length')).toBeUndefined();
  });
}

async function expectEnvelope(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
}

describe('rate limit on /api/ask per connection address', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startHotlineServer({ RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_EXEMPT: 'none' });
  });
  afterAll(() => server.close());

  it('answers 429 after the limit, and a spoofed X-Forwarded-For does not reset it', async () => {
    for (const ip of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) {
      const res = await post(server, '/api/ask', QUESTION, { 'x-forwarded-for': ip, 'x-real-ip': ip });
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBe('3');
    }
    const res = await post(server, '/api/ask', QUESTION, { 'x-forwarded-for': '4.4.4.4', forwarded: 'for=4.4.4.4' });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    await expectEnvelope(res, 429, 'rate_limited');
  });

  it('limits the hand-over endpoint too', async () => {
    const body = JSON.stringify({ conversationId: 'no-such-conversation' });
    for (let i = 0; i < 3; i++) expect((await post(server, '/api/handover', body, { 'x-forwarded-for': `9.9.9.${i}` })).status).toBe(404);
    await expectEnvelope(await post(server, '/api/handover', body), 429, 'rate_limited');
  });

  it('leaves the read endpoints alone', async () => {
    expect((await fetch(`${server.origin}/api/documents`)).status).toBe(200);
    expect((await fetch(`${server.origin}/`)).status).toBe(200);
  });
});

describe('rate limit behind a trusted proxy', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startHotlineServer({ RATE_LIMIT_PER_MINUTE: '2', TRUSTED_PROXY: '127.0.0.1', RATE_LIMIT_EXEMPT: 'none' });
  });
  afterAll(() => server.close());

  it('keys on the X-Forwarded-For client when the connection comes from TRUSTED_PROXY', async () => {
    const as = (ip: string) => post(server, '/api/ask', QUESTION, { 'x-forwarded-for': ip });
    expect((await as('203.0.113.7')).status).toBe(200);
    expect((await as('203.0.113.7')).status).toBe(200);
    expect((await as('203.0.113.7')).status).toBe(429);
    expect((await as('203.0.113.8')).status).toBe(200);
    expect((await as('198.51.100.1, 203.0.113.9')).status).toBe(200);
  });
});

describe('client address', () => {
  const appWith = (trusted: string | undefined) => {
    const resolve = nodeClientAddress(trusted);
    const app = new Hono();
    app.get('/', (c) => c.text(resolve(c) ?? 'none'));
    return (remoteAddress: string | undefined, xff?: string) =>
      Promise.resolve(
        app.request('/', { headers: xff ? { 'x-forwarded-for': xff } : {} }, remoteAddress ? { incoming: { socket: { remoteAddress } } } : undefined),
      ).then((r) => r.text());
  };

  it('is the connection address, never X-Forwarded-For, without TRUSTED_PROXY', async () => {
    const who = appWith(undefined);
    expect(await who('192.0.2.1', '1.2.3.4')).toBe('192.0.2.1');
    expect(await who('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(await who(undefined)).toBe('none');
  });

  it('ignores X-Forwarded-For from a connection that is not the trusted proxy', async () => {
    expect(await appWith('10.0.0.1')('192.0.2.1', '1.2.3.4')).toBe('192.0.2.1');
  });

  it('takes the right-most untrusted hop behind trusted proxies', async () => {
    const who = appWith('10.0.0.1, 10.0.0.2');
    expect(await who('10.0.0.1', '1.2.3.4')).toBe('1.2.3.4');
    expect(await who('10.0.0.1', '6.6.6.6, 1.2.3.4, 10.0.0.2')).toBe('1.2.3.4');
    expect(await who('::ffff:10.0.0.1', '1.2.3.4')).toBe('1.2.3.4');
    expect(await who('10.0.0.1')).toBe('10.0.0.1');
    expect(await who('10.0.0.1', 'garbage')).toBe('10.0.0.1');
    expect(await who('10.0.0.1', '10.0.0.2')).toBe('10.0.0.1');
  });
});

describe('rate limit exemptions', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startHotlineServer({ RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => server.close());

  it('does not limit this machine by default (an evaluation harness on 127.0.0.1)', async () => {
    for (let i = 0; i < 5; i++) expect((await post(server, '/api/ask', QUESTION)).status).toBe(200);
  });
});

describe('body size limit (413) with and without Content-Length', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startHotlineServer({ RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => server.close());

  const big = JSON.stringify({ question: '三'.repeat(10_000) });
  const bigChunks = Array.from({ length: 40 }, () => ' '.repeat(1024)).concat([QUESTION]);

  it('with Content-Length', async () => {
    const res = await rawPost(server, '/api/ask', [big], false);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
  });

  it('chunked, without Content-Length', async () => {
    const res = await rawPost(server, '/api/ask', bigChunks, true);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
  });

  it('a small chunked body still works', async () => {
    const res = await rawPost(server, '/api/ask', [QUESTION.slice(0, 10), QUESTION.slice(10)], true);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).status).toBe('answered');
  });

  it('applies to the hand-over and staff endpoints as well', async () => {
    const body = JSON.stringify({ conversationId: 'x', message: 'm'.repeat(20_000) });
    expect((await rawPost(server, '/api/handover', [body], true)).status).toBe(413);
    expect((await rawPost(server, '/api/staff/questions/1/resolve', bigChunks, true)).status).toBe(413);
  });

  it('in-process, a streamed body without Content-Length', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of bigChunks) controller.enqueue(new TextEncoder().encode(c));
        controller.close();
      },
    });
    const res = await server.app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    await expectEnvelope(res, 413, 'payload_too_large');
  });
});
