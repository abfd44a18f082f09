import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnswerEngine, engineDataFromStore, type AliasFile } from '../answer/index.js';
import { ingestFiles, listSources } from '../cli/ingest-files.js';
import type { Config } from '../config.js';
import type { AppDeps } from '../http/app.js';
import { ConversationStore } from '../http/conversations.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { createRulesService } from '../service/answer-service.js';
import type { AnswerEngine } from '../answer/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function loadAliases(path = join(ROOT, 'data', 'aliases.json')): AliasFile {
  return JSON.parse(readFileSync(path, 'utf8')) as AliasFile;
}

/** Build the facts database from the sources folder when it does not exist yet (the start command's first run). */
export async function ensureDatabase(config: Config, log: (line: string) => void): Promise<void> {
  if (existsSync(config.DB_PATH)) return;
  log(`no database at ${config.DB_PATH}: building it from ${config.SOURCES_DIR}`);
  mkdirSync(dirname(config.DB_PATH), { recursive: true });
  const store = openSqliteStore({ path: config.DB_PATH });
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
  const store = openSqliteStore({ path: config.DB_PATH, readonly: true });
  const engine = createAnswerEngine(await engineDataFromStore(store, loadAliases()));
  const log = (event: Record<string, unknown>) => process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), ...event })}\n`);
  return {
    store,
    engine,
    answers: createRulesService({ engine, log }),
    conversations: new ConversationStore({ ttlMs: 30 * 60_000, maxConversations: 10_000, maxTurns: 20 }),
    log,
  };
}
