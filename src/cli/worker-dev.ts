/**
 * `npm run worker:dev -- --port N`: the Worker on this machine, as `wrangler dev` serves it (workerd + local D1).
 * The parser runs here in Node: data/sources (SOURCES_DIR) is ingested into a fresh SQLite file, exported as SQL
 * (`budget-qa export-d1`), and loaded into the local D1 after both databases are migrated — every run rebuilds the
 * same rows (idempotent). Then `wrangler dev --ip 127.0.0.1 --port N` serves it until stopped. Settings set in the
 * environment (src/config.ts names) reach the Worker as its vars, through an env file (not the command line).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, SETTINGS } from '../config.js';
import { ensureDatabase } from '../entry/node-deps.js';
import { writeD1Export } from './export-d1.js';

const WRANGLER = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');

function wrangler(args: string[]): void {
  const r = spawnSync(process.execPath, [WRANGLER, ...args], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    throw new Error(`wrangler ${args.slice(0, 3).join(' ')} failed (exit ${r.status})`);
  }
}

/** Build the local D1 databases under `persistTo` from the sources folder. Returns the SQL file loaded. */
export async function buildLocalD1(persistTo: string, log: (line: string) => void): Promise<string> {
  const config = loadConfig(process.env);
  const work = resolve('.wrangler', 'budget-qa');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const dbPath = join(work, 'budget.db');
  await ensureDatabase({ ...config, DB_PATH: dbPath }, log);
  const sqlFile = join(work, 'corpus.sql');
  const e = writeD1Export(dbPath, sqlFile);
  log(`corpus: ${e.documents} document(s), ${e.records} retrieval records, ${e.vectors} vectors → ${sqlFile}`);
  const local = ['--local', '--persist-to', persistTo];
  wrangler(['d1', 'migrations', 'apply', 'DB', ...local]);
  wrangler(['d1', 'migrations', 'apply', 'LOG_DB', ...local]);
  wrangler(['d1', 'execute', 'DB', ...local, '--file', sqlFile]);
  log(`local D1 loaded (${persistTo})`);
  return sqlFile;
}

/** The settings of src/config.ts present in the environment, as an env file for `wrangler dev --env-file`. */
function settingsFile(): string | undefined {
  const lines = Object.keys(SETTINGS).filter((k) => process.env[k]).map((k) => `${k}=${JSON.stringify(process.env[k])}`);
  if (!lines.length) return undefined;
  const file = resolve('.wrangler', 'budget-qa', 'settings.env');
  writeFileSync(file, `${lines.join('\n')}\n`);
  chmodSync(file, 0o600);
  return file;
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '8787' }, 'persist-to': { type: 'string', default: '.wrangler/state' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error('--port takes a number from 1 to 65535');
  const persistTo = resolve(values['persist-to']!);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  await buildLocalD1(persistTo, log);
  const envFile = settingsFile();
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo, '--show-interactive-dev-session=false', ...(envFile ? ['--env-file', envFile] : [])];
  const child = spawn(process.execPath, [WRANGLER, ...args], { stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
