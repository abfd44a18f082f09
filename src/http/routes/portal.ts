import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { isStaffAsset, serveAsset } from '../web-assets.js';

/** Public pages and their assets: the portal at `/`, its modules, styles, icon and the local ECharts build. */
export function portalRoutes(deps: AppDeps) {
  const app = new Hono();
  const assets = deps.assets;
  if (!assets) return app;
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || isStaffAsset(path)) return next();
    const asset = await assets.load(path);
    return asset ? serveAsset(c, asset) : next();
  });
  return app;
}
