import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/**
 * Before a route's schema is applied to a JSON body: 415 for another content type, 400 `invalid_body` for an empty
 * body, 400 `invalid_json` for one that does not parse. A client that goes away while sending is not a bad body: its
 * error is passed on as it is, and the error handler logs it as a client abort.
 */
export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
  let text: string;
  try {
    text = await c.req.text();
  } catch (err) {
    if (c.req.raw.signal?.aborted) throw err;
    throw new ApiError(400, 'invalid_body', 'the request body could not be read');
  }
  if (!text.trim()) throw new ApiError(400, 'invalid_body', 'the request body is empty');
  try {
    JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'the request body is not valid JSON');
  }
  await next();
};
