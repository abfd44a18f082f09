import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A checkout to measure: this one, or another (e.g. main before a change) in the same run. */
export interface Target {
  name: string;
  dir: string;
  /** Node's arguments to run its CLI as its own `npm start` does (the production build, or the sources under tsx). */
  cli: string[];
  engineBuild: 'dist' | 'src';
  /** The V8/Node options its `npm start` gives node (the in-process measurements run with them too). */
  nodeFlags: string[];
}

/** A checkout as its own `npm start` runs it: `node [flags] bin/budget-qa.js serve`, or `tsx src/cli.ts serve`. */
export function target(name: string, dir: string): Target {
  const start = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.trim().split(/\s+/);
  if (start.at(-1) !== 'serve' || (start[0] !== 'node' && start[0] !== 'tsx')) throw new Error(`${dir}: npm start is not "node … serve" or "tsx … serve": ${start.join(' ')}`);
  const cli = start[0] === 'tsx' ? ['--import', 'tsx', ...start.slice(1, -1)] : start.slice(1, -1);
  const nodeFlags = start[0] === 'node' ? start.slice(1).filter((a, i, all) => a.startsWith('--') && all.slice(0, i).every((b) => b.startsWith('--'))) : [];
  return { name, dir, cli, engineBuild: existsSync(join(dir, 'scripts', 'build.mjs')) ? 'dist' : 'src', nodeFlags };
}

/** Build a checkout's dist/ when it has a build and the sources changed since. */
export function ensureBuilt(t: Target): void {
  if (t.engineBuild !== 'dist') return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: t.dir, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${t.name}: build failed`);
}

/** Run a checkout's CLI to completion (e.g. `ingest --db PATH`). */
export function runCli(t: Target, args: string[], env: Record<string, string>): void {
  const r = spawnSync(process.execPath, [...t.cli, ...args], { cwd: t.dir, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${t.name}: ${args.join(' ')} failed:\n${r.stderr}`);
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export interface Running {
  base: string;
  pid: number;
  /** From spawn to the first 200 of GET /healthz, ms. */
  startupMs: number;
  /** Resident memory now and at its peak, MB (Linux /proc; NaN elsewhere). */
  memory(): { rss: number; peak: number };
  stop(): Promise<void>;
}

/** Start a server process and wait until /healthz answers. */
export async function startServer(argv: string[], opts: { cwd: string; env?: Record<string, string>; port: number }): Promise<Running> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, argv, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + String(d)).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${opts.port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited before it answered: ${argv.join(' ')}\n${stderr}`);
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error(`no answer from ${base} after 2 minutes`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const startupMs = performance.now() - started;
  const status = (field: string) => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(existsSync(`/proc/${child.pid}/status`) ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '');
    return m ? Number(m[1]) / 1024 : NaN;
  };
  return {
    base,
    pid: child.pid!,
    startupMs,
    memory: () => ({ rss: status('VmRSS'), peak: status('VmHWM') }),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
