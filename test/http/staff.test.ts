import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, buildHotlineApp, forcedStatus, STAFF_TOKEN, staffHeaders } from '../support/hotline-app.js';

type Built = Awaited<ReturnType<typeof buildHotlineApp>>;
let h: Built;
const conv: Record<string, string> = {};

const staff = (path: string, init: RequestInit = {}) =>
  h.app.request(path, { ...init, headers: { ...staffHeaders(), ...(init.headers as Record<string, string> | undefined) } });
const staffJson = async (path: string, init?: RequestInit) => {
  const res = await staff(path, init);
  expect(res.status, path).toBe(200);
  return (await res.json()) as Record<string, any>;
};
const handover = (body: unknown) =>
  h.app.request('/api/handover', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const cstToday = (offsetDays = 0) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  h = await buildHotlineApp({ RATE_LIMIT_PER_MINUTE: '1000' }, (d) => ({ answers: forcedStatus(d.answers) }));
  conv.answered = (await ask(h.app, '为什么公务用车购置费增加了？')).body.conversationId;
  conv.notFound = (await ask(h.app, '[not_found]2026年培训费是多少？')).body.conversationId;
  conv.outOfScope = (await ask(h.app, '[out_of_scope]今天天气怎么样')).body.conversationId;
  conv.clarify = (await ask(h.app, '[clarify]多少钱')).body.conversationId;
  await ask(h.app, '那去年呢？', conv.answered);
  const res = await handover({ conversationId: conv.answered, phone: '137 1111 2222', email: 'caller@example.com', message: '=HYPERLINK("http://x","请回电, 谢谢")' });
  expect(res.status).toBe(201);
});
afterAll(() => h.deps.questions.close());

describe('question log', () => {
  it('stores every question with its status, engine and timing', async () => {
    const { questions, total } = await staffJson('/api/staff/log');
    expect(total).toBe(5);
    for (const q of questions) {
      expect(q.engine).toBe('rules');
      expect(q.elapsedMs).toEqual(expect.any(Number));
      expect(q.askedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    expect(questions.map((q: any) => q.status).sort()).toEqual(['answered', 'answered', 'clarify', 'not_found', 'out_of_scope']);
    expect((await staffJson('/api/staff/log?status=clarify')).total).toBe(1);
    expect((await staffJson(`/api/staff/log?q=${encodeURIComponent('去年')}`)).total).toBe(1);
  });
});

describe('follow-up queue', () => {
  it('holds not_found, out_of_scope, clarify and handed-over conversations, not plain answered ones', async () => {
    const { items, total } = await staffJson('/api/staff/questions');
    expect(total).toBe(4);
    const byConv = new Map(items.map((i: any) => [i.conversationId, i]));
    expect(byConv.get(conv.notFound)).toMatchObject({ reason: 'not_found', state: 'open', handedOver: false });
    expect(byConv.get(conv.outOfScope)).toMatchObject({ reason: 'out_of_scope' });
    expect(byConv.get(conv.clarify)).toMatchObject({ reason: 'clarify' });
    expect(byConv.get(conv.answered)).toMatchObject({
      reason: 'handed_over', handedOver: true, questionCount: 2, latestQuestion: '那去年呢？',
      callback: { phone: '13711112222', email: 'caller@example.com' },
    });
  });

  it('filters by reason, status, text and date', async () => {
    const ids = async (qs: string) => ((await staffJson(`/api/staff/questions?${qs}`)).items as any[]).map((i) => i.conversationId);
    expect(await ids('reason=handed_over')).toEqual([conv.answered]);
    expect(await ids('reason=not_found')).toEqual([conv.notFound]);
    expect(await ids(`q=${encodeURIComponent('天气')}`)).toEqual([conv.outOfScope]);
    expect(await ids(`q=${encodeURIComponent('请回电')}`)).toEqual([conv.answered]);
    expect(await ids(`from=${cstToday()}&to=${cstToday()}`)).toHaveLength(4);
    expect(await ids(`from=${cstToday(1)}`)).toHaveLength(0);
    expect(await ids(`to=${cstToday(-1)}`)).toHaveLength(0);
    expect(await ids('status=resolved')).toHaveLength(0);
    expect(await ids('status=all&reason=&q=')).toHaveLength(4);
  });

  it('rejects bad filters with the error envelope', async () => {
    for (const qs of ['status=done', 'reason=spam', 'from=2026-02-30', 'from=yesterday', 'limit=0', 'limit=abc']) {
      const res = await staff(`/api/staff/questions?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(((await res.json()) as any).error.code).toBe('invalid_request');
    }
  });

  it('shows one item with its whole conversation and callback details', async () => {
    const item = ((await staffJson('/api/staff/questions?reason=handed_over')).items as any[])[0];
    const found = await staffJson(`/api/staff/questions/${item.id}`);
    expect(found.item.callback).toEqual({ phone: '13711112222', email: 'caller@example.com', message: '=HYPERLINK("http://x","请回电, 谢谢")' });
    expect(found.conversation.map((q: any) => q.question)).toEqual(['为什么公务用车购置费增加了？', '那去年呢？']);
    expect(found.conversation[0].answer).toContain('252万元');
    expect((await staff('/api/staff/questions/999999')).status).toBe(404);
    expect((await staff('/api/staff/questions/abc')).status).toBe(400);
  });

  it('resolves an item with a note; it leaves the open queue and shows under resolved', async () => {
    const item = ((await staffJson('/api/staff/questions?reason=clarify')).items as any[])[0];
    const post = (body: unknown) => staff(`/api/staff/questions/${item.id}/resolve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ note: '  ' })).status).toBe(400);
    expect((await post({})).status).toBe(400);
    const res = await post({ note: '已电话答复：询问的是“三公”经费总额。' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).item).toMatchObject({ state: 'resolved', note: '已电话答复：询问的是“三公”经费总额。', resolvedAt: expect.any(String) });
    expect((await staffJson('/api/staff/questions')).total).toBe(3);
    expect(((await staffJson('/api/staff/questions?status=resolved')).items as any[]).map((i) => i.id)).toEqual([item.id]);
    expect((await staff('/api/staff/questions/999999/resolve', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"note":"x"}' })).status).toBe(404);
  });

  it('exports the queue as CSV, escaped and safe from formula injection', async () => {
    const res = await staff('/api/staff/export.csv?status=all');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="follow-up-\d{4}-\d\d-\d\d\.csv"$/);
    const csv = await res.text();
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]!.split(',')).toContain('回电电话');
    expect(lines).toHaveLength(5);
    const handed = lines.find((l) => l.includes('caller@example.com'))!;
    expect(handed).toContain(`"'=HYPERLINK(""http://x"",""请回电, 谢谢"")"`);
    expect(handed).toContain('13711112222');
    const filtered = (await (await staff('/api/staff/export.csv?reason=not_found')).text()).trimEnd().split('\r\n');
    expect(filtered).toHaveLength(2);
  });
});

