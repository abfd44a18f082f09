import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as streamedBodyLimit } from 'hono/body-limit';

/**
 * Request bodies up to `maxBytes`, answered by `tooLarge` beyond. A request that states its Content-Length (and is not
 * chunked) is judged by that header alone: the runtime's HTTP parser never hands over more bytes than it states, so
 * nothing is read or wrapped here and the route reads the body as it comes (on Node, straight from the socket, no web
 * stream built). A chunked body, or one without a length, is counted as it streams in (Hono's bodyLimit).
 */
export function bodyLimit(maxBytes: number, tooLarge: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const streamed = streamedBodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && /^\d+$/.test(length) && c.req.header('transfer-encoding') === undefined) {
      if (Number(length) > maxBytes) return tooLarge(c);
      return next();
    }
    return streamed(c, next);
  };
}
