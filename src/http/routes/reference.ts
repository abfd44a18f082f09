import { openApiRoute } from '../contract/index.js';
import type { OpenApiDocument } from '../openapi.js';
import { routeApp } from '../route-app.js';

/** GET /api/openapi.json — the OpenAPI 3.1 document of every route of the app. */
export function referenceRoutes(document: () => OpenApiDocument) {
  const app = routeApp();
  app.openapi(openApiRoute, (c) => c.json(document() as never, 200));
  return app;
}
