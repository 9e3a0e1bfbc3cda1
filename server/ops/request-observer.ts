/**
 * Every HTTP request gets a request id, a log line and its place in the metrics. Node announces
 * each request on the `http.server.request.start` diagnostics channel before Next.js sees it
 * (as server/security/peer-address.ts uses); the answer's `finish` gives its status and duration.
 * A request id sent by the load balancer (`X-Request-Id`) is kept when it looks like one;
 * otherwise a new one is made. The answer carries it, so a user's report can be found in the logs.
 */
import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "./log";
import { boundedRoute, metrics } from "./metrics";
import { routeLabel } from "./route-label";

export const REQUEST_ID_HEADER = "x-request-id";
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

const INSTALLED = Symbol.for("partnerskapsrommet.request-observer");
type Global = typeof globalThis & { [INSTALLED]?: boolean };

export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Called once at start-up (instrumentation.ts); later calls do nothing. */
export function installRequestObserver(): void {
  const g = globalThis as Global;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const { requests, duration, eventStreams } = metrics();
  const quietHealth = process.env.LOG_HEALTH_CHECKS !== "1";

  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const started = process.hrtime.bigint();
    const id = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    request.headers[REQUEST_ID_HEADER] = id;
    response.setHeader("X-Request-Id", id);
    const method = request.method ?? "GET";
    const route = boundedRoute(routeLabel((request.url ?? "/").split("?")[0] ?? "/"));
    const stream = /text\/event-stream/.test(request.headers.accept ?? "");
    if (stream) eventStreams.inc();
    let done = false;
    const end = (outcome: "finished" | "closed") => {
      if (done) return;
      done = true;
      if (stream) eventStreams.dec();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = outcome === "finished" ? response.statusCode : 499;
      requests.inc({ method, route, status: String(status) });
      if (!stream) duration.observe({ method, route }, seconds);
      if (quietHealth && (route === "/api/health" || route === "/api/ready" || route === "/api/metrics") && status < 400) return;
      if (route.startsWith("/_next/") && status < 400) return;
      log(status >= 500 ? "error" : "info", "request", { requestId: id, method, route, status, ms: Math.round(seconds * 1000), stream: stream || undefined });
    };
    response.once("finish", () => end("finished"));
    response.once("close", () => end(response.writableFinished ? "finished" : "closed"));
  });
}
