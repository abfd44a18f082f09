import type { Metrics } from './metrics.js';
import { esc, grade, pct } from './html-util.js';

/** A horizontal bar chart of pass rate per tag (worst first, overall on top) as inline SVG — no script, no requests. */
export function passRateChart(summary: Metrics, byTag: Record<string, Metrics>): string {
  const rows: Array<[string, Metrics]> = [
    ['overall', summary],
    ...Object.entries(byTag).sort(([a, x], [b, y]) => x.passRate - y.passRate || a.localeCompare(b)),
  ];
  const label = 170;
  const barW = 480;
  const rowH = 24;
  const width = label + barW + 120;
  const height = rows.length * rowH + 8;
  const bars = rows
    .map(([tag, m], i) => {
      const y = i * rowH + 4;
      const w = Math.round(m.passRate * barW);
      return `<g data-tag="${esc(tag)}"><title>${esc(tag)}: ${m.passed}/${m.cases} passed</title>
<text x="${label - 8}" y="${y + 15}" text-anchor="end">${esc(tag)}</text>
<rect class="track" x="${label}" y="${y + 3}" width="${barW}" height="${rowH - 8}" rx="3"/>
<rect class="bar ${grade(m.passRate)}" x="${label}" y="${y + 3}" width="${w}" height="${rowH - 8}" rx="3"/>
<text x="${label + barW + 8}" y="${y + 15}">${pct(m.passRate)} (${m.passed}/${m.cases})</text></g>`;
    })
    .join('\n');
  return `<svg id="pass-rate-chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Pass rate per tag">
${bars}
</svg>`;
}
