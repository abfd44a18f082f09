import type { ExecutionContext } from 'hono';
import { createApp } from '../http/app.js';
import { buildWorkerDeps, type WorkerEnv } from './worker-deps.js';

type App = ReturnType<typeof createApp>;

// Built on the first request from that request's env (bindings and settings do not change while an isolate lives);
// later requests reuse it, with its catalog and per-document answer contexts.
let app: { env: WorkerEnv; app: App } | undefined;

/** The same `createApp(deps)` as on Node, served by Cloudflare Workers. */
export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext) {
    if (app?.env !== env) app = { env, app: createApp(buildWorkerDeps(env)) };
    return app.app.fetch(request, env, ctx);
  },
};
