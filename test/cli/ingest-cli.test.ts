import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const SEED = 'data/sources/yuzhong-gov-office-2026.txt';
const BAD = 'test/fixtures/bad';

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'budget-qa-cli-')), 'budget.db');
const countDocs = (db: string) => (new Database(db, { readonly: true }).prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;

describe('budget-qa ingest', () => {
  it('builds the database with a progress line per file, and re-ingesting replaces instead of duplicating', () => {
    const db = tempDb();
    const first = cli(['ingest', SEED, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/\[1\/1\] yuzhong-gov-office-2026\.txt: \d+ facts/);
    const again = cli(['ingest', SEED, `${BAD}/gbk-copy.txt`, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/\[2\/2\] gbk-copy\.txt: .*decoded from gb18030.*replaced/);
    expect(countDocs(db)).toBe(1);
  });

  it.each([
    ['empty.txt', /empty/],
    ['binary.txt', /binary/],
    ['not-budget.txt', /not a budget document/],
    ['missing.txt', /no such file/],
  ])('rejects %s with a one-line error naming the file, a non-zero exit, and nothing written', (name, reason) => {
    const db = tempDb();
    const r = cli(['ingest', `${BAD}/${name}`, '--db', db]);
    expect(r.code).not.toBe(0);
    const line = r.out.split('\n').find((l) => l.includes('error:'))!;
    expect(line).toContain(`${BAD}/${name}`);
    expect(line).toMatch(reason);
    expect(countDocs(db)).toBe(0);
  });
});

describe('budget-qa extract --json', () => {
  it('prints the documented shape without touching a database', () => {
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'extract', SEED, '--json'], { encoding: 'utf8' }));
    expect(Object.keys(out)).toEqual(['document', 'facts', 'warnings']);
    expect(Object.keys(out.document)).toEqual(['title', 'department', 'year']);
    const f = out.facts.find((x: { key: string }) => x.key === 'sangong.vehicle_purchase');
    expect(f).toEqual({ key: 'sangong.vehicle_purchase', label: '公务用车购置费', year: 2026, value: '252', unit: '万元', change: '34', reason: '全区公车购置需求增加', start: f.start, end: f.end });
    expect(readFileSync(SEED, 'utf8').slice(f.start, f.end)).toBe('252');
  });
});

describe('budget-qa audit', () => {
  it('passes every check on the seed, and fails exactly the "三公" sum when one figure is altered', () => {
    const db = tempDb();
    expect(cli(['ingest', SEED, '--db', db]).code).toBe(0);
    const ok = cli(['audit', '--db', db]);
    expect(ok.code).toBe(0);
    expect(ok.out).not.toMatch(/FAIL/);
    expect(ok.out).toMatch(/all checks passed/);

    const dir = mkdtempSync(join(tmpdir(), 'budget-qa-altered-'));
    const altered = join(dir, 'altered.txt');
    copyFileSync(SEED, altered);
    writeFileSync(altered, readFileSync(altered, 'utf8').replace('公务用车购置费252万元', '公务用车购置费253万元'));
    const db2 = tempDb();
    expect(cli(['ingest', altered, '--db', db2]).code).toBe(0);
    const bad = cli(['audit', '--db', db2]);
    expect(bad.code).toBe(1);
    const fails = bad.out.split('\n').filter((l) => l.includes('FAIL'));
    expect(fails).toHaveLength(1);
    expect(fails[0]).toMatch(/"三公"经费 = 四项之和: 0 \+ 27\.55 \+ 87\.8 \+ 253 = 368\.35; stated 367\.35/);
  });
});
