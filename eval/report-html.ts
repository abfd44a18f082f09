import type { BaselineDiff } from './baseline.js';
import { allCasesTable, failingCase } from './html-cases.js';
import { passRateChart } from './html-chart.js';
import { CSS, esc, grade, ms, pct } from './html-util.js';
import type { Metrics } from './metrics.js';
import type { EvalReport } from './report-json.js';

const RATES: Array<[keyof Metrics, string]> = [
  ['passRate', 'pass rate'],
  ['statusAccuracy', 'status accuracy'],
  ['numberRecall', 'number recall'],
  ['forbiddenAbsent', 'no forbidden number'],
  ['keywordRecall', 'keyword recall'],
  ['verifiedRate', 'verified'],
  ['citationCorrectness', 'citations correct'],
];

const rateCell = (v: number) => `<td class="num ${grade(v)}">${pct(v)}</td>`;

function cards(m: Metrics): string {
  const rate = RATES.map(([k, label]) => `<div class="card"><b class="${grade(m[k])}">${pct(m[k])}</b><span>${label}</span></div>`);
  const more = [
    `<div class="card"><b>${m.passed}/${m.cases}</b><span>cases passed</span></div>`,
    `<div class="card"><b>${ms(m.latencyP50Ms)}</b><span>latency p50</span></div>`,
    `<div class="card"><b>${ms(m.latencyP95Ms)}</b><span>latency p95</span></div>`,
    `<div class="card"><b class="${m.errors ? 'poor' : ''}">${m.errors}</b><span>errors</span></div>`,
  ];
  return `<div class="cards" id="summary">${[...more.slice(0, 1), ...rate, ...more.slice(1)].join('\n')}</div>`;
}

function tagTable(byTag: Record<string, Metrics>): string {
  const head = ['tag', 'cases', 'passed', ...RATES.map(([, l]) => l), 'p50', 'p95'].map((h) => `<th>${h}</th>`).join('');
  const rows = Object.entries(byTag)
    .map(([tag, m]) => `<tr><th scope="row">${esc(tag)}</th><td class="num">${m.cases}</td><td class="num">${m.passed}</td>${RATES.map(([k]) => rateCell(m[k])).join('')}<td class="num">${ms(m.latencyP50Ms)}</td><td class="num">${ms(m.latencyP95Ms)}</td></tr>`)
    .join('\n');
  return `<table id="per-tag"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function checksTable(r: EvalReport): string {
  const rows = r.checks
    .map((c) => `<tr><td>${c.ok ? '<span class="good">✓</span>' : '<span class="poor">✗</span>'}</td><td>${esc(c.name)}</td><td class="num">${esc(Number.isInteger(c.actual) ? c.actual : c.actual.toFixed(4))}</td><td>${esc(c.required)}</td></tr>`)
    .join('\n');
  return `<table id="thresholds"><thead><tr><th></th><th>check</th><th>actual</th><th>required</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function baselineSection(b: BaselineDiff): string {
  const line = (label: string, ids: string[], cls = '') => `<li>${label} (${ids.length}): <span class="${cls}">${ids.length ? ids.map(esc).join(', ') : '—'}</span></li>`;
  return `<h2>Against the baseline</h2><p class="meta">${esc(b.baseline)}</p><ul id="baseline">
${line('passed before, fail now', b.regressed, 'poor')}${line('failed before, pass now', b.fixed, 'good')}${line('new cases', b.added)}${line('cases no longer in the set', b.removed)}</ul>`;
}

/** The report a person reads: one self-contained HTML file (inline CSS and SVG, no script, no external request). */
export function renderHtmlReport(r: EvalReport): string {
  const failing = r.cases.filter((c) => !c.pass);
  const engines = Object.entries(r.engines).map(([e, n]) => `${e} ${n}`).join(', ') || '—';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>budget-qa eval — ${esc(r.set)} — ${esc(r.startedAt)}</title><style>${CSS}</style></head>
<body>
<h1>budget-qa evaluation · 评测报告 <span class="verdict ${r.ok ? 'ok' : 'fail'}" id="verdict">${r.ok ? 'PASS' : 'FAIL'}</span></h1>
<p class="meta">set <b>${esc(r.set)}</b> (${esc(r.setPath)}) · target ${esc(r.target)} · engines ${esc(engines)} · ${esc(r.startedAt)} → ${esc(r.finishedAt)}</p>
<h2>Summary</h2>${cards(r.summary)}
<p id="outcomes">Outcomes: <b>${r.outcomes.correct}</b> correct · <b class="${r.outcomes.wrong ? 'poor' : ''}">${r.outcomes.wrong}</b> wrong (stated something other than what was asked) · <b>${r.outcomes.refused}</b> refused (declined, nothing false)</p>
<h2>Thresholds</h2>${checksTable(r)}
<h2>Pass rate per tag</h2>${passRateChart(r.summary, r.byTag)}
<h2>Per tag</h2>${tagTable(r.byTag)}
${r.baseline ? baselineSection(r.baseline) : ''}
<h2>Failing cases (${failing.length})</h2>
<section id="failing">${failing.length ? failing.map(failingCase).join('\n') : '<p class="good">Every case passed.</p>'}</section>
<h2>All cases</h2>${allCasesTable(r.cases)}
</body></html>
`;
}