describe('hand-over', () => {
  it('validates the callback phone and email', async () => {
    for (const body of [
      { conversationId: conv.notFound, phone: '12345' },
      { conversationId: conv.notFound, phone: '1380013800a' },
      { conversationId: conv.notFound, email: 'not-an-email' },
      { conversationId: conv.notFound, message: '长'.repeat(501) },
      { conversationId: 'has spaces' },
      {},
    ]) {
      const res = await handover(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(((await res.json()) as any).error.code).toBe('invalid_request');
    }
  });

  it('accepts landlines, +86 mobiles and empty optional fields', async () => {
    expect((await handover({ conversationId: conv.outOfScope, phone: '023-6325 9683', email: '' })).status).toBe(201);
    expect((await handover({ conversationId: conv.outOfScope, phone: '+86 139-0000-0000' })).status).toBe(201);
    const item = ((await staffJson('/api/staff/questions?reason=out_of_scope')).items as any[])[0];
    expect(item).toMatchObject({ handedOver: true, callback: { phone: '13900000000' } });
  });

  it('needs a conversation that exists', async () => {
    const res = await handover({ conversationId: 'never-asked-0000' });
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error.code).toBe('not_found');
  });

  it('answers with a reference only, never the logged questions or contact details', async () => {
    const res = await handover({ conversationId: conv.notFound, phone: '13912345678', email: 'other@example.com' });
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['callback', 'reference', 'status']);
    expect(JSON.stringify(body)).not.toMatch(/13912345678|other@example|培训费/);
  });
});

describe('staff access', () => {
  const routes: Array<[string, string]> = [
    ['GET', '/api/staff/questions'],
    ['GET', '/api/staff/questions/1'],
    ['POST', '/api/staff/questions/1/resolve'],
    ['GET', '/api/staff/export.csv'],
    ['GET', '/api/staff/log'],
    ['GET', '/api/staff'],
    ['GET', '/api/staff/anything'],
  ];

  it.each(routes)('%s %s answers 401 without the right bearer token', async (method, path) => {
    const wrong: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer wrong-token' },
      { authorization: `Bearer ${STAFF_TOKEN}x` },
      { authorization: `Bearer ${STAFF_TOKEN.slice(0, -1)}` },
      { authorization: `Basic ${Buffer.from(`staff:${STAFF_TOKEN}`).toString('base64')}` },
      { authorization: STAFF_TOKEN },
    ];
    for (const headers of wrong) {
      const res = await h.app.request(path, { method, headers: { ...headers, 'content-type': 'application/json' }, ...(method === 'POST' ? { body: '{"note":"x"}' } : {}) });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const body = (await res.json()) as any;
      expect(body.error.code).toBe('unauthorized');
      expect(JSON.stringify(body)).not.toMatch(/caller@example|13711112222/);
    }
    const viaQuery = await h.app.request(`${path}?token=${STAFF_TOKEN}`, { method });
    expect(viaQuery.status).toBe(401);
  });

  it('serves the console page (a shell without data) when a token is set', async () => {
    const res = await h.app.request('/staff');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toMatch(/caller@example|13711112222|今天天气/);
  });

  it('answers 404 on every staff route when no STAFF_TOKEN is configured', async () => {
    const off = await buildHotlineApp({ STAFF_TOKEN: '' });
    try {
      for (const [method, path] of [...routes, ['GET', '/staff'], ['GET', '/staff.js'], ['GET', '/staff-case.js']] as Array<[string, string]>) {
        for (const headers of [{}, staffHeaders(), { authorization: 'Bearer ' }]) {
          const res = await off.app.request(path, { method, headers });
          expect(res.status, `${method} ${path}`).toBe(404);
          expect(((await res.json()) as any).error.code).toBe('not_found');
        }
      }
    } finally {
      await off.deps.questions.close();
    }
  });
});

describe('public routes never expose the log', () => {
  it('no public GET returns logged questions or callback details', async () => {
    const docs = (await (await h.app.request('/api/documents')).json()) as { documents: Array<{ id: string }> };
    const paths = ['/', '/portal.js', '/styles.css', '/healthz', '/api/facts', '/api/documents', `/api/documents/${docs.documents[0]!.id}`, '/api/charts', '/api/handover', '/api/questions', '/api/log'];
    for (const path of paths) {
      const text = await (await h.app.request(path)).text();
      expect(text, path).not.toMatch(/caller@example\.com|13711112222|13912345678|今天天气|HYPERLINK|培训费是多少/);
    }
  });
});
