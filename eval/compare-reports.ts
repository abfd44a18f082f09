/**
 * Per-case equality of two eval reports (e.g. the same set against Node and against the Worker):
 * `npm run eval:compare -- A.json B.json`. Equal means: the same cases, and for each the same pass/fail, the same
 * checks, the same status and answer text of every turn, and the same numbers, citations and engine of the scored
 * answer (conversation ids and latencies differ by nature and are left out). Exit 1 on any difference.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

interface ReportCase {
  id: string;
  pass: boolean;
  checks: unknown;
  turns: Array<{ question: string; status?: string; answer?: string }>;
  actual?: { answer: string; status: string; numbers: unknown; citations: unknown; engine?: string };
}

/** What must be equal in a case. */
function comparable(c: ReportCase) {
  return {
    pass: c.pass,
    checks: c.checks,
    turns: c.turns.map((t) => ({ question: t.question, status: t.status, answer: t.answer })),
    actual: c.actual ? { answer: c.actual.answer, status: c.actual.status, numbers: c.actual.numbers, citations: c.actual.citations, engine: c.actual.engine } : undefined,
  };
}

export interface Comparison {
  cases: number;
  equal: number;
  /** Ids of cases that differ (or are in one report only), with the first differing field. */
  differences: Array<{ id: string; field: string }>;
}

export function compareReports(a: { cases: ReportCase[] }, b: { cases: ReportCase[] }): Comparison {
  const other = new Map(b.cases.map((c) => [c.id, c]));
  const differences: Comparison['differences'] = [];
  for (const c of a.cases) {
    const d = other.get(c.id);
    other.delete(c.id);
    if (!d) {
      differences.push({ id: c.id, field: 'missing from the second report' });
      continue;
    }
    const [x, y] = [comparable(c), comparable(d)];
    const field = (Object.keys(x) as Array<keyof typeof x>).find((k) => !isDeepStrictEqual(x[k], y[k]));
    if (field) differences.push({ id: c.id, field });
  }
  for (const id of other.keys()) differences.push({ id, field: 'missing from the first report' });
  return { cases: a.cases.length, equal: a.cases.length - differences.filter((d) => !d.field.startsWith('missing from the first')).length, differences };
}

if (process.argv[1]?.endsWith('compare-reports.ts')) {
  const [fileA, fileB] = process.argv.slice(2);
  if (!fileA || !fileB) {
    process.stderr.write('usage: npm run eval:compare -- A.json B.json\n');
    process.exit(2);
  }
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as { target: string; cases: ReportCase[] };
  const [a, b] = [read(fileA), read(fileB)];
  const r = compareReports(a, b);
  const passed = (x: { cases: ReportCase[] }) => x.cases.filter((c) => c.pass).length;
  process.stdout.write(`${a.target}: ${passed(a)}/${a.cases.length} passed · ${b.target}: ${passed(b)}/${b.cases.length} passed\n`);
  process.stdout.write(`per-case equal (pass, checks, every turn's status and answer, numbers, citations, engine): ${r.equal}/${r.cases}\n`);
  for (const d of r.differences) process.stdout.write(`  differs: ${d.id} (${d.field})\n`);
  process.exitCode = r.differences.length ? 1 : 0;
}
