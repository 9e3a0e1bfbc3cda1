import { getDb } from "~/db/client";
import { checkReadiness } from "~/db/readiness";
import { log } from "~/server/ops/log";

export const dynamic = "force-dynamic";

/** Readiness: 200 only when the database answers and its migrations are applied (db/readiness.ts). */
export async function GET() {
  const readiness = await checkReadiness(getDb());
  if (!readiness.ready) log("warn", "not ready", { database: readiness.database, applied: readiness.migrations?.applied, expected: readiness.migrations?.expected });
  return Response.json(
    { status: readiness.ready ? "ready" : "not_ready", database: readiness.database, migrations: readiness.migrations },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
