/**
 * Who is on the other end of a request: the one client address every abuse limit keys on
 * (sign-in, live-samling join codes). See docs/adr/0010-client-address-and-abuse-limits.md.
 *
 * Forwarded headers are believed only as far as a chain of configured proxies vouches for them
 * (TRUSTED_PROXIES). Without that setting the socket's peer is the client, whatever the request says.
 */
import { BlockList, isIP } from "node:net";
import { peerAddressOf } from "./peer-address";

export interface TrustedProxies {
  /** The entries as configured, for messages. */
  readonly entries: readonly string[];
  readonly list: BlockList;
}

const NO_PROXIES: TrustedProxies = { entries: [], list: new BlockList() };

/**
 * TRUSTED_PROXIES: addresses or CIDR ranges, separated by commas or spaces
 * ("10.0.0.0/8, 192.168.1.5, fd00::/8"). A mistyped entry is an error, not a silent
 * non-match: a proxy we fail to trust makes every user share the proxy's limit.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const entries = (value ?? "").split(/[\s,]+/).filter(Boolean);
  if (entries.length === 0) return NO_PROXIES;
  const list = new BlockList();
  for (const entry of entries) {
    const [base = "", prefix, ...rest] = entry.split("/");
    const address = normaliseAddress(base);
    const family = address ? isIP(address) : 0;
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!address || family === 0 || rest.length > 0 || !(bits >= 0 && bits <= (family === 6 ? 128 : 32))) {
      throw new Error(`TRUSTED_PROXIES: «${entry}» is not an IP address or CIDR range (e.g. 10.0.0.0/8 or fd00::/8).`);
    }
    list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return { entries, list };
}

/**
 * An address as one spelling: IPv4-mapped IPv6 ("::ffff:10.0.0.1") becomes IPv4, IPv6 is
 * lower case, ports ("1.2.3.4:5678", "[2001:db8::1]:443") and zones ("fe80::1%eth0") are
 * dropped. Null for anything that is not an IP address.
 */
export function normaliseAddress(raw: string | null | undefined): string | null {
  let value = (raw ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(value);
  if (mapped) value = mapped[1]!;
  return isIP(value) ? value : null;
}

function isTrusted(address: string, proxies: TrustedProxies) {
  return proxies.entries.length > 0 && proxies.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address. `peer` is the socket's remote address (the only value a client cannot
 * choose). When the peer is a trusted proxy, X-Forwarded-For is walked from the right — each
 * proxy appends the address it saw — past further trusted proxies to the first address that
 * is not one: that is the client. Entries left of it were written by the client and are ignored.
 *
 * Null only when the peer is unknown; callers then share one limit for all such requests.
 */
export function clientAddress(peer: string | null, headers: Headers, proxies: TrustedProxies): string | null {
  let current = normaliseAddress(peer);
  if (!current) return null;
  if (!isTrusted(current, proxies)) return current;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]);
    // A hop that is not an address was not written by a proxy we trust: stop at the last one that was.
    if (!hop) return current;
    current = hop;
    if (!isTrusted(hop, proxies)) return hop;
  }
  return current;
}

/**
 * Whether the browser reached us over https: told by X-Forwarded-Proto, believed only from a
 * trusted proxy (its first value, written by the proxy that terminated TLS).
 */
export function forwardedHttps(peer: string | null, headers: Headers, proxies: TrustedProxies): boolean {
  const address = normaliseAddress(peer);
  if (!address || !isTrusted(address, proxies)) return false;
  return (headers.get("x-forwarded-proto") ?? "").split(",")[0]!.trim().toLowerCase() === "https";
}

/**
 * The key a limit counts under: the address, except that IPv6 counts per /64 (one
 * household or phone gets a whole /64 to pick addresses from). Unknown peers share one key.
 */
export function limitKey(address: string | null): string {
  if (!address) return "unknown";
  if (isIP(address) !== 6) return address;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return groups.map((group) => group.replace(/^0+(?=.)/, ""));
}

let configured: TrustedProxies | undefined;

/** TRUSTED_PROXIES, read once (instrumentation.ts reads it at start-up, so a typo stops the server there). */
export function trustedProxies(): TrustedProxies {
  return (configured ??= parseTrustedProxies(process.env.TRUSTED_PROXIES));
}

/** The client address of a request that reached this server (see ./peer-address.ts for the peer). */
export const requestClientAddress = (headers: Headers) => clientAddress(peerAddressOf(headers), headers, trustedProxies());

/** Whether the request came over https through a trusted proxy. */
export const requestForwardedHttps = (headers: Headers) => forwardedHttps(peerAddressOf(headers), headers, trustedProxies());
