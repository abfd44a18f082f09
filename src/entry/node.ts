import { serve } from '@hono/node-server';
import type { Config } from '../config.js';
import { createApp } from '../http/app.js';
import { buildNodeDeps } from './node-deps.js';

/** Serve the app with @hono/node-server. Resolves once listening. */
export async function startNodeServer(config: Config, log: (line: string) => void) {
  const deps = await buildNodeDeps(config, log);
  const app = createApp(deps);
  return new Promise<{ close: () => void; port: number }>((resolve) => {
    const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
      log(`budget-qa listening on http://${config.HOST}:${info.port}`);
      resolve({ port: info.port, close: () => server.close() });
    });
  });
}
