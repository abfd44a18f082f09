import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { packageRoot } from '../entry/package-root.js';
import { diffBaseline, loadBaseline } from '../../eval/baseline.js';
import { inProcessClient } from '../../eval/in-process.js';
import { loadSet, repoRelative } from '../../eval/load-set.js';
import { pct } from '../../eval/html-util.js';
import { renderHtmlReport } from '../../eval/report-html.js';
import { buildReport, writeReportFiles, type EvalReport } from '../../eval/report-json.js';
import { runCases, type CaseResult } from '../../eval/run-cases.js';
import { urlClient } from '../../eval/ask-client.js';
import { loadThresholds } from '../../eval/thresholds.js';

const ROOT = packageRoot();

export const EVAL_USAGE = `usage: budget-qa eval [--set NAME] [--url URL] [--baseline REPORT.json] [--out DIR] [--db PATH] [--thresholds FILE] [--every N]
  --set NAME         question set eval/sets/NAME.jsonl, or a path to a .jsonl file (default: seed)
  --url URL          ask a running server (e.g. http://127.0.0.1:8787) instead of an in-process app
  --baseline FILE    an earlier JSON report: list cases that passed then and fail now (and the reverse)
  --out DIR          where reports go (default: eval/reports); writes <timestamp>.json/.html and latest.*
  --db PATH          in-process: use this built database instead of a fresh one built from SOURCES_DIR
  --thresholds FILE  gates (default: eval/thresholds.json)
  --every N          print a progress line every N cases (failures are always printed; default 1)
  --doc NAME|ID      pin every question to one department's document (a name as citizens write it, or a document id)
exit status: 0 every threshold met, 1 a threshold missed, 2 bad usage or set`;

/** `budget-qa eval`: run a question set, write the JSON and HTML reports, and gate on the thresholds. */
export async function evalCommand(
  args: string[],
  config: Config,
  log: (line: string) => void,
  warn: (text: string) => void = (t) => process.stderr.write(t),
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      set: { type: 'string', default: 'seed' },
      url: { type: 'string' },
      baseline: { type: 'string' },
      out: { type: 'string' },
      db: { type: 'string' },
      thresholds: { type: 'string' },
      every: { type: 'string', default: '1' },
      doc: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return log(EVAL_USAGE), 0;
  const every = Number(values.every);
  if (!Number.isInteger(every) || every < 1) return usage('--every takes a whole number ≥ 1');
  if (values.url && !/^https?:\/\//.test(values.url)) return usage('--url takes an http(s):// address');

  let set: ReturnType<typeof loadSet>;
  let thresholds: ReturnType<typeof loadThresholds>;
  let before: ReturnType<typeof loadBaseline> | undefined;
  try {
    set = loadSet(values.set, ROOT);
    thresholds = loadThresholds(values.thresholds ?? join(ROOT, 'eval', 'thresholds.json'));
    before = values.baseline ? loadBaseline(values.baseline) : undefined;
  } catch (err) {
    return usage((err as Error).message, false);
  }

  const target = values.url
    ? { client: urlClient(values.url, { onWait: (ms) => log(`  rate-limited: waiting ${ms / 1000} s`) }), close: async () => {} }
    : await inProcessClient(config, { ...(values.db ? { useDb: values.db } : {}), progress: (l) => log(`  ${l}`) });
  if (values.url && !(await reachable(values.url))) {
    log(`error: no budget-qa server answers at ${values.url}/healthz`);
    return 1;
  }
  let docId: string | undefined;
  if (values.doc) {
    const ids = /^[0-9a-f]{16}$/.test(values.doc) ? [values.doc] : await target.client.findDocuments(values.doc);
    if (ids.length !== 1) {
      await target.close();
      return usage(`--doc "${values.doc}" matches ${ids.length} loaded departments; name one`, false);
    }
    docId = ids[0];
  }
  log(`eval: ${set.cases.length} case(s) from ${set.file} against ${target.client.target}${docId ? ` (pinned to document ${docId})` : ''}`);
  const startedAt = new Date();
  let results: CaseResult[];
  try {
    results = await runCases(set.cases, target.client, { onResult: (r, i, n) => progress(log, r, i, n, every), ...(docId ? { docId } : {}) });
  } finally {
    await target.close();
  }
  const report = buildReport({
    set: values.set,
    setPath: set.file,
    target: target.client.target,
    startedAt,
    finishedAt: new Date(),
    results,
    thresholds,
    ...(before && values.baseline ? { baseline: diffBaseline(repoRelative(resolve(values.baseline), ROOT), before, results) } : {}),
  });
  const paths = writeReportFiles(resolve(values.out ?? join(ROOT, 'eval', 'reports')), report, renderHtmlReport(report));
  summarize(log, report);
  log(`report: ${paths.html}\n        ${paths.json}`);
  return report.ok ? 0 : 1;

  function usage(message: string, showUsage = true): number {
    warn(`error: ${message}\n${showUsage ? `${EVAL_USAGE}\n` : ''}`);
    return 2;
  }
}

async function reachable(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url.replace(/\/+$/, '')}/healthz`, { signal: AbortSignal.timeout(10_000) });
    return res.ok;
  } catch {
    return false;
  }
}

function progress(log: (line: string) => void, r: CaseResult, i: number, n: number, every: number) {
  if (r.pass && (i + 1) % every !== 0 && i + 1 !== n) return;
  const pos = `[${String(i + 1).padStart(String(n).length)}/${n}]`;
  log(`${pos} ${r.pass ? '✓' : '✗'} ${r.id}  ${Math.round(r.latencyMs)} ms${r.pass ? '' : ` — ${r.reasons.join('; ')}`}`);
}

function summarize(log: (line: string) => void, r: EvalReport) {
  const m = r.summary;
  log(
    `${m.passed}/${m.cases} passed (${pct(m.passRate)}) · status ${pct(m.statusAccuracy)} · numbers ${pct(m.numberRecall)} · ` +
      `no forbidden ${pct(m.forbiddenAbsent)} · keywords ${pct(m.keywordRecall)} · verified ${pct(m.verifiedRate)} · ` +
      `citations ${pct(m.citationCorrectness)} · errors ${m.errors} · p50 ${Math.round(m.latencyP50Ms)} ms · p95 ${Math.round(m.latencyP95Ms)} ms`,
  );
  log(`outcomes: ${r.outcomes.correct} correct · ${r.outcomes.wrong} wrong · ${r.outcomes.refused} refused`);
  if (r.baseline) {
    const b = r.baseline;
    log(`baseline ${b.baseline}: ${b.regressed.length} regressed${b.regressed.length ? ` (${b.regressed.join(', ')})` : ''}, ${b.fixed.length} fixed, ${b.added.length} new, ${b.removed.length} removed`);
  }
  for (const c of r.checks.filter((x) => !x.ok)) log(`threshold missed: ${c.name} = ${Number.isInteger(c.actual) ? c.actual : c.actual.toFixed(4)} (required ${c.required})`);
  log(r.ok ? 'eval gate: PASS' : 'eval gate: FAIL');
}
