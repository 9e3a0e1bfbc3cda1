import { getDb } from "~/db/client";
import { calendarFeedResponse } from "~/server/export/calendar-http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

/**
 * A person's private calendar feed (ADR 0008). No session: the secret in the URL is the key,
 * so this lives under /api, outside the login gate in proxy.ts. Unknown or revoked → 404.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  return await calendarFeedResponse(getDb, token, new URL(request.url).origin);
}
