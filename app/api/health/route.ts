import { sql } from "drizzle-orm";
import { getDb } from "~/db/client";
import { errorFields, log } from "~/server/ops/log";

export const dynamic = "force-dynamic";

/** Liveness plus a real database round trip. */
export async function GET() {
  try {
    const { rows } = await getDb().execute<{ ok: number }>(sql`select 1 as ok`);
    if (Number(rows[0]?.ok) !== 1) throw new Error("unexpected database answer");
    return Response.json({ status: "ok", database: "ok" });
  } catch (error) {
    log("error", "health check failed", errorFields(error));
    return Response.json({ status: "error", database: "unavailable" }, { status: 503 });
  }
}
