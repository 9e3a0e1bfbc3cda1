import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";
import { installPeerAddressHeader, PEER_HEADER, peerAddressOf } from "./peer-address";

// A real server on a real socket: what the route handler would see after `next start`.
let server: http.Server;
let url: string;
const seen: Headers[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(new Headers(req.headers as Record<string, string>));
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // Subscribed after the server exists, as instrumentation.ts does under `next start`.
  installPeerAddressHeader();
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("installPeerAddressHeader", () => {
  it("gives the handler the socket's address, whatever the client claims", async () => {
    await fetch(url, { headers: { [PEER_HEADER]: "forged 198.51.100.1", "x-forwarded-for": "198.51.100.1" } });
    const headers = seen.at(-1)!;
    expect(peerAddressOf(headers)).toBe("127.0.0.1");
    // Without trusted proxies the spoofed X-Forwarded-For changes nothing.
    expect(clientAddress(peerAddressOf(headers), headers, parseTrustedProxies(undefined))).toBe("127.0.0.1");
    // With loopback as a trusted proxy, the header is believed.
    expect(clientAddress(peerAddressOf(headers), headers, parseTrustedProxies("127.0.0.1"))).toBe("198.51.100.1");
  });
});
