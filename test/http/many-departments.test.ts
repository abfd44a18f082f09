import { beforeAll, describe, expect, it } from 'vitest';
import { askJson } from '../support/test-app.js';
import { buildCorpusApp, MIXED_CORPUS } from '../support/corpus-app.js';
import { syntheticDocument } from '../support/synthetic-documents.js';

type App = Awaited<ReturnType<typeof buildCorpusApp>>['app'];
let app: App;
const docIdOf = new Map<string, string>();

/** Two synthetic 统计局 in two invented districts: one name, two departments (ambiguity is real data). */
const STATS_A = syntheticDocument(0);
const STATS_B = syntheticDocument(20);

beforeAll(async () => {
  ({ app } = await buildCorpusApp([...MIXED_CORPUS, { name: STATS_A.fileName, text: STATS_A.text }, { name: STATS_B.fileName, text: STATS_B.text }]));
  const res = (await (await app.request('/api/documents?limit=100')).json()) as { documents: Array<{ id: string; department: string; year: number }> };
  for (const d of res.documents) docIdOf.set(`${d.department}@${d.year}`, d.id);
});

const ask = (question: string, extra: Record<string, unknown> = {}) => askJson(app, { question, ...extra }).then((r) => r.body);
const cited = (body: Record<string, any>) => new Set((body.citations as Array<{ docId: string }>).map((c) => c.docId));

