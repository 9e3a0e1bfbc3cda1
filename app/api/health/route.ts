import { sql } from "drizzle-orm";
import { getDb } from "~/db/client";

export const dynamic = "force-dynamic";

/** Liveness plus a real database round trip. */
export function GET() {
  try {
    const row = getDb().get<{ ok: number }>(sql`select 1 as ok`);
    if (row?.ok !== 1) throw new Error("unexpected database answer");
    return Response.json({ status: "ok", database: "ok" });
  } catch (error) {
    console.error("health check failed", error);
    return Response.json({ status: "error", database: "unavailable" }, { status: 503 });
  }
}
