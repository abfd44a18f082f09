import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bodyLimit } from './body-limit.js';

/** A route that echoes the size of the body it read, behind a 100-byte limit. */
function app() {
  const a = new Hono();
  a.use('*', bodyLimit(100, (c) => c.json({ error: 'too large' }, 413)));
  a.post('/', async (c) => c.json({ read: (await c.req.text()).length }));
  a.get('/', (c) => c.json({ ok: true }));
  return a;
}

/** A body stream that records whether anyone pulled from it. */
function watchedStream(text: string) {
  const seen = { pulled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled = true;
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  }, { highWaterMark: 0 });
  return { body, seen };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  app().request('/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('bodyLimit', () => {
  it('answers 413 from Content-Length alone, without reading the body', async () => {
    const { body, seen } = watchedStream('x'.repeat(200));
    const res = await post(body, { 'content-length': '200' });
    expect(res.status).toBe(413);
    expect(seen.pulled).toBe(false);
  });

  it('passes a body within its stated Content-Length to the route untouched', async () => {
    const res = await post('x'.repeat(100), { 'content-length': '100' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ read: 100 });
  });

  // On Node, touching `request.body` is what makes @hono/node-server build a web ReadableStream over the socket; with
  // a stated length the route reads the body directly instead.
  it('never opens the request body stream when Content-Length is stated', async () => {
    const opened = { body: 0 };
    const watched = (init: RequestInit) => {
      const req = new Request('http://localhost/', init);
      const real = Object.getOwnPropertyDescriptor(Request.prototype, 'body')!.get!;
      Object.defineProperty(req, 'body', { get: () => (opened.body++, real.call(req)) });
      return req;
    };
    const ok = await app().fetch(watched({ method: 'POST', body: 'x'.repeat(50), headers: { 'content-length': '50' } }));
    expect(await ok.json()).toEqual({ read: 50 });
    expect((await app().fetch(watched({ method: 'POST', body: 'x'.repeat(500), headers: { 'content-length': '500' } }))).status).toBe(413);
    expect(opened.body).toBe(0);
    // Without a length the body has to be counted as it streams (the stream is opened).
    const { body } = watchedStream('z'.repeat(20));
    expect((await app().fetch(watched({ method: 'POST', body, duplex: 'half' } as RequestInit))).status).toBe(200);
    expect(opened.body).toBeGreaterThan(0);
  });

  it('counts a body without Content-Length as it streams: 413 past the limit', async () => {
    const { body } = watchedStream('x'.repeat(101));
    expect((await post(body)).status).toBe(413);
  });

  it('passes a streamed body within the limit, whole', async () => {
    const { body } = watchedStream('y'.repeat(100));
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ read: 100 });
  });

  it('counts a chunked body even when a Content-Length is sent with it', async () => {
    const { body } = watchedStream('x'.repeat(500));
    expect((await post(body, { 'content-length': '10', 'transfer-encoding': 'chunked' })).status).toBe(413);
  });

  it('leaves GET alone', async () => {
    expect((await app().request('/')).status).toBe(200);
  });
});
