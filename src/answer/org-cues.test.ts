import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AliasFile } from './lexicon.js';
import { compileOrgCues } from './org-cues.js';
import { normalizeQuestion } from './question-text.js';

const aliases = JSON.parse(readFileSync(new URL('../../data/aliases.json', import.meta.url), 'utf8')) as AliasFile & {
  orgCounts: { examples: { match: Array<[string, string]>; noMatch: string[] } };
};
const cues = compileOrgCues(aliases.orgCounts);

describe('questions about counts of organisations and posts (data/aliases.json orgCounts): every example', () => {
  it.each(aliases.orgCounts.examples.match)('"%s" asks for %s', (question, key) => {
    expect(cues.match(normalizeQuestion(question))).toEqual({ key, asksCount: true, aboutMoney: false });
  });
  it.each(aliases.orgCounts.examples.noMatch)('"%s" does not ask for a count of organisations', (question) => {
    expect(cues.match(normalizeQuestion(question))?.asksCount ?? false).toBe(false);
  });
});
