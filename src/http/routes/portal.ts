import { Hono } from 'hono';
import type { AppDeps } from '../app.js';
import { serveAsset } from '../web-assets.js';

/** The staff console's own files (`/staff`, `/staff*.js`): served by the staff routes, only when a token is set. */
export const isStaffAsset = (path: string) => path === '/staff' || path.startsWith('/staff');

/** Public pages and their assets: the portal at `/`, its modules, styles, icon and the local ECharts build. */
export function portalRoutes(deps: AppDeps) {
  const app = new Hono();
  for (const [path, asset] of deps.assets ?? []) {
    if (isStaffAsset(path)) continue;
    app.on(['GET', 'HEAD'], path, (c) => serveAsset(c, asset));
  }
  return app;
}
