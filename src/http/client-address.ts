import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { isIP } from 'node:net';

/** `::ffff:127.0.0.1` → `127.0.0.1`, so one client has one key whichever socket family it came in on. */
export function normalizeAddress(address: string): string {
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  return mapped ? mapped[1]! : a;
}

/** Comma-separated TRUSTED_PROXY → a set of normalised addresses. */
export function parseTrustedProxies(setting: string | undefined): Set<string> {
  return new Set((setting ?? '').split(',').map((s) => s.trim()).filter((s) => isIP(s) !== 0).map(normalizeAddress));
}

/** The address of the TCP peer as @hono/node-server saw it; undefined outside Node (e.g. `app.request` in tests). */
export function connectionAddress(c: Context): string | undefined {
  try {
    const address = getConnInfo(c).remote.address;
    return address ? normalizeAddress(address) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The client's address: the connection's, unless that connection comes from a trusted proxy, in which case the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy. A client cannot choose its own key by
 * sending X-Forwarded-For unless it connects from a configured proxy address.
 */
export function clientAddressResolver(trustedProxy: string | undefined) {
  const trusted = parseTrustedProxies(trustedProxy);
  return (c: Context): string | undefined => {
    const peer = connectionAddress(c);
    if (peer === undefined || !trusted.has(peer)) return peer;
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = normalizeAddress(hops[i]!);
      if (isIP(hop) === 0) return peer;
      if (!trusted.has(hop)) return hop;
    }
    return peer;
  };
}
