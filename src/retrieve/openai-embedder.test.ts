import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../entry/open-store.js';
import { charNgrams, fnv1a } from './ngrams.js';
import { OpenAIEmbedder, openAIEmbedderChoice } from './openai-embedder.js';
import { seedStore } from './seed.testkit.js';

const DIMS = 64;

/** A deterministic stand-in model: character uni/bigrams hashed into 64 buckets (plain float arrays, as many servers return). */
function vectorOf(text: string): number[] {
  const v = new Array<number>(DIMS).fill(0);
  for (const [g, n] of charNgrams(text, 1, 2)) v[fnv1a(g) % DIMS]! += n;
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

interface Seen {
  url: string;
  auth: string | undefined;
  body: { model: string; input: string | string[]; encoding_format?: string };
}

describe('OpenAIEmbedder over HTTP', () => {
  const seen: Seen[] = [];
  let server: Server;
  let baseURL: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
          res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
          return;
        }
        const body = JSON.parse(raw) as Seen['body'];
        seen.push({ url: req.url, auth: req.headers.authorization, body });
        const inputs = typeof body.input === 'string' ? [body.input] : body.input;
        const data = inputs.map((t, index) => ({ object: 'embedding', index, embedding: vectorOf(t) }));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
      });
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('posts to /v1/embeddings with the model, the key and encoding_format "float", and returns the floats exactly', async () => {
    const e = await OpenAIEmbedder.connect({ baseURL, apiKey: 'test-key', model: 'test-embed', maxRetries: 0 });
    expect(e.dimensions).toBe(DIMS);
    expect(e.id).toBe(`openai:test-embed@${baseURL}`);
    const [a, b] = await e.embed(['公务接待费', '项目支出']);
    expect(Array.from(a!)).toEqual(Array.from(Float32Array.from(vectorOf('公务接待费'))));
    expect(Array.from(b!)).toEqual(Array.from(Float32Array.from(vectorOf('项目支出'))));
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ auth: 'Bearer test-key', body: { model: 'test-embed', input: ['公务接待费', '项目支出'], encoding_format: 'float' } });
  });

  it('indexes the seed through the server, queries through it, and a change of embedder rebuilds the vectors', async () => {
    const choice = openAIEmbedderChoice({ baseURL, apiKey: 'test-key', model: 'test-embed', maxRetries: 0 });
    const seed = await seedStore(choice);
    const before = seen.length;
    const hits = await seed.store.searchText('公务用车运行维护费', { mode: 'vector' });
    expect(seen.length).toBe(before + 1);
    expect(seen.at(-1)!.body.input).toEqual(['公务用车运行维护费']);
    expect(hits[0]).toMatchObject({ id: '公务用车运行维护费', vecRank: 1 });
    const ro = openStore({ path: seed.path, readonly: true, embedder: choice });
    expect((await ro.searchText('公务用车运行维护费', { mode: 'vector' }))[0]?.id).toBe('公务用车运行维护费');
    await ro.close();
    await seed.store.close();
    const local = openStore({ path: seed.path });
    const summary = await local.syncIndex();
    expect(summary.rebuilt).toBe(true);
    expect(summary.embedder).toMatch(/^local-ngram-v1:/);
    expect(summary.embedded).toBe(summary.records);
    await local.close();
    await seed.dispose().catch(() => {});
  });

  it('reports a server error instead of returning wrong vectors', async () => {
    const e = new OpenAIEmbedder({ baseURL: baseURL.replace('/v1', '/nope'), model: 'm', maxRetries: 0 }, DIMS);
    await expect(e.embed(['x'])).rejects.toThrow();
  });
});
