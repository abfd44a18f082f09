import { serve } from '@hono/node-server';
import type { Config } from '../config.js';
import { createApp } from '../http/app.js';
import { buildServerDeps } from './node-deps.js';

/** Serve the app with @hono/node-server. Resolves once listening. */
export async function startNodeServer(config: Config, log: (line: string) => void) {
  const deps = await buildServerDeps(config, log);
  const app = createApp(deps);
  return new Promise<{ close: () => void; port: number }>((resolve) => {
    const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
      log(`budget-qa listening on http://${config.HOST}:${info.port}`);
      log(`question log: ${config.LOG_DB_PATH} (kept ${config.LOG_RETENTION_DAYS} days); staff console: ${config.STAFF_TOKEN ? `http://${config.HOST}:${info.port}/staff` : 'off (set STAFF_TOKEN)'}`);
      resolve({
        port: info.port,
        close: () => {
          server.close();
          void deps.questions.close();
        },
      });
    });
  });
}
