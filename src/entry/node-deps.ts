import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnswerEngine, type AliasFile } from '../answer/index.js';
import { storeSource } from '../service/store-source.js';
import { ingestFiles, listSources, reparseStored } from '../cli/ingest-files.js';
import type { Config } from '../config.js';
import type { AppDeps } from '../http/app.js';
import { ConversationStore } from '../http/conversations.js';
import { migrationsPending, openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { embedderFromConfig } from '../retrieve/index.js';
import { answerServiceFor, promptsDirOf } from './answer-deps.js';
import type { AnswerEngine } from '../answer/index.js';
import { hotlineDeps, type HotlineDeps } from './hotline-deps.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function loadAliases(path = join(ROOT, 'data', 'aliases.json')): AliasFile {
  return JSON.parse(readFileSync(path, 'utf8')) as AliasFile;
}

/** Build the facts database from the sources folder when it does not exist yet (the start command's first run). */
export async function ensureDatabase(config: Config, log: (line: string) => void): Promise<void> {
  if (existsSync(config.DB_PATH)) {
    const pending = migrationsPending(config.DB_PATH);
    if (pending.length === 0) return;
    // A database built by an older version: migrate it and read every stored document again (nothing is lost).
    log(`upgrading ${config.DB_PATH} (${pending.join(', ')})`);
    const store = openSqliteStore({ path: config.DB_PATH, embedder: embedderFromConfig(config) });
    try {
      await reparseStored(store, log);
    } finally {
      await store.close();
    }
    return;
  }
  log(`no database at ${config.DB_PATH}: building it from ${config.SOURCES_DIR}`);
  mkdirSync(dirname(config.DB_PATH), { recursive: true });
  const store = openSqliteStore({ path: config.DB_PATH, embedder: embedderFromConfig(config) });
  try {
    const s = await ingestFiles(store, listSources(config.SOURCES_DIR), log);
    if (s.ok === 0) throw new Error(`no document could be ingested from ${config.SOURCES_DIR}`);
  } finally {
    await store.close();
  }
}

/** Everything the HTTP app needs on Node: the read-only facts store, the engine, conversation state. */
export async function buildNodeDeps(config: Config, progress: (line: string) => void = () => {}): Promise<AppDeps & { engine: AnswerEngine }> {
  await ensureDatabase(config, progress);
  const store = openSqliteStore({ path: config.DB_PATH, readonly: true, embedder: embedderFromConfig(config) });
  const aliases = loadAliases();
  const source = storeSource(store, { districts: aliases.districts?.names ?? [] });
  const engine = createAnswerEngine({ source, aliases });
  const log = (event: Record<string, unknown>) => process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), ...event })}\n`);
  return {
    store,
    engine,
    catalog: source.catalog,
    answers: await answerServiceFor(config, { engine, store, log, promptsDir: promptsDirOf(ROOT) }),
    conversations: new ConversationStore({ ttlMs: 30 * 60_000, maxConversations: 10_000, maxTurns: 20 }),
    log,
  };
}

/** The server's dependencies: buildNodeDeps plus the portal, question log, staff console and limits. */
export async function buildServerDeps(config: Config, progress: (line: string) => void = () => {}): Promise<AppDeps & HotlineDeps & { engine: AnswerEngine }> {
  const base = await buildNodeDeps(config, progress);
  return { ...base, ...hotlineDeps(config, base.log) };
}
