import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../entry/open-store.js';
import { seedStore, type SeedStore } from './seed.testkit.js';

describe('hybrid search on the seed', () => {
  let seed: SeedStore;
  beforeAll(async () => {
    seed = await seedStore();
  });
  afterAll(() => seed.dispose());

  it.each([
    ['啥叫项目支出', ['项目支出', 'p61']],
    ['公车维护费包括哪些', ['公务用车运行维护费']],
    ['机关运行经费主要用在哪些方面', ['p54']],
    ['项目支出主要用于哪些项目', ['p51']],
    ['公务接待费为什么减少', ['公务接待费', 'p53']],
    ['政府采购预算有多少', ['p55']],
    ['预算公开联系人是谁', ['p77']],
  ])('ranks the answer to %s first', async (q, expected) => {
    const [top] = await seed.store.searchText(q);
    expect(expected).toContain(top?.id);
  });

  it('resolves colloquial names of glossary terms, and restricts to glossary entries on request', async () => {
    const [top] = await seed.store.searchText('三公是啥', { kind: 'glossary' });
    expect(top).toMatchObject({ kind: 'glossary', id: '“三公”经费', term: '“三公”经费' });
    const [sub] = await seed.store.searchText('公车购置费是啥', { kind: 'glossary' });
    expect(sub).toMatchObject({ term: '公务用车购置费', parent: '“三公”经费' });
  });

  it('finds the duties of a sub-unit by its name', async () => {
    const hits = await seed.store.searchText('政务服务中心负责什么');
    expect(hits[0]!.headingPath?.at(-1)).toContain('政务服务中心');
    const digital = await seed.store.searchText('数字化城市运行和治理中心是做什么的');
    expect(digital.slice(0, 3).every((h) => h.headingPath?.at(-1)?.includes('数字化城市运行和治理中心'))).toBe(true);
  });

  it('returns exact provenance: every hit text is the document text at its span', async () => {
    const all = await Promise.all(['三公经费都有哪几项', '车辆', '基本支出', '离退休经费是什么', '政务值班'].map((q) => seed.store.searchText(q, { k: 10 })));
    for (const h of all.flat()) {
      expect(h.docId).toBe(seed.docId);
      expect(seed.text.slice(h.span.start, h.span.end)).toBe(h.text);
    }
  });

  it('fuses both rankers: scores descend, ranks are reported, k and docId are honoured', async () => {
    const hits = await seed.store.searchText('公务用车运行维护费', { k: 3 });
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(hits[0]!.ftsRank).toBeDefined();
    expect(hits[0]!.vecRank).toBeDefined();
    expect(await seed.store.searchText('公务用车运行维护费', { docId: 'nope' })).toEqual([]);
    expect((await seed.store.searchText('公务用车运行维护费', { docId: seed.docId })).length).toBeGreaterThan(0);
  });

  it('rejects unrelated questions: the relevance threshold leaves nothing', async () => {
    for (const q of ['今天天气怎么样', '股票价格', '茅台股价今天涨了多少', '推荐一部好看的电影', '如何办理护照', '是什么', '']) {
      expect(await seed.store.searchText(q), q).toEqual([]);
    }
    expect((await seed.store.searchText('今天天气怎么样', { minRelevance: 0 })).length).toBeGreaterThan(0);
  });

  it('searches from a read-only store too (sqlite-vec loaded read-only)', async () => {
    const ro = openStore({ path: seed.path, readonly: true });
    const hits = await ro.searchText('公车维护费包括哪些');
    expect(hits[0]).toMatchObject({ id: '公务用车运行维护费' });
    expect(hits[0]!.vecRank).toBeDefined();
    await ro.close();
  });
});
