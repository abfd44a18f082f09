import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { buildNodeDeps } from '../../src/entry/node-deps.js';
import { createApp } from '../../src/http/app.js';
import type { AppDeps } from '../../src/http/deps.js';
import { createRulesService } from '../../src/service/answer-service.js';

/**
 * An app over a fresh database built in a temp folder (as the start command does) from data/sources — or from
 * `opts.sources`, files of the repository (e.g. test fixtures) copied into a sources folder of their own.
 */
export async function buildTestApp(overrides: Partial<AppDeps> = {}, opts: { sources?: string[] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'budget-qa-test-'));
  let sourcesDir = join(process.cwd(), 'data', 'sources');
  if (opts.sources) {
    sourcesDir = join(dir, 'sources');
    mkdirSync(sourcesDir);
    for (const file of opts.sources) copyFileSync(join(process.cwd(), file), join(sourcesDir, basename(file)));
  }
  const config = loadConfig({ DB_PATH: join(dir, 'budget.db'), SOURCES_DIR: sourcesDir });
  const events: Array<Record<string, unknown>> = [];
  const base = await buildNodeDeps(config);
  const log = (e: Record<string, unknown>) => events.push(e);
  const deps = { ...base, log, answers: createRulesService({ engine: base.engine, log }), ...overrides };
  return { app: createApp(deps), deps, events, config };
}

export async function askJson(app: ReturnType<typeof createApp>, body: unknown) {
  const res = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
