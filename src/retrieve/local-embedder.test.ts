import { describe, expect, it } from 'vitest';
import { LocalEmbedder, localEmbedderChoice, restoreLocal } from './local-embedder.js';

const CORPUS = ['公务用车运行维护费反映单位按规定保留的公务用车燃料费', '公务接待费反映单位按规定开支的各类公务接待支出', '项目支出：指在基本支出之外为完成特定行政任务所发生的支出'];

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('LocalEmbedder', () => {
  it('is deterministic: same corpus and parameters give the same id and the same vectors', async () => {
    const a = LocalEmbedder.fit(CORPUS);
    const b = LocalEmbedder.fit([...CORPUS]);
    expect(a.id).toBe(b.id);
    const [va] = await a.embed(['公车维护费']);
    const [vb] = await b.embed(['公车维护费']);
    expect(Array.from(va!)).toEqual(Array.from(vb!));
  });

  it('round-trips through its saved state (what the index stores) to identical vectors', async () => {
    const a = LocalEmbedder.fit(CORPUS);
    const restored = restoreLocal({ id: a.id, dimensions: a.dimensions, state: a.state() });
    expect(restored?.id).toBe(a.id);
    expect(Array.from((await restored!.embed(['接待费']))[0]!)).toEqual(Array.from((await a.embed(['接待费']))[0]!));
  });

  it('changes its id when a parameter or the corpus (idf) changes', () => {
    const base = LocalEmbedder.fit(CORPUS).id;
    expect(LocalEmbedder.fit(CORPUS, { minN: 1, maxN: 3, weights: [1, 1, 1] }).id).not.toBe(base);
    expect(LocalEmbedder.fit(CORPUS, { minN: 1, maxN: 2, weights: [0.5, 1] }).id).not.toBe(base);
    expect(LocalEmbedder.fit(CORPUS, undefined, { dimensions: 1024, seed: 0x811c9dc5 }).id).not.toBe(base);
    expect(LocalEmbedder.fit(CORPUS, undefined, { dimensions: 2048, seed: 7 }).id).not.toBe(base);
    expect(LocalEmbedder.fit([...CORPUS, '政府采购服务预算']).id).not.toBe(base);
  });

  it('returns L2-normalised vectors; related texts are closer than unrelated ones', async () => {
    const e = localEmbedderChoice().forCorpus(CORPUS) as LocalEmbedder;
    const [q, near, far] = await e.embed(['公务用车维护费', CORPUS[0]!, '今天天气怎么样']);
    expect(dot(q!, q!)).toBeCloseTo(1, 5);
    expect(dot(q!, near!)).toBeGreaterThan(dot(q!, far!) + 0.2);
    expect(Array.from((await e.embed(['？！']))[0]!).every((x) => x === 0)).toBe(true);
  });

  it('refuses a restore whose id does not match its state, and widths that are not powers of two', () => {
    const a = LocalEmbedder.fit(CORPUS);
    expect(restoreLocal({ id: `${a.id}x`, dimensions: a.dimensions, state: a.state() })).toBeUndefined();
    expect(restoreLocal({ id: 'openai:m@http://x', dimensions: 3, state: null })).toBeUndefined();
    expect(() => LocalEmbedder.fit(CORPUS, undefined, { dimensions: 1000, seed: 1 })).toThrow(/power of two/);
  });
});
