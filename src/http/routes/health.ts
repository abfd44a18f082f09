import { healthRoute } from '../contract/index.js';
import type { AppDeps } from '../deps.js';
import { routeApp } from '../route-app.js';

/** GET /healthz — the documents and figures loaded. */
export function healthRoutes(deps: AppDeps) {
  const app = routeApp();
  app.openapi(healthRoute, async (c) => {
    const catalog = await deps.catalog();
    return c.json({ status: 'ok' as const, documents: catalog.size, facts: catalog.docs.reduce((n, d) => n + d.factCount, 0) }, 200);
  });
  return app;
}
