/**
 * Prometheus metrics (prom-client), served at /api/metrics. The registry and the route labels are
 * process-wide (db/process-wide.ts): instrumentation and route handlers are bundled apart.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { processWide } from "~/db/process-wide";

interface Metrics {
  registry: Registry;
  requests: Counter<"method" | "route" | "status">;
  duration: Histogram<"method" | "route">;
  eventStreams: Gauge;
  outboxDepth: Gauge;
}

/** How many distinct route labels are kept; later ones are counted as "other". */
const MAX_ROUTES = 300;
const knownRoutes = processWide("ops.known-routes", () => new Set<string>());

export const metrics = (): Metrics => processWide("ops.metrics", makeMetrics);

function makeMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const made: Metrics = {
    registry,
    requests: new Counter({ name: "http_requests_total", help: "HTTP requests answered, per route pattern and status.", labelNames: ["method", "route", "status"], registers: [registry] }),
    duration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time from request to the end of the answer, per route pattern (event streams excluded).",
      labelNames: ["method", "route"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    eventStreams: new Gauge({ name: "sse_connections_open", help: "Server-sent event streams (live samlinger) open now.", registers: [registry] }),
    outboxDepth: new Gauge({ name: "mail_outbox_depth", help: "E-mails waiting in the outbox (waiting or being sent).", registers: [registry] }),
  };
  return made;
}

/** The label to count `route` under, keeping the number of series bounded. */
export function boundedRoute(route: string): string {
  if (knownRoutes.has(route)) return route;
  if (knownRoutes.size >= MAX_ROUTES) return "other";
  knownRoutes.add(route);
  return route;
}
