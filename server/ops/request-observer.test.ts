import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { metrics } from "./metrics";
import { installRequestObserver, requestIdFrom } from "./request-observer";

let server: http.Server;
let base: string;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  installRequestObserver();
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    const text = String(chunk);
    if (text.startsWith("{")) lines.push(JSON.parse(text) as Record<string, unknown>);
    return true;
  });
  server = http.createServer((request, response) => {
    response.statusCode = request.url?.startsWith("/mangler") ? 404 : 200;
    response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  vi.restoreAllMocks();
  await new Promise((resolve) => server.close(resolve));
});

describe("the request observer", () => {
  it("answers with a request id and logs the route pattern, never the token in the URL", async () => {
    const answer = await fetch(`${base}/api/kalender/hemmelig-token-123?x=1`);
    const id = answer.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((l) => l.requestId === id);
    expect(line).toMatchObject({ level: "info", msg: "request", method: "GET", route: "/api/kalender/[token]", status: 200 });
    expect(JSON.stringify(lines)).not.toContain("hemmelig-token-123");
  });

  it("keeps a well-formed request id from the load balancer and replaces a malformed one", async () => {
    const kept = await fetch(`${base}/`, { headers: { "X-Request-Id": "lb-1234567890" } });
    expect(kept.headers.get("x-request-id")).toBe("lb-1234567890");
    expect(requestIdFrom("bad id with spaces")).not.toBe("bad id with spaces");
    expect(requestIdFrom("<script>alert(1)</script>")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("counts requests per route and status", async () => {
    await fetch(`${base}/mangler/noe`);
    const text = await metrics().registry.metrics();
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/mangler\/noe",status="404"\} 1/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/kalender\/\[token\]"\} 1/);
  });
});
