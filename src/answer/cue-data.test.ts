import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUE_FILES, compileCueFiles, cueEntries, cueIndex } from './cue-data.js';
import { CUES } from './intent-cues.js';
import { normalizeQuestion } from './question-text.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('question cues in data/cues/', () => {
  for (const [name, { file, entry }] of cueIndex()) {
    const re = CUES[name as keyof typeof CUES];
    it(`${file}.json ${name}: matches every should-match example and no must-not-match example`, () => {
      for (const q of entry.shouldMatch) expect(re.test(normalizeQuestion(q)), `should match: ${q}`).toBe(true);
      for (const q of entry.mustNotMatch) expect(re.test(normalizeQuestion(q)), `must not match: ${q}`).toBe(false);
    });
    if (entry.knownOverMatches) {
      // A known over-match the cue no longer matches has been fixed: move it to mustNotMatch.
      it(`${file}.json ${name}: still matches its known over-matches`, () => {
        for (const k of entry.knownOverMatches!) expect(re.test(normalizeQuestion(k.question)), `known over-match: ${k.question}`).toBe(true);
      });
    }
  }
});

describe('the cue files', () => {
  it('are all loaded, and each is well-formed', () => {
    const onDisk = readdirSync(join(root, 'data', 'cues')).filter((f) => f.endsWith('.json'));
    expect(onDisk.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(CUE_FILES).sort());
    for (const f of onDisk) expect(() => cueEntries(JSON.parse(readFileSync(join(root, 'data', 'cues', f), 'utf8'))), f).not.toThrow();
  });

  it('hold examples in normalised form (simplified characters, lower case, ASCII punctuation)', () => {
    for (const [name, { entry }] of cueIndex()) {
      for (const q of [...entry.shouldMatch, ...entry.mustNotMatch, ...(entry.knownOverMatches ?? []).map((k) => k.question)]) {
        expect(normalizeQuestion(q), `${name}: ${q}`).toBe(q);
      }
    }
  });

  it('compile every cue without flags, as one alternation of its patterns', () => {
    for (const [name, { entry }] of cueIndex()) {
      const re = CUES[name as keyof typeof CUES];
      expect(re.flags, name).toBe('');
      expect(re.source, name).toBe(entry.patterns.map((p) => `(?:${p})`).join('|'));
    }
  });

  it('name every cue the code uses', () => {
    const used = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/\bCUES\.(\w+)/g)) used.add(m[1]!);
        }
      }
    };
    walk(join(root, 'src'));
    expect(used.size).toBeGreaterThan(20);
    const known = new Set(cueIndex().keys());
    expect([...used].filter((n) => !known.has(n))).toEqual([]);
  });

  it('rejects a cue with fewer than three examples of either kind, an unknown field, a bad pattern or a name in two files', () => {
    const cue = { help: 'h', patterns: ['a'], shouldMatch: ['a', 'aa', 'aaa'], mustNotMatch: ['b', 'bb', 'bbb'] };
    expect(() => compileCueFiles({ f: { x: cue } })).not.toThrow();
    expect(() => compileCueFiles({ f: { x: { ...cue, shouldMatch: [] } } })).toThrow();
    expect(() => compileCueFiles({ f: { x: { ...cue, mustNotMatch: ['b'] } } })).toThrow();
    expect(() => compileCueFiles({ f: { x: { ...cue, shouldmatch: ['a'] } } })).toThrow();
    expect(() => compileCueFiles({ f: { x: { ...cue, patterns: ['(a'] } } })).toThrow(/cue x/);
    expect(() => compileCueFiles({ f: { x: cue }, g: { x: cue } })).toThrow(/both/);
  });
});
