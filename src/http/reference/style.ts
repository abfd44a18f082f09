/** The reference page's stylesheet, served from this origin (the CSP allows no inline style). */
export const REFERENCE_CSS = `
:root { --text: #1a1a1a; --muted: #4a4a4a; --bg: #f6f5f2; --card: #fff; --line: #d6d3cc; --brand: #b3261e; --focus: #1d4ed8;
  font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.6; color: var(--text); background: var(--bg); }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; overflow-wrap: anywhere; }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--card); padding: 0.5rem; }
.skip-link:focus { top: 0.5rem; }
header { background: var(--brand); color: #fff; padding: 1rem 0; }
header a { color: #fff; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 0.75rem; }
h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0 0 0.5rem; }
h4 { font-size: 0.95rem; margin: 1rem 0 0.25rem; }
nav ul { padding-left: 1.25rem; }
.operation { background: var(--card); border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.75rem; margin: 0.75rem 0; }
.method { display: inline-block; min-width: 3.5rem; text-align: center; font-weight: 700; border-radius: 0.25rem; padding: 0 0.4rem; color: #fff; background: #2f5f8a; }
.method.post { background: #1e6b34; }
.auth { color: #8a4b00; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #efede8; }
code { font-family: ui-monospace, "Noto Sans Mono CJK SC", monospace; font-size: 0.9em; }
pre { background: #1f2328; color: #f0f0f0; padding: 0.5rem; border-radius: 0.375rem; overflow-x: auto; white-space: pre-wrap; font-size: 0.85rem; }
details { margin: 0.25rem 0; }
summary { cursor: pointer; }
.muted { color: var(--muted); }
`.trimStart();
