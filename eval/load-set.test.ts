import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSet, parseSet, repoRelative, resolveSetPath, SetError } from './load-set.js';

const line = (o: unknown) => JSON.stringify(o);
const ok = { id: 'a', turns: ['公务接待费是多少？'], expect: { status: 'answered', numbers: [27.55, '3.20'], keywords: ['公务接待费'], forbid: [] }, tags: ['figure', 'zh'] };

describe('question sets', () => {
  it('parses JSONL, skips blank lines, turns numbers into strings and fills defaults', () => {
    const cases = parseSet(`${line(ok)}\n\n${line({ id: 'b', turns: ['天气'], expect: { status: 'out_of_scope' } })}\n`);
    expect(cases.map((c) => c.id)).toEqual(['a', 'b']);
    expect(cases[0]!.expect.numbers).toEqual(['27.55', '3.20']);
    expect(cases[1]).toMatchObject({ tags: [], expect: { numbers: [], keywords: [], forbid: [] } });
  });

  it('reports every bad line with its number: bad JSON, bad status, misspelt expectation, non-number, duplicate id', () => {
    const text = [
      line(ok),
      '{not json',
      line({ ...ok, id: 'c', expect: { status: 'yes' } }),
      line({ ...ok, id: 'd', expect: { status: 'answered', keyword: ['x'] } }),
      line({ ...ok, id: 'e', expect: { status: 'answered', numbers: ['万元'] } }),
      line(ok),
    ].join('\n');
    let message = '';
    try {
      parseSet(text, 'x.jsonl');
    } catch (err) {
      expect(err).toBeInstanceOf(SetError);
      message = (err as Error).message;
    }
    expect(message).toContain('5 bad line(s)');
    for (const n of [2, 3, 4, 5, 6]) expect(message).toContain(`x.jsonl:${n}:`);
    expect(message).toContain('duplicate id "a" (first on line 1)');
    expect(message).toContain('must name exactly one number');
  });

  it('keeps unknown top-level keys out of the case (authors may annotate)', () => {
    expect(parseSet(line({ ...ok, source: '第四部分' }))[0]).not.toHaveProperty('source');
  });

  it('resolves a set name under eval/sets and refuses path tricks', () => {
    expect(resolveSetPath('seed', '/r')).toBe('/r/eval/sets/seed.jsonl');
    expect(resolveSetPath('/tmp/x.jsonl', '/r')).toBe('/tmp/x.jsonl');
    expect(() => resolveSetPath('../etc/passwd', '/r')).toThrow(SetError);
  });

  it('refuses a missing or empty set', () => {
    const root = mkdtempSync(join(tmpdir(), 'eval-set-'));
    mkdirSync(join(root, 'eval', 'sets'), { recursive: true });
    writeFileSync(join(root, 'eval', 'sets', 'empty.jsonl'), '\n');
    expect(() => loadSet('nope', root)).toThrow(/no question set/);
    expect(() => loadSet('empty', root)).toThrow(/holds no cases/);
  });

  it('loads the smoke set shipped in the repository', () => {
    expect(loadSet('smoke').cases.length).toBeGreaterThanOrEqual(5);
  });

  it('names a set relative to the repository, never by the absolute path of this machine', () => {
    expect(loadSet('smoke').file).toBe('eval/sets/smoke.jsonl');
    expect(loadSet('eval/sets/smoke.jsonl').file).toBe('eval/sets/smoke.jsonl');
    expect(repoRelative('/r/eval/sets/x.jsonl', '/r')).toBe('eval/sets/x.jsonl');
    expect(repoRelative('/elsewhere/x.jsonl', '/r')).toBe('../elsewhere/x.jsonl');
    expect(() => loadSet('no-such-set')).toThrow('no question set at eval/sets/no-such-set.jsonl');
  });
});
