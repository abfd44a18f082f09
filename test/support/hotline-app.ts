import { serve } from '@hono/node-server';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { buildServerDeps } from '../../src/entry/node-deps.js';
import { createApp } from '../../src/http/app.js';
import type { AppDeps } from '../../src/http/deps.js';
import type { AnswerService } from '../../src/service/answer-service.js';

type ServerDeps = Awaited<ReturnType<typeof buildServerDeps>>;

export const STAFF_TOKEN = 'test-staff-token-0123456789';

/** The app as `serve` builds it (portal, question log, staff console, limits) over temp databases. */
export async function buildHotlineApp(env: Record<string, string> = {}, overrides: (deps: ServerDeps) => Partial<AppDeps> = () => ({})) {
  const dir = mkdtempSync(join(tmpdir(), 'budget-qa-hotline-'));
  const config = loadConfig({
    DB_PATH: join(dir, 'budget.db'),
    LOG_DB_PATH: join(dir, 'questions.db'),
    SOURCES_DIR: join(process.cwd(), 'data', 'sources'),
    STAFF_TOKEN,
    ...env,
  });
  const events: Array<Record<string, unknown>> = [];
  const base = { ...(await buildServerDeps(config)), log: (e: Record<string, unknown>) => void events.push(e) };
  const deps = { ...base, ...overrides(base) };
  return { app: createApp(deps), deps, config, events, dir };
}

/** The same app served by @hono/node-server on 127.0.0.1 and a random port. */
export async function startHotlineServer(env: Record<string, string> = {}, overrides?: (deps: ServerDeps) => Partial<AppDeps>) {
  const built = await buildHotlineApp(env, overrides);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: built.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    ...built,
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }).then(() => built.deps.questions.close()),
  };
}

export const staffHeaders = (token = STAFF_TOKEN) => ({ authorization: `Bearer ${token}` });

/** The real answer service, except that a question starting with `[not_found]` (etc.) ends with that status. */
export function forcedStatus(real: AnswerService): AnswerService {
  return {
    ask: async (input) => {
      const r = await real.ask(input);
      const m = /^\[(answered|not_found|out_of_scope|clarify)\]/.exec(input.question);
      return m ? { ...r, status: m[1] as typeof r.status } : r;
    },
  };
}

export async function ask(app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }, question: string, conversationId?: string) {
  const res = await app.request('/api/ask', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question, ...(conversationId ? { conversationId } : {}) }),
  });
  return { status: res.status, body: (await res.json()) as { conversationId: string; status: string; answer: string } };
}
