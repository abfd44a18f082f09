import type { CaseResult } from './run-cases.js';
import { esc, ms } from './html-util.js';

const list = (items: string[], cls: (x: string) => string) =>
  items.length ? items.map((x) => `<span class="${cls(x)}">${esc(x)}</span>`).join('、') : '<span class="turn">—</span>';

/** One failing case: the conversation, then what was expected beside what came back, then why it failed. */
export function failingCase(r: CaseResult): string {
  const missing = new Set(r.checks.missingNumbers);
  const missingKw = new Set(r.checks.missingKeywords);
  const forbidden = new Set(r.checks.forbiddenFound);
  const earlier = r.turns
    .slice(0, -1)
    .map((t, i) => `<div class="turn">turn ${i + 1} — 问：${esc(t.question)}<br>答（${esc(t.status ?? '—')}）：${esc(t.answer ?? '—')}</div>`)
    .join('');
  const last = r.turns.at(-1);
  const a = r.actual;
  const citations = a?.citations.length
    ? `<ol>${a.citations.map((c) => `<li><code>${esc(c.docId)} [${c.start}, ${c.end})</code> ${esc(c.quote)}</li>`).join('')}</ol>`
    : '<span class="turn">none</span>';
  return `<article class="case" id="case-${esc(r.id)}">
<h3>${esc(r.id)} ${r.tags.map((t) => `<span class="tag">${esc(t)}</span>`).join('')}</h3>
${earlier}<div><b>问：</b>${esc(last?.question ?? '')}</div>
<div class="side">
<div><h4>Expected <span class="turn">(<span class="hit">as expected</span> / <span class="miss">not</span>)</span></h4>
<div>status: <b>${esc(r.expect.status)}</b></div>
<div>numbers: ${list(r.expect.numbers, (n) => (missing.has(n) ? 'miss' : 'hit'))}</div>
<div>keywords: ${list(r.expect.keywords, (k) => (missingKw.has(k) ? 'miss' : 'hit'))}</div>
<div>must not appear: ${list(r.expect.forbid, (n) => (forbidden.has(n) ? 'miss' : 'hit'))}</div></div>
<div><h4>Actual${a?.engine ? ` (${esc(a.engine)})` : ''} · ${ms(r.latencyMs)}</h4>
<div>status: <b class="${r.checks.status ? 'hit' : 'miss'}">${esc(a?.status ?? '—')}</b> · verified: <b class="${r.checks.verified ? 'hit' : 'miss'}">${esc(a ? String(a.verified) : '—')}</b></div>
<div class="answer">${esc(a?.answer ?? r.error ?? '')}</div>
<details><summary>citations (${a?.citations.length ?? 0})</summary>${citations}</details></div>
</div>
<ul class="reasons">${r.reasons.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>
</article>`;
}

/** Every case in one compact table (inside a <details>, since a set holds hundreds). */
export function allCasesTable(results: readonly CaseResult[]): string {
  const rows = results
    .map(
      (r) => `<tr><td>${r.pass ? '<span class="good">✓</span>' : `<a class="poor" href="#case-${esc(r.id)}">✗</a>`}</td><td>${esc(r.id)}</td>
<td>${esc(r.turns.map((t) => t.question).join(' → '))}</td><td>${esc(r.tags.join(', '))}</td>
<td>${esc(r.expect.status)}</td><td>${esc(r.actual?.status ?? '—')}</td><td class="num">${ms(r.latencyMs)}</td></tr>`,
    )
    .join('\n');
  return `<details><summary>${results.length} case(s)</summary><table id="all-cases">
<thead><tr><th></th><th>id</th><th>question(s)</th><th>tags</th><th>expected</th><th>actual</th><th>latency</th></tr></thead>
<tbody>${rows}</tbody></table></details>`;
}
