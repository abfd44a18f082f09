import type { Context } from 'hono';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** True for an IPv4 or IPv6 address (no port, no brackets). Web-standard: the URL parser checks IPv6. */
export function isIpAddress(s: string): boolean {
  if (IPV4.test(s)) return true;
  if (!s.includes(':') || !/^[0-9A-Fa-f:.]+$/.test(s)) return false;
  try {
    return new URL(`http://[${s}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** `::ffff:127.0.0.1` → `127.0.0.1`, so one client has one key whichever socket family it came in on. */
export function normalizeAddress(address: string): string {
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  return mapped ? mapped[1]! : a;
}

/** Comma-separated TRUSTED_PROXY → a set of normalised addresses. */
export function parseTrustedProxies(setting: string | undefined): Set<string> {
  return new Set((setting ?? '').split(',').map((s) => s.trim()).filter(isIpAddress).map(normalizeAddress));
}

/** The address of the peer as the runtime saw the connection (an adapter's job: Node's socket, Workers' CF-Connecting-IP). */
export type PeerAddress = (c: Context) => string | undefined;

/**
 * The client's address: the peer's, unless that peer is a trusted proxy, in which case the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy. A client cannot choose its own key by sending
 * X-Forwarded-For unless it connects from a configured proxy address.
 */
export function clientAddressResolver(trustedProxy: string | undefined, peerAddress: PeerAddress) {
  const trusted = parseTrustedProxies(trustedProxy);
  return (c: Context): string | undefined => {
    const raw = peerAddress(c);
    const peer = raw ? normalizeAddress(raw) : undefined;
    if (peer === undefined || !trusted.has(peer)) return peer;
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = normalizeAddress(hops[i]!);
      if (!isIpAddress(hop)) return peer;
      if (!trusted.has(hop)) return hop;
    }
    return peer;
  };
}
