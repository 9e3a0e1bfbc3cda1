import { sql } from "drizzle-orm";
import { getDb } from "~/db/client";

export const dynamic = "force-dynamic";

/** Liveness plus a real database round trip. */
export async function GET() {
  try {
    const { rows } = await getDb().execute<{ ok: number }>(sql`select 1 as ok`);
    if (Number(rows[0]?.ok) !== 1) throw new Error("unexpected database answer");
    return Response.json({ status: "ok", database: "ok" });
  } catch (error) {
    console.error("health check failed", error);
    return Response.json({ status: "error", database: "unavailable" }, { status: 503 });
  }
}
