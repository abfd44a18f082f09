import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Drivers and adapters that only run on Node. */
const NODE_ONLY = /^(better-sqlite3|sqlite-vec|@hono\/node-server)(\/|$)/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'sqlite' ? [] : sources(path); // src/*/sqlite/: the better-sqlite3 adapters
    return /\.ts$/.test(e.name) && !/\.(test|testkit)\.ts$/.test(e.name) ? [path] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);

it('the HTTP core, answer, retrieval, agent, service and domain code import nothing from Node (its adapters sit in src/entry and */sqlite/)', () => {
  const offending = ['http', 'answer', 'retrieve', 'agent', 'service', 'domain', 'calc'].flatMap((folder) =>
    sources(join(ROOT, 'src', folder)).flatMap((file) => imports(file).filter((m) => BUILTINS.has(m) || NODE_ONLY.test(m)).map((m) => `${relative(ROOT, file)} → ${m}`)),
  );
  expect(offending).toEqual([]);
});

it('no route imports app.ts or another route: they read their deps from http/deps.ts', () => {
  const dir = join(ROOT, 'src', 'http', 'routes');
  for (const f of readdirSync(dir)) {
    const from = imports(join(dir, f));
    expect(from, f).not.toContain('../app.js');
    expect(from.filter((m) => m.startsWith('./')), f).toEqual([]);
  }
});
