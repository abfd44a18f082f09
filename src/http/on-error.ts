import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppDeps, AppEnv } from './deps.js';
import { ApiError, errorBody } from './errors.js';

/** nginx's "client closed request": nobody reads it, but the access log and the event say what happened. */
export const CLIENT_CLOSED_REQUEST = 499;

/** True when the client went away (closed the connection, aborted an upload) before the response. */
export const clientGone = (c: Context) => c.req.raw.signal?.aborted === true;

/**
 * The one error handler. A client that went away is logged as `client_aborted`, never as an internal error. A 4xx is
 * the envelope as thrown. A 5xx is logged with the request id, which the body also names (and X-Request-Id carries),
 * so a hotline operator can quote it.
 */
export function errorHandler(log: AppDeps['log']): ErrorHandler<AppEnv> {
  return (err, c) => {
    const requestId = c.get('requestId');
    const where = { method: c.req.method, path: c.req.path, requestId };
    if (!(err instanceof ApiError) && clientGone(c)) {
      log({ event: 'client_aborted', ...where, message: err.message });
      return new Response(null, { status: CLIENT_CLOSED_REQUEST });
    }
    const status: ContentfulStatusCode = err instanceof ApiError || err instanceof HTTPException ? (err.status as ContentfulStatusCode) : 500;
    if (status < 500) {
      if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), status);
      return c.json(errorBody('http_error', err.message || 'request failed'), status);
    }
    const code = err instanceof ApiError ? err.code : 'internal_error';
    const message = err instanceof ApiError ? err.message : 'something went wrong on our side; please try again';
    log({ event: code === 'internal_error' ? 'internal_error' : 'server_error', status, code, ...where, message: err.message });
    return c.json({ error: { code, message: `${message} (request ${requestId})`, requestId } }, status);
  };
}
