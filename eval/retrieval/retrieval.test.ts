import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { SEED_PATH, seedStore, type SeedStore } from '../../src/retrieve/seed.testkit.js';
import { leaks, runMode, termsNotFound } from './evaluate.js';
import { loadNegatives, loadQueries } from './labelled.js';

describe('retrieval eval (issue 4 targets)', () => {
  let seed: SeedStore;
  beforeAll(async () => {
    seed = await seedStore();
  });
  afterAll(() => seed.dispose());

  it('labels only records the seed has, and has at least 60 queries', () => {
    const parsed = parseDocument(readFileSync(SEED_PATH, 'utf8'));
    const passages = new Set(parsed.passages.map((p) => p.id));
    const terms = new Set(parsed.glossary.map((g) => g.term));
    const queries = loadQueries();
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const l of queries) {
      expect(l.passages.length + l.glossary.length, l.q).toBeGreaterThan(0);
      for (const p of l.passages) expect(passages.has(p), `${l.q}: ${p}`).toBe(true);
      for (const g of l.glossary) expect(terms.has(g), `${l.q}: ${g}`).toBe(true);
    }
  });

  it('hybrid as served: recall@5 ≥ 0.95 and MRR ≥ 0.85; every glossary term found by a colloquial name', async () => {
    const { scores, results } = await runMode(seed.store, loadQueries(), 'hybrid');
    expect(scores.recallAt5).toBeGreaterThanOrEqual(0.95);
    expect(scores.mrr).toBeGreaterThanOrEqual(0.85);
    expect(await termsNotFound(seed.store, results)).toEqual([]);
  });

  it('answers none of the unrelated queries', async () => {
    expect(await leaks(seed.store, loadNegatives())).toEqual([]);
  });
});
