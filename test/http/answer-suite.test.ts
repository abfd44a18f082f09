import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSet } from '../../eval/load-set.js';
import { inProcessClient } from '../../eval/in-process.js';
import { runCases, type CaseResult } from '../../eval/run-cases.js';
import { loadConfig } from '../../src/config.js';

/**
 * The answering suite: every conversation of eval/sets/seed.jsonl (expectations written from the source text)
 * through POST /api/ask via app.request — status, numbers, keywords, forbidden numbers, verifier and citations.
 */
const { cases } = loadSet('seed');
let results: Map<string, CaseResult>;
let close: () => Promise<void>;

beforeAll(async () => {
  const { client, close: c } = await inProcessClient(loadConfig({}));
  close = c;
  results = new Map((await runCases(cases, client)).map((r) => [r.id, r]));
}, 120_000);
afterAll(async () => close?.());

describe('answering suite (eval/sets/seed.jsonl)', () => {
  it('holds at least 120 cases', () => expect(cases.length).toBeGreaterThanOrEqual(120));
  it.each(cases.map((c) => [c.id, c.turns.join(' → ')]))('%s: %s', (id) => {
    const r = results.get(id)!;
    expect(r.reasons, r.actual?.answer).toEqual([]);
    expect(r.actual?.verified).toBe(true);
  });
});
