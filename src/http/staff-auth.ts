import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

const digest = async (s: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)));

/**
 * Constant-time token check (Web Crypto, on Node and Workers alike): both sides hashed to 32 bytes, so lengths never
 * leak, then every byte compared without an early exit.
 */
export async function tokenMatches(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
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
    if (given === undefined || !(await tokenMatches(given, token))) {
      c.header('WWW-Authenticate', 'Bearer realm="staff"');
      return c.json(errorBody('unauthorized', 'staff routes need Authorization: Bearer <STAFF_TOKEN>'), 401);
    }
    c.header('Cache-Control', 'no-store');
    await next();
  };
}
