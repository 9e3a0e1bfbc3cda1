/**
 * What /api/metrics answers. With METRICS_TOKEN set, only a request with
 * `Authorization: Bearer <token>` gets the figures; without it the endpoint is open (a
 * deployment that exposes the app publicly sets the token, or keeps the path off the ingress).
 */
import { timingSafeEqual } from "node:crypto";
import { inArray } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { mailOutbox } from "~/db/schema";
import { metrics } from "./metrics";

export function metricsAllowed(authorization: string | null, token = process.env.METRICS_TOKEN?.trim()): boolean {
  if (!token) return true;
  const given = Buffer.from(authorization?.startsWith("Bearer ") ? authorization.slice("Bearer ".length).trim() : "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function metricsAnswer(db: Database): Promise<{ body: string; contentType: string }> {
  const { registry, outboxDepth } = metrics();
  try {
    outboxDepth.set(await db.$count(mailOutbox, inArray(mailOutbox.status, ["waiting", "sending"])));
  } catch {
    // The database is down: the other figures still say something, and /api/ready says the rest.
  }
  return { body: await registry.metrics(), contentType: registry.contentType };
}
