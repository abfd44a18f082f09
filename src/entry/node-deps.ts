import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ALIASES, DISTRICT_NAMES, createAnswerEngine, type AnswerEngine } from '../answer/index.js';
import { ingestFiles, listSources, reparseStored } from '../cli/ingest-files.js';
import type { Config } from '../config.js';
import type { AppDeps } from '../http/deps.js';
import { embedderFromConfig } from '../retrieve/remote.js';
import { CONVERSATION_LIMITS, MemoryConversations } from '../service/conversations.js';
import { storeSource } from '../service/store-source.js';
import { migrationsPending } from '../store/sqlite/sqlite-store.js';
import { answerServiceFor } from './answer-deps.js';
import { hotlineDeps, type HotlineDeps } from './hotline-deps.js';
import { openStore } from './open-store.js';

/** Build the facts database from the sources folder when it does not exist yet (the start command's first run). */
export async function ensureDatabase(config: Config, log: (line: string) => void): Promise<void> {
  if (existsSync(config.DB_PATH)) {
    const pending = migrationsPending(config.DB_PATH);
    if (pending.length === 0) return;
    // A database built by an older version: migrate it and read every stored document again (nothing is lost).
    log(`upgrading ${config.DB_PATH} (${pending.join(', ')})`);
    const store = openStore({ path: config.DB_PATH, embedder: embedderFromConfig(config) });
    try {
      await reparseStored(store, log);
    } finally {
      await store.close();
    }
    return;
  }
  log(`no database at ${config.DB_PATH}: building it from ${config.SOURCES_DIR}`);
  mkdirSync(dirname(config.DB_PATH), { recursive: true });
  const store = openStore({ path: config.DB_PATH, embedder: embedderFromConfig(config) });
  try {
    const s = await ingestFiles(store, listSources(config.SOURCES_DIR), log);
    if (s.ok === 0) throw new Error(`no document could be ingested from ${config.SOURCES_DIR}`);
  } finally {
    await store.close();
  }
}

/** One JSON line per event on stderr. */
export const stderrLog = (event: Record<string, unknown>) => process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), ...event })}\n`);

/** Everything the HTTP app needs on Node: the read-only facts store, the engine, conversation state. */
export async function buildNodeDeps(config: Config, progress: (line: string) => void = () => {}): Promise<AppDeps & { engine: AnswerEngine }> {
  await ensureDatabase(config, progress);
  const store = openStore({ path: config.DB_PATH, readonly: true, embedder: embedderFromConfig(config) });
  const source = storeSource(store, { districts: DISTRICT_NAMES });
  const engine = createAnswerEngine({ source, aliases: ALIASES });
  const log = stderrLog;
  return {
    store,
    engine,
    catalog: source.catalog,
    answers: await answerServiceFor(config, { engine, store, log }),
    conversations: new MemoryConversations(CONVERSATION_LIMITS),
    log,
  };
}

/** The server's dependencies: buildNodeDeps plus the portal, question log, staff console and limits. */
export async function buildServerDeps(config: Config, progress: (line: string) => void = () => {}): Promise<AppDeps & HotlineDeps & { engine: AnswerEngine }> {
  const base = await buildNodeDeps(config, progress);
  return { ...base, ...hotlineDeps(config, base.log) };
}
