import { describe, expect, it } from 'vitest';
import type { Embedder } from './embedder.js';
import { hybridSearch, hybridSettings, type RetrievalBackend, type RetrievalRecord } from './hybrid.js';
import { NgramModel } from './ngram-model.js';

const RECORDS: RetrievalRecord[] = [
  { id: 1, kind: 'passage', docId: 'd', ref: 'p1', indexedText: '政府采购预算总额1969.33万元', text: '政府采购预算总额1969.33万元', span: { start: 0, end: 17 } },
  { id: 2, kind: 'passage', docId: 'd', ref: 'p2', indexedText: '政府采购服务预算', text: '政府采购服务预算', span: { start: 18, end: 26 } },
  { id: 3, kind: 'glossary', docId: 'd', ref: '项目支出', indexedText: '项目支出：指在基本支出之外的支出', text: '指在基本支出之外的支出', span: { start: 30, end: 41 } },
];

/** An in-memory backend: what a D1 store would provide, minus SQL. */
function fakeBackend(embedder: Embedder | undefined, nearest: number[]): RetrievalBackend & { nearestCalls: number } {
  const model = NgramModel.fit(RECORDS.map((r) => r.indexedText));
  const backend = {
    nearestCalls: 0,
    keyword: async (match: string) => RECORDS.filter((r) => match.split(' OR ').some((w) => r.indexedText.includes(w.slice(1, -1)))).map((r) => r.id),
    nearest: async () => {
      backend.nearestCalls++;
      return nearest;
    },
    queryEmbedder: async () => embedder,
    ngramModel: async () => model,
    records: async (ids: number[]) => RECORDS.filter((r) => ids.includes(r.id)),
  };
  return backend;
}

const failing: Embedder = { id: 'down', dimensions: 2, embed: () => Promise.reject(new Error('connection refused')) };
const constant: Embedder = { id: 'c', dimensions: 2, embed: async (t) => t.map(() => new Float32Array([1, 0])) };

describe('hybridSearch (backend contract)', () => {
  it('fuses keyword and vector lists: an item both rankers like comes first', async () => {
    const hits = await hybridSearch(fakeBackend(constant, [2, 3]), '政府采购预算', {}, hybridSettings());
    expect(hits.map((h) => h.id)).toEqual(['p2', 'p1']);
    expect(hits[0]).toMatchObject({ ftsRank: 2, vecRank: 1 });
  });

  it('goes on with keywords alone when the remote embedder fails, and says so', async () => {
    const errors: unknown[] = [];
    const backend = fakeBackend(failing, [3]);
    const hits = await hybridSearch(backend, '政府采购', {}, hybridSettings({ onEmbedError: (e) => errors.push(e) }));
    expect(hits.map((h) => h.id)).toEqual(['p1', 'p2']);
    expect(backend.nearestCalls).toBe(0);
    expect(errors).toHaveLength(1);
  });

  it('drops a vector-only neighbour that shares nothing with the query, and answers nothing when nothing is relevant', async () => {
    const hits = await hybridSearch(fakeBackend(constant, [3, 1]), '政府采购', {}, hybridSettings());
    expect(hits.map((h) => h.id)).toEqual(['p1', 'p2']);
    expect(await hybridSearch(fakeBackend(constant, [3, 1, 2]), '天气预报', {}, hybridSettings())).toEqual([]);
  });
});
