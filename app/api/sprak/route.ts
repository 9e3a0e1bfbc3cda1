import { getDb } from "~/db/client";
import { AUTH_SECRET } from "~/server/auth/auth";
import { readSessionUser } from "~/server/auth/read-session";
import { languageChoiceResponse } from "~/server/i18n/language-choice";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const db = getDb();
  return languageChoiceResponse(db, request, await readSessionUser(db, request.headers, AUTH_SECRET));
}
