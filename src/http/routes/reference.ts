import { openApiRoute, referenceRoute } from '../contract/index.js';
import { renderReference, type ReferenceDocument } from '../reference/render.js';
import { REFERENCE_CSS } from '../reference/style.js';
import { routeApp } from '../route-app.js';
import { CONTENT_SECURITY_POLICY } from '../web-assets.js';

export const STYLESHEET_PATH = '/api/docs.css';

/**
 * GET /api/openapi.json — the OpenAPI 3.1 document of every route of the app; GET /api/docs — the same document as a
 * page for people, under the portal's CSP (no script at all, its stylesheet from this origin).
 */
export function referenceRoutes(document: () => ReferenceDocument) {
  const app = routeApp();
  let page: string | undefined;
  app.openapi(openApiRoute, (c) => c.json(document() as never, 200));
  app.openapi(referenceRoute, (c) => {
    page ??= renderReference(document(), { document: openApiRoute.path, stylesheet: STYLESHEET_PATH });
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return c.html(page, 200);
  });
  // The page's stylesheet: part of the page, not of the API (left out of the document like the portal's files).
  app.get(STYLESHEET_PATH, (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(REFERENCE_CSS);
  });
  return app;
}
