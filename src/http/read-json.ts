import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/**
 * Before a route's schema is applied to a JSON body: 415 for another content type, 400 `invalid_body` for an empty
 * body, 400 `invalid_json` for one that does not parse.
 */
export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
  try {
    const text = await c.req.text();
    if (!text.trim()) throw new ApiError(400, 'invalid_body', 'the request body is empty');
    JSON.parse(text);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(400, 'invalid_json', 'the request body is not valid JSON');
  }
  await next();
};
