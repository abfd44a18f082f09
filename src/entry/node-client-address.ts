import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { clientAddressResolver } from '../http/client-address.js';

/** The TCP peer as @hono/node-server saw it; undefined outside Node's server (e.g. `app.request` in tests). */
export function connectionAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address || undefined;
  } catch {
    return undefined;
  }
}

/** The client address on Node: the socket's peer, or X-Forwarded-For behind TRUSTED_PROXY. */
export const nodeClientAddress = (trustedProxy: string | undefined) => clientAddressResolver(trustedProxy, connectionAddress);