describe('many departments in one service: the right document for every question', () => {
  it.each([
    ['石岚镇2026年收入预算是多少？', '重庆市綦江区石岚镇人民政府', '6842.37'],
    ['巴南区司法局的三公经费是多少', '重庆市巴南区司法局', '48.36'],
    ['渝中区政府办公室的“三公”经费是多少？', '重庆市渝中区人民政府办公室', '367.35'],
    ['南岸区市场监督管理局公务接待费多少', '重庆市南岸区市场监督管理局', '4.2'],
    ['磁器口社区卫生服务中心收入预算多少', '重庆市沙坪坝区磁器口社区卫生服务中心', '1801.7'],
  ])('%s → that department’s figure, named, cited in its own document', async (question, department, figure) => {
    const body = await ask(question);
    expect(body.status).toBe('answered');
    expect(body.answer).toContain(figure);
    expect(body.answer).toContain(department);
    expect(body.source).toMatchObject({ department, year: 2026 });
    expect([...cited(body)]).toEqual([body.source.docId]);
  });

  it('asks which department when nothing names or pins one — never answers from the first document', async () => {
    const body = await ask('三公经费是多少？');
    expect(body.status).toBe('clarify');
    expect(body.numbers).toEqual([]);
    expect(body.candidates.length).toBeGreaterThan(3);
    expect(body.answer).toContain('哪个部门');
  });

  it('answers from the document the request pins (the portal’s department picker)', async () => {
    const docId = docIdOf.get('重庆市巴南区司法局@2026')!;
    const body = await ask('三公经费是多少？', { docId });
    expect(body.status).toBe('answered');
    expect(body.answer).toContain('48.36');
    expect(body.source.docId).toBe(docId);
  });

  it('keeps the conversation’s department for a follow-up', async () => {
    const first = await askJson(app, { question: '石岚镇的公务接待费是多少' });
    expect(first.body.answer).toContain('6.3');
    const body = await ask('公务用车购置费呢？', { conversationId: first.body.conversationId });
    expect(body.status).toBe('answered');
    expect(body.answer).toContain('18万元');
    expect(body.source.department).toBe('重庆市綦江区石岚镇人民政府');
  });

  it('says when a named department is not loaded, with close matches', async () => {
    const body = await ask('荣昌区统计局2026年收入预算是多少？');
    expect(body.status).toBe('not_found');
    expect(body.answer).toContain('没有收录');
    expect(body.numbers).toEqual([]);
    expect(body.candidates.map((c: { department: string }) => c.department)).toEqual(expect.arrayContaining([STATS_A.department, STATS_B.department]));
  });

  it('asks which one when a name fits two departments, and the district picks one', async () => {
    const first = await askJson(app, { question: '统计局的三公经费是多少' });
    expect(first.body.status).toBe('clarify');
    expect(first.body.candidates.map((c: { department: string }) => c.department).sort()).toEqual([STATS_A.department, STATS_B.department].sort());
    const body = await ask(`${STATS_B.district}的`, { conversationId: first.body.conversationId });
    expect(body.status).toBe('answered');
    expect(body.source.department).toBe(STATS_B.department);
    expect(body.answer).toContain(STATS_B.figures['sangong.total']);
  });

  it('rejects a pin to a document that is not loaded with a 404 envelope', async () => {
    const res = await askJson(app, { question: '三公经费是多少', docId: '0123456789abcdef' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('across departments', () => {
  it('ranks the loaded departments of one year, each figure cited in its own document', async () => {
    const body = await ask('哪个部门三公经费最多？');
    expect(body.status).toBe('answered');
    expect(body.answer).toContain('最多的是重庆市渝中区人民政府办公室');
    expect(body.answer).toContain('367.35');
    expect(cited(body).size).toBeGreaterThan(3);
    expect(body.source).toBeUndefined();
  });

  it('compares two named departments through the calculator', async () => {
    const body = await ask('比较石岚镇和巴南区司法局的公务接待费');
    expect(body.status).toBe('answered');
    expect(body.answer).toContain('6.3');
    expect(body.answer).toContain('3.6');
    expect(body.numbers.find((n: { value: string }) => n.value === '2.7')).toMatchObject({ kind: 'derived', derivation: '6.3 − 3.6 = 2.7' });
  });

  it('sums over the loaded documents and says it is not a district total', async () => {
    const body = await ask('各部门公务用车购置费合计多少');
    expect(body.status).toBe('answered');
    expect(body.answer).toContain('不是全区总数');
    expect(body.answer).toMatch(/已收录的\d+个部门/);
    const total = body.numbers.find((n: { kind: string; derivation?: string }) => n.kind === 'derived' && n.derivation?.includes('+'));
    expect(total).toBeDefined();
  });
});

describe('two years of one department', () => {
  it('reads last year from the earlier document itself, cited there, and says where the later one disagrees', async () => {
    const body = await ask('渝中区政府办公室去年的公务接待费是多少');
    expect(body.status).toBe('answered');
    expect(body.answer).toContain('29.85万元');
    expect(body.answer).toContain('28.85');
    expect(body.answer).toMatch(/相差1万元/);
    expect(cited(body)).toEqual(new Set([docIdOf.get('重庆市渝中区人民政府办公室@2026'), docIdOf.get('重庆市渝中区人民政府办公室@2025')]));
  });

  it('answers a question about the earlier year from that year’s document', async () => {
    const body = await ask('渝中区政府办公室2025年的三公经费是多少');
    expect(body.status).toBe('answered');
    expect(body.answer).toContain('327.45');
    expect(body.source).toMatchObject({ year: 2025 });
  });
});

describe('department API', () => {
  it('searches departments by the names citizens use, grouped with their years', async () => {
    const res = (await (await app.request('/api/departments?q=政府办')).json()) as { departments: Array<{ department: string; district: string; documents: Array<{ year: number }> }> };
    expect(res.departments).toHaveLength(1);
    expect(res.departments[0]).toMatchObject({ department: '重庆市渝中区人民政府办公室', district: '渝中区' });
    expect(res.departments[0]!.documents.map((d) => d.year).sort()).toEqual([2025, 2026]);
    const stats = (await (await app.request('/api/departments?q=统计局')).json()) as { total: number };
    expect(stats.total).toBe(2);
  });

  it('lists the years loaded (newest first) beside the districts, whatever the search', async () => {
    for (const q of ['', '?q=统计局']) {
      const res = (await (await app.request(`/api/departments${q}`)).json()) as { years: number[]; districts: string[] };
      expect(res.years).toEqual([2026, 2025]);
      expect(res.districts).toEqual(expect.arrayContaining(['渝中区', STATS_A.district, STATS_B.district]));
    }
  });

  it('pages the documents with a total, and refuses a bad page', async () => {
    const page = (await (await app.request('/api/documents?limit=3&offset=0')).json()) as { documents: unknown[]; total: number };
    expect(page.documents).toHaveLength(3);
    expect(page.total).toBe(MIXED_CORPUS.length + 2);
    expect((await app.request('/api/documents?limit=0')).status).toBe(400);
  });

  it('compares one item across departments with each figure’s quote and the calculator’s total', async () => {
    const res = (await (await app.request('/api/compare?key=sangong.reception')).json()) as {
      rows: Array<{ department: string; value: string; quote: string }>; total: { value: string; documents: number };
    };
    expect(res.rows[0]!.department).toBe('重庆市渝中区人民政府办公室');
    expect(res.rows[0]!.quote).toContain('27.55');
    expect(res.total.documents).toBe(res.rows.length);
    expect((await app.request('/api/compare?key=nope')).status).toBe(400);
  });
});
