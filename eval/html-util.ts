/** Escape text for HTML and SVG (element content and quoted attributes). */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const pct = (rate: number) => `${(rate * 100).toFixed(1).replace(/\.0$/, '')}%`;
export const ms = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;

/** good (all), fair (≥ 90%), poor — for colours. */
export function grade(rate: number): 'good' | 'fair' | 'poor' {
  return rate >= 1 ? 'good' : rate >= 0.9 ? 'fair' : 'poor';
}

export const CSS = `
:root { --good:#1a7f37; --fair:#b7791f; --poor:#c62828; --line:#d0d7de; --muted:#57606a; --bg:#f6f8fa; }
* { box-sizing: border-box; }
body { font-family: system-ui, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  margin: 0 auto; max-width: 1200px; padding: 24px; color: #1f2328; line-height: 1.5; }
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.2rem; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta { color: var(--muted); font-size: .9rem; }
.verdict { display: inline-block; padding: 2px 10px; border-radius: 12px; color: #fff; font-weight: 600; }
.verdict.ok { background: var(--good); } .verdict.fail { background: var(--poor); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px; background: var(--bg); }
.card b { display: block; font-size: 1.4rem; } .card span { color: var(--muted); font-size: .85rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.good { color: var(--good); } .fair { color: var(--fair); } .poor { color: var(--poor); font-weight: 600; }
svg .bar.good { fill: var(--good); } svg .bar.fair { fill: var(--fair); } svg .bar.poor { fill: var(--poor); }
svg text { font-size: 12px; fill: #1f2328; } svg .track { fill: #eaeef2; }
.case { border: 1px solid var(--line); border-left: 4px solid var(--poor); border-radius: 6px; padding: 10px 14px; margin: 12px 0; }
.case h3 { margin: 0 0 6px; font-size: 1rem; } .tag { display: inline-block; background: #ddf4ff; border-radius: 10px; padding: 0 8px; margin-right: 4px; font-size: .8rem; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; } .side > div { background: var(--bg); border-radius: 6px; padding: 8px 10px; }
.side h4 { margin: 0 0 4px; font-size: .9rem; color: var(--muted); }
.turn { color: var(--muted); font-size: .85rem; } .answer { white-space: pre-wrap; }
ul.reasons { margin: 6px 0 0; padding-left: 18px; color: var(--poor); }
.miss { color: var(--poor); font-weight: 600; } .hit { color: var(--good); }
`;
