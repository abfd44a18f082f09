import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time token check: both sides hashed to 32 bytes, so lengths never leak and timingSafeEqual can run. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Bearer token from an Authorization header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const m = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header ?? '');
  return m?.[1];
}

/**
 * Staff routes: 404 when no STAFF_TOKEN is configured (the console does not exist), 401 without the right
 * `Authorization: Bearer <token>`.
 */
export function staffAuth(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404);
    const given = bearerToken(c.req.header('authorization'));
    if (given === undefined || !tokenMatches(given, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="staff"');
      return c.json(errorBody('unauthorized', 'staff routes need Authorization: Bearer <STAFF_TOKEN>'), 401);
    }
    c.header('Cache-Control', 'no-store');
    await next();
  };
}
