import type { OpenAPIHono } from '@hono/zod-openapi';
import { API_INFO, API_TAGS } from './contract/index.js';
import type { AppEnv } from './deps.js';
import type { ReferenceDocument } from './reference/render.js';

/** The OpenAPI 3.1 document of every route the app declares (built once, on first use). */
export function openApiDocument(app: OpenAPIHono<AppEnv>): () => ReferenceDocument {
  let doc: ReferenceDocument | undefined;
  return () => (doc ??= app.getOpenAPI31Document({ openapi: '3.1.0', info: API_INFO, tags: API_TAGS }) as unknown as ReferenceDocument);
}
