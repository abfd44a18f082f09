import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../ingest/index.js';
import { retrievalItems } from './items.js';
import { seedStore, type SeedStore } from './seed.testkit.js';
import { ftsQuery, intlSegmenter } from './segment.js';
import { readFileSync } from 'node:fs';
import { SEED_PATH } from './seed.testkit.js';

/** The FTS5 tokenizer choice (eval/retrieval/measure-tokenizers.ts has the full comparison). */
describe('FTS5 over Intl.Segmenter words', () => {
  let seed: SeedStore;
  beforeAll(async () => {
    seed = await seedStore();
  });
  afterAll(() => seed.dispose());

  it.each([
    ['三公', ['p53', 'p62', '“三公”经费']],
    ['车辆', ['p57', 'p15', '公务用车购置费']],
    ['编制', ['p45', 'p46', 'p47', 'p48']],
    ['采购', ['p55']],
    ['食堂', ['p18']],
  ])('finds the two-character query %s', async (q, expected) => {
    const hits = await seed.store.searchText(q, { mode: 'fts', k: 3 });
    expect(hits.length).toBeGreaterThan(0);
    expect(expected).toContain(hits[0]!.id);
  });

  it('is needed: the trigram tokenizer returns nothing for two-character queries', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'trigram')");
    const items = retrievalItems(parseDocument(readFileSync(SEED_PATH, 'utf8')).passages, []);
    for (const it of items) db.prepare('INSERT INTO t (body) VALUES (?)').run(it.text);
    for (const q of ['三公', '车辆', '编制', '采购']) expect(db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck().get(`"${q}"`)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck().get('"公务用车"')).toBeGreaterThan(0);
    db.close();
  });

  it('quotes every query word, so FTS5 syntax in a question is read as text', () => {
    const seg = intlSegmenter();
    expect(ftsQuery(seg, '三公 OR NEAR("x")')).toBe('"三公" OR "or" OR "near" OR "x"');
    expect(ftsQuery(seg, '的')).toBe('');
  });
});
