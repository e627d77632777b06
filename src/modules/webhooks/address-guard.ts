import dns from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/*
 * Webhooks make the server send requests to addresses organisers type in, so they could be aimed at
 * services only the server can reach (SSRF). Every address a URL resolves to is classified, both when
 * an endpoint is saved and again at connect time (the name may resolve elsewhere by then):
 * - forbidden, always: link-local (where cloud metadata services live), unspecified, multicast,
 *   documentation, benchmarking and reserved ranges, NAT64/6to4/Teredo (they can hide any of these);
 * - private: loopback, RFC 1918, carrier-grade NAT, unique-local IPv6 — only with WEBHOOKS_ALLOW_PRIVATE
 *   (a receiver on the same machine or network, and the tests);
 * - public: everything else.
 */
export type AddressKind = 'public' | 'private' | 'forbidden';

const FORBIDDEN: [string, number, 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['100.100.100.200', 32, 'ipv4'], // Alibaba Cloud metadata, inside carrier-grade NAT space
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['fec0::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
  ['100::', 64, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
  ['2001::', 32, 'ipv6'],
  ['2002::', 16, 'ipv6'],
  ['64:ff9b::', 96, 'ipv6'],
  ['64:ff9b:1::', 48, 'ipv6'],
  ['fd00:ec2::254', 128, 'ipv6'], // AWS metadata over IPv6, inside unique-local space
];

const PRIVATE: [string, number, 'ipv4' | 'ipv6'][] = [
  ['127.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['::1', 128, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
];

function blockListOf(ranges: typeof FORBIDDEN) {
  const list = new BlockList();
  for (const [net, prefix, family] of ranges) list.addSubnet(net, prefix, family);
  return list;
}
const forbidden = blockListOf(FORBIDDEN);
const privateRanges = blockListOf(PRIVATE);

/** IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is matched against the IPv4 ranges by BlockList itself. */
export function classifyAddress(address: string): AddressKind {
  const version = isIP(address);
  if (version === 0) return 'forbidden';
  const family = version === 4 ? 'ipv4' : 'ipv6';
  if (forbidden.check(address, family)) return 'forbidden';
  if (privateRanges.check(address, family)) return 'private';
  return 'public';
}

export const isAllowedAddress = (address: string, allowPrivate: boolean) => {
  const kind = classifyAddress(address);
  return kind === 'public' || (kind === 'private' && allowPrivate);
};

/** `[::1]` → `::1`: URL keeps the brackets of an IPv6 literal. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

export class BlockedAddressError extends Error {
  readonly code = 'WEBHOOK_BLOCKED_ADDRESS';
}

/**
 * A `lookup` for http(s).request that refuses the connection when the name resolves to any address
 * not allowed, so what was checked is what is connected to (no second, different DNS answer).
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as dns.LookupAddress[];
      if (list.length === 0 || list.some((a) => !isAllowedAddress(a.address, allowPrivate)))
        return callback(new BlockedAddressError(`${hostname} resolves to an address webhooks may not reach`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

const RESOLVE_TIMEOUT_MS = 5_000;

/** Every address `host` resolves to now (an IP literal is its own answer); null if it does not resolve. */
export async function resolveHost(host: string): Promise<string[] | null> {
  if (isIP(host)) return [host];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), RESOLVE_TIMEOUT_MS);
  });
  try {
    const found = dns.promises.lookup(host, { all: true, verbatim: true }).then(
      (list) => list.map((a) => a.address),
      () => null,
    );
    const addresses = await Promise.race([found, timeout]);
    return addresses?.length ? addresses : null;
  } finally {
    clearTimeout(timer);
  }
}
