import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import type { WritableStore } from '../../src/store/store.js';

const SEED = readFileSync(new URL('../../data/sources/yuzhong-gov-office-2026.txt', import.meta.url), 'utf8');
const PRIOR = readFileSync(new URL('../fixtures/series/yuzhong-gov-office-2025-invented.txt', import.meta.url), 'utf8');

/** The behaviour every Store implementation must have: better-sqlite3 on Node, D1 on Workers. */
export function storeContract(name: string, open: () => Promise<WritableStore>) {
  describe(`Store contract: ${name}`, () => {
    it('stores a document with its facts, passages, glossary and warnings, and reads them back exactly', async () => {
      const store = await open();
      const parsed = parseDocument(SEED);
      const { docId, replaced, facts } = await store.putDocument('seed.txt', SEED, parsed);
      expect(replaced).toBe(false);
      expect(facts).toBe(parsed.facts.length);
      const doc = await store.getDocument(docId);
      expect(doc).toMatchObject({ id: docId, sourceName: 'seed.txt', title: parsed.document.title, year: 2026, text: SEED });
      expect(doc!.subUnits).toEqual(parsed.subUnits);
      expect(doc!.contact).toEqual(parsed.contact);
      const stored = await store.facts({ docId });
      for (const f of stored) expect(f.quote).toBe(SEED.slice(f.sentence.start, f.sentence.end));
      expect(stored.map(({ id: _id, docId: _d, quote: _q, ...f }) => f).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
        [...parsed.facts].sort((a, b) => a.key.localeCompare(b.key)),
      );
      expect((await store.passages(docId)).map(({ docId: _d, ...p }) => p)).toEqual(parsed.passages);
      expect((await store.glossary(docId)).length).toBe(parsed.glossary.length);
      expect(await store.warnings(docId)).toEqual(parsed.warnings);
      await store.close();
    });

    it('keeps a fact\'s note (how it was read) through the store', async () => {
      const store = await open();
      const parsed = parseDocument(SEED);
      parsed.facts[1] = { ...parsed.facts[1]!, note: 'unit inferred from the list it stands in (万元)' };
      const { docId } = await store.putDocument('seed.txt', SEED, parsed);
      const stored = await store.facts({ docId });
      expect(stored.find((f) => f.key === parsed.facts[1]!.key)?.note).toBe('unit inferred from the list it stands in (万元)');
      expect(stored.filter((f) => f.note !== undefined)).toHaveLength(1);
      await store.close();
    });

    it('replaces a document re-ingested with the same content or source name, never duplicating', async () => {
      const store = await open();
      const parsed = parseDocument(SEED);
      const a = await store.putDocument('seed.txt', SEED, parsed);
      const b = await store.putDocument('seed.txt', SEED, parsed);
      expect(b).toMatchObject({ docId: a.docId, replaced: true });
      const edited = SEED.replace('公务接待费27.55万元', '公务接待费27.56万元');
      const c = await store.putDocument('seed.txt', edited, parseDocument(edited));
      expect(c.docId).not.toBe(a.docId);
      expect(await store.listDocuments()).toHaveLength(1);
      expect((await store.facts({ text: 'sangong.reception' }))[0]!.value).toBe('27.56');
      await store.close();
    });

    it('searches passages and glossary with exact spans, and returns nothing for an unrelated query', async () => {
      const store = await open();
      const { docId } = await store.putDocument('seed.txt', SEED, parseDocument(SEED));
      await store.syncIndex();
      const [hit] = await store.searchText('三公经费是什么', { docId, kind: 'glossary', k: 3 });
      expect(hit?.term).toBe('“三公”经费');
      expect(SEED.slice(hit!.span.start, hit!.span.end)).toBe(hit!.text);
      const passages = await store.searchText('政务服务中心负责什么', { docId, kind: 'passage', k: 3 });
      for (const p of passages) expect(SEED.slice(p.span.start, p.span.end)).toBe(p.text);
      expect(passages.length).toBeGreaterThan(0);
      expect(await store.searchText('明天天气怎么样', { docId })).toEqual([]);
      await store.close();
    });

    it('finds facts by key, label or sub-unit text, with LIKE wildcards taken literally', async () => {
      const store = await open();
      await store.putDocument('seed.txt', SEED, parseDocument(SEED));
      expect((await store.facts({ text: '公务接待费' })).map((f) => f.key)).toContain('sangong.reception');
      expect((await store.facts({ text: '政务服务中心' })).map((f) => f.key)).toEqual(expect.arrayContaining(['units.3.staff.actual']));
      expect(await store.facts({ text: '%' })).toEqual([]);
      expect(await store.facts({ docId: 'nope' })).toEqual([]);
      expect(await store.getDocument('nope')).toBeUndefined();
      await store.close();
    });

    it('reads a bundle in one piece, pages the catalog, finds facts across documents, and moves the catalog version on every write', async () => {
      const store = await open();
      const v0 = await store.catalogVersion();
      const a = await store.putDocument('seed.txt', SEED, parseDocument(SEED));
      const b = await store.putDocument('prior.txt', PRIOR, parseDocument(PRIOR));
      expect(await store.catalogVersion()).toBe(v0 + 2);
      const page = await store.documentsPage({ limit: 1, offset: 0 });
      expect(page.total).toBe(2);
      expect(page.documents.map((d) => [d.id, d.year])).toEqual([[a.docId, 2026]]);
      expect((await store.listDocuments()).map((d) => d.id)).toEqual([a.docId, b.docId]);
      const bundle = (await store.documentBundle(a.docId))!;
      expect(bundle.doc.text).toBe(SEED);
      expect(bundle.facts).toEqual(await store.facts({ docId: a.docId }));
      expect(bundle.passages).toEqual(await store.passages(a.docId));
      expect(bundle.glossary).toEqual(await store.glossary(a.docId));
      expect(await store.documentBundle('nope')).toBeUndefined();
      const across = await store.facts({ keys: ['sangong.total'], docIds: [a.docId, b.docId] });
      expect(across.map((f) => f.docId).sort()).toEqual([a.docId, b.docId].sort());
      for (const f of across) expect(f.quote).toContain('三公');
      const all = await store.facts({ docId: a.docId });
      expect(await store.countFacts({ docId: a.docId })).toBe(all.length);
      expect(await store.facts({ docId: a.docId, limit: 5, offset: 5 })).toEqual(all.slice(5, 10));
      await store.close();
    });

    it('keeps the index in step: a second sync embeds nothing, and a replaced document is searched in its new text', async () => {
      const store = await open();
      await store.putDocument('seed.txt', SEED, parseDocument(SEED));
      const first = await store.syncIndex();
      expect(first).toMatchObject({ rebuilt: true, embedded: first.records });
      expect(first.records).toBeGreaterThan(100);
      expect(await store.syncIndex()).toMatchObject({ rebuilt: false, embedded: 0, records: first.records });
      const edited = SEED.replace('一、单位基本情况', '一、单位基本情况（修订）');
      const { docId } = await store.putDocument('seed.txt', edited, parseDocument(edited));
      await store.syncIndex();
      const hits = await store.searchText('政务服务中心负责什么', { k: 5 });
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) {
        expect(h.docId).toBe(docId);
        expect(edited.slice(h.span.start, h.span.end)).toBe(h.text);
      }
      await store.close();
    });
  });
}
