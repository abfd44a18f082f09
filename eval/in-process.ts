import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../src/config.js';
import { buildNodeDeps } from '../src/entry/node-deps.js';
import { createApp } from '../src/http/app.js';
import { createClient, type AskClient } from './ask-client.js';

/**
 * The app as `serve` builds it, called through `app.request` — no socket. By default over a fresh database
 * built from SOURCES_DIR in a temp folder (so the run scores the current parser too); `useDb` reuses a built one.
 */
export async function inProcessClient(config: Config, opts: { useDb?: string; progress?: (line: string) => void } = {}) {
  const dir = opts.useDb ? undefined : mkdtempSync(join(tmpdir(), 'budget-qa-eval-'));
  const DB_PATH = opts.useDb ?? join(dir!, 'budget.db');
  const deps = await buildNodeDeps({ ...config, DB_PATH }, opts.progress);
  const app = createApp(deps);
  const client: AskClient = createClient('in-process', async (path, init) => app.request(path, init));
  const close = async () => {
    await deps.store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  return { client, close };
}
