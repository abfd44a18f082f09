import { describe, expect, it } from 'vitest';
import { createClient } from '../../eval/ask-client.js';
import { loadSet } from '../../eval/load-set.js';
import { runCases } from '../../eval/run-cases.js';
import { buildCorpusApp, MIXED_CORPUS } from '../support/corpus-app.js';
import { syntheticCorpus } from '../support/synthetic-documents.js';

/**
 * The release set, unchanged, asked of a corpus of many departments (the seed beside 120 synthetic documents and the
 * fixtures), pinned to the seed's document as the portal's department picker does: every case still passes.
 */
describe('the seed suite in a corpus of many departments', () => {
  it('passes every case with the seed pinned', async () => {
    const seed = MIXED_CORPUS.filter((f) => f.name.startsWith('yuzhong-gov-office-2026'));
    const corpus = [...seed, ...syntheticCorpus(120).map((d) => ({ name: d.fileName, text: d.text }))];
    const { app } = await buildCorpusApp(corpus);
    const client = createClient('in-process', async (path, init) => app.request(path, init));
    const [docId] = await client.findDocuments('渝中区政府办公室');
    expect(docId).toMatch(/^[0-9a-f]{16}$/);
    const set = loadSet('seed', new URL('../..', import.meta.url).pathname);
    const results = await runCases(set.cases, client, { docId: docId! });
    const failed = results.filter((r) => !r.pass).map((r) => `${r.id}: ${r.reasons.join('; ')}`);
    expect(failed).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(200);
  }, 180_000);
});
