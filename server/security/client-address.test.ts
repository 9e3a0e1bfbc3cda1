import { describe, expect, it } from "vitest";
import { clientAddress, forwardedHttps, limitKey, normaliseAddress, parseTrustedProxies } from "./client-address";
import { PEER_HEADER, peerAddressOf, peerHeaderValue } from "./peer-address";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.5 fd00::/8");
const forwardedFor = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientAddress", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.7", forwardedFor("198.51.100.1"), none)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", new Headers(), none)).toBe("203.0.113.7");
  });

  it("ignores a spoofed header from a peer that is not a trusted proxy", () => {
    expect(clientAddress("203.0.113.7", forwardedFor("198.51.100.1, 10.0.0.2"), proxies)).toBe("203.0.113.7");
  });

  it("takes the address a trusted proxy appended, not what the client wrote to its left", () => {
    expect(clientAddress("10.0.0.2", forwardedFor("198.51.100.1"), proxies)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.2", forwardedFor("1.1.1.1, 2.2.2.2, 198.51.100.1"), proxies)).toBe("198.51.100.1");
  });

  it("walks past a chain of trusted proxies, CIDR ranges and single addresses", () => {
    expect(clientAddress("10.0.0.2", forwardedFor("6.6.6.6, 198.51.100.1, 192.168.1.5, 10.9.9.9"), proxies)).toBe("198.51.100.1");
    // 192.168.1.6 is next to the trusted 192.168.1.5 but not it.
    expect(clientAddress("10.0.0.2", forwardedFor("6.6.6.6, 192.168.1.6"), proxies)).toBe("192.168.1.6");
  });

  it("handles IPv6 peers and hops, IPv4-mapped peers, ports and brackets", () => {
    expect(clientAddress("fd00::5", forwardedFor("2001:DB8::1"), proxies)).toBe("2001:db8::1");
    expect(clientAddress("::ffff:10.1.2.3", forwardedFor("[2001:db8::9]:4431"), proxies)).toBe("2001:db8::9");
    expect(clientAddress("::ffff:203.0.113.7", forwardedFor("198.51.100.1"), proxies)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.2", forwardedFor("198.51.100.1:5678"), proxies)).toBe("198.51.100.1");
    expect(clientAddress("2001:db8::7", forwardedFor("198.51.100.1"), proxies)).toBe("2001:db8::7");
  });

  it("stops at a hop that is not an address, and falls back to the proxy when there is none", () => {
    expect(clientAddress("10.0.0.2", forwardedFor("198.51.100.1, not-an-ip"), proxies)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", forwardedFor("not-an-ip, 198.51.100.1"), proxies)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.2", new Headers(), proxies)).toBe("10.0.0.2");
    // Only proxies all the way: the left-most one is the best we know.
    expect(clientAddress("10.0.0.2", forwardedFor("10.0.0.3, 10.0.0.4"), proxies)).toBe("10.0.0.3");
  });

  it("is null without a peer, so such requests share one limit", () => {
    expect(clientAddress(null, forwardedFor("198.51.100.1"), proxies)).toBeNull();
    expect(limitKey(null)).toBe("unknown");
  });
});

describe("parseTrustedProxies", () => {
  it("accepts addresses and CIDR ranges of both families, and nothing else", () => {
    expect(parseTrustedProxies(" 10.0.0.0/8,::1 ,fd00::/8 ").entries).toEqual(["10.0.0.0/8", "::1", "fd00::/8"]);
    expect(parseTrustedProxies("").entries).toEqual([]);
    for (const wrong of ["10.0.0.0/33", "fd00::/129", "proxy.local", "10.0.0.0/8/1", "10.0.0/8", "10.0.0.0/x"]) {
      expect(() => parseTrustedProxies(wrong), wrong).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

describe("forwardedHttps", () => {
  const https = new Headers({ "x-forwarded-proto": "https" });
  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(forwardedHttps("10.0.0.2", https, proxies)).toBe(true);
    expect(forwardedHttps("203.0.113.7", https, proxies)).toBe(false);
    expect(forwardedHttps("10.0.0.2", new Headers({ "x-forwarded-proto": "http" }), proxies)).toBe(false);
    expect(forwardedHttps("10.0.0.2", https, none)).toBe(false);
  });
});

describe("limitKey", () => {
  it("counts IPv4 per address and IPv6 per /64", () => {
    expect(limitKey("203.0.113.7")).toBe("203.0.113.7");
    expect(limitKey("2001:db8:1:2:aaaa::1")).toBe(limitKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"));
    expect(limitKey("2001:db8:1:2::1")).not.toBe(limitKey("2001:db8:1:3::1"));
    expect(limitKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
  });

  it("normalises spellings of one address to one key", () => {
    expect(normaliseAddress("::FFFF:203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normaliseAddress("garbage")).toBeNull();
  });
});

describe("peer header", () => {
  it("is believed only with this process's nonce", () => {
    expect(peerAddressOf(new Headers({ [PEER_HEADER]: peerHeaderValue("203.0.113.7") }))).toBe("203.0.113.7");
    expect(peerAddressOf(new Headers({ [PEER_HEADER]: "guessed-nonce 203.0.113.7" }))).toBeNull();
    expect(peerAddressOf(new Headers({ [PEER_HEADER]: "203.0.113.7" }))).toBeNull();
    expect(peerAddressOf(new Headers())).toBeNull();
  });
});
