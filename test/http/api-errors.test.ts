import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/test-app.js';

let app: Awaited<ReturnType<typeof buildTestApp>>['app'];
beforeAll(async () => {
  ({ app } = await buildTestApp());
});

const post = (body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  app.request('/api/ask', { method: 'POST', headers, body });

async function expectEnvelope(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
}

describe('POST /api/ask rejects bad input with the JSON error envelope', () => {
  it('no body', async () => expectEnvelope(await post(null), 400, 'invalid_body'));
  it('broken JSON', async () => expectEnvelope(await post('{"question":'), 400, 'invalid_json'));
  it('wrong types', async () => expectEnvelope(await post(JSON.stringify({ question: 42 })), 400, 'invalid_request'));
  it('empty question', async () => expectEnvelope(await post(JSON.stringify({ question: '   ' })), 400, 'invalid_request'));
  it('a question over 500 characters', async () => expectEnvelope(await post(JSON.stringify({ question: '三'.repeat(501) })), 400, 'invalid_request'));
  it('an unknown lang', async () => expectEnvelope(await post(JSON.stringify({ question: '三公经费', lang: 'fr' })), 400, 'invalid_request'));
  it('a JSON array instead of an object', async () => expectEnvelope(await post('[]'), 400, 'invalid_request'));
  it('another content type', async () => expectEnvelope(await post('question=hi', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type'));
  it('a body over the limit', async () => expectEnvelope(await post(JSON.stringify({ question: 'x'.repeat(40_000) })), 413, 'payload_too_large'));
  it('an unknown route', async () => expectEnvelope(await app.request('/api/nope'), 404, 'not_found'));
  it('a malformed document id', async () => expectEnvelope(await app.request('/api/documents/xyz'), 400, 'invalid_request'));
  it('an unknown document id', async () => expectEnvelope(await app.request('/api/documents/0000000000000000'), 404, 'not_found'));
  it('a bad facts limit', async () => expectEnvelope(await app.request('/api/facts?limit=-1'), 400, 'invalid_request'));
});

describe('strict request bodies: a field the API does not know is an error, not silently dropped', () => {
  it('an unknown field is a 400 naming it', async () => {
    const res = await post(JSON.stringify({ question: '三公经费是多少', admin: true }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_request', message: 'unknown field "admin"' } });
  });

  it('a misspelt conversationId does not start a new conversation: the field is named, with the one meant', async () => {
    const res = await post(JSON.stringify({ question: '那去年呢？', conversationID: 'abc' }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('unknown field "conversationID" (did you mean "conversationId"?)');
  });

  it('wrong types and bad values name their field', async () => {
    const message = async (body: unknown) => ((await (await post(JSON.stringify(body))).json()) as { error: { message: string } }).error.message;
    expect(await message({ question: 42 })).toBe('question: Invalid input: expected string, received number');
    expect(await message({ question: '   ' })).toBe('question: question must not be empty');
    expect(await message({ question: '三'.repeat(501) })).toBe('question: question must be at most 500 characters');
    expect(await message({ question: '三公经费', conversationId: 'a b' })).toBe('conversationId: conversationId may hold letters, digits, _ and -');
  });

  it('the answer envelope is unchanged', async () => {
    const res = await post(JSON.stringify({ question: '三公经费是多少？', lang: 'zh' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['answer', 'status', 'numbers', 'citations', 'verified', 'conversationId', 'engine', 'source']);
    expect(body.verified).toBe(true);
  });
});

describe('read endpoints', () => {
  it('GET /healthz reports the loaded documents', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', documents: 1 });
  });

  it('GET /api/facts returns facts with provenance', async () => {
    const res = await app.request('/api/facts?q=sangong.vehicle_purchase');
    const { facts } = (await res.json()) as { facts: Array<{ key: string; value: string; span: { start: number; end: number }; quote: string }> };
    const f = facts.find((x) => x.key === 'sangong.vehicle_purchase')!;
    expect(f.value).toBe('252');
    expect(f.quote).toContain('公务用车购置费252万元');
  });

  it('GET /api/documents/:id returns the text the spans index into', async () => {
    const docs = (await (await app.request('/api/documents')).json()) as { documents: Array<{ id: string }> };
    const res = await app.request(`/api/documents/${docs.documents[0]!.id}`);
    const { document } = (await res.json()) as { document: { text: string; title: string } };
    expect(document.title).toBe('重庆市渝中区人民政府办公室2026年部门预算情况说明');
    const facts = (await (await app.request('/api/facts?q=sangong.reception')).json()) as { facts: Array<{ span: { start: number; end: number } }> };
    const span = facts.facts[0]!.span;
    expect(document.text.slice(span.start, span.end)).toBe('27.55');
  });

  it('sets secure headers', async () => {
    const res = await app.request('/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
