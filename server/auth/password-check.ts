import { verifyPassword } from "better-auth/crypto";
import { and, eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { account } from "~/db/schema";

/** A fresh check of the person's own password, for actions that need re-authentication (signing). */
export async function passwordMatches(db: Executor, userId: string, password: string): Promise<boolean> {
  const [credential] = await db
    .select({ password: account.password })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, "credential")))
    .limit(1);
  if (!credential?.password) return false;
  return verifyPassword({ hash: credential.password, password });
}
