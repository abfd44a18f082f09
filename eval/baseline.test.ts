import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffBaseline, loadBaseline } from './baseline.js';

describe('baseline diff', () => {
  it('lists regressions, fixes, new and removed cases by id', () => {
    const before = [{ id: 'a', pass: true }, { id: 'b', pass: false }, { id: 'c', pass: true }, { id: 'gone', pass: true }];
    const now = [{ id: 'a', pass: false }, { id: 'b', pass: true }, { id: 'c', pass: true }, { id: 'new', pass: false }];
    expect(diffBaseline('old.json', before, now)).toEqual({ baseline: 'old.json', regressed: ['a'], fixed: ['b'], added: ['new'], removed: ['gone'] });
  });

  it('reads the cases of an earlier report and refuses anything else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-baseline-'));
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ version: 1, cases: [{ id: 'a', pass: true, latencyMs: 3 }] }));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ results: [] }));
    expect(loadBaseline(join(dir, 'r.json'))).toEqual([{ id: 'a', pass: true }]);
    expect(() => loadBaseline(join(dir, 'bad.json'))).toThrow(/not an eval report/);
    expect(() => loadBaseline(join(dir, 'missing.json'))).toThrow(/cannot read the baseline/);
  });
});
