/**
 * How a route handler learns the socket's peer address, which Next.js does not hand it.
 *
 * `next start` copies the socket address into X-Forwarded-For only when the request has no such
 * header (`??=` in next/dist/server/base-server.js), so a client that sends one hides its real
 * address. Node announces every request on the `http.server.request.start` diagnostics channel
 * before the server sees it; there we write the socket address into a header of our own. The
 * header carries a random per-process nonce, so a client that sends the header itself (or a
 * request parsed before the channel was subscribed) is not believed.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

export const PEER_HEADER = "x-partnerskapsrommet-peer";

// On globalThis: instrumentation and route handlers are bundled apart and share only the process.
const NONCE = Symbol.for("partnerskapsrommet.peer-nonce");
const INSTALLED = Symbol.for("partnerskapsrommet.peer-installed");
type Global = typeof globalThis & { [NONCE]?: string; [INSTALLED]?: boolean };

function nonce(): string {
  const g = globalThis as Global;
  return (g[NONCE] ??= randomBytes(18).toString("base64url"));
}

/** The header value that vouches for `address` in this process. */
export function peerHeaderValue(address: string): string {
  return `${nonce()} ${address}`;
}

/** The peer address the server wrote for this request; null when none is vouched for. */
export function peerAddressOf(headers: Headers): string | null {
  const value = headers.get(PEER_HEADER);
  if (!value) return null;
  const space = value.indexOf(" ");
  const expected = Buffer.from(nonce());
  const given = Buffer.from(space === -1 ? value : value.slice(0, space));
  if (space === -1 || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return value.slice(space + 1);
}

/** Called once at start-up (instrumentation.ts); later calls do nothing. */
export function installPeerAddressHeader() {
  const g = globalThis as Global;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const address = socket.remoteAddress;
    // Always overwritten, so whatever the client sent under this name is gone.
    if (address) request.headers[PEER_HEADER] = peerHeaderValue(address);
    else delete request.headers[PEER_HEADER];
  });
}
