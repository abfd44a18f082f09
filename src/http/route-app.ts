import { OpenAPIHono } from '@hono/zod-openapi';
import { describeIssues } from './contract/index.js';
import type { AppEnv } from './deps.js';
import { ApiError } from './errors.js';

/**
 * An app whose routes are declared by the contract: a request that fails a route's schema (body, query or path) is a
 * 400 `invalid_request` in the one error envelope, its message naming the field.
 */
export function routeApp() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new ApiError(400, 'invalid_request', describeIssues(result.error));
    },
  });
}
