import { eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { account, user } from "~/db/schema";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(db: Executor, email: string) {
  const [found] = await db.select().from(user).where(eq(user.email, normaliseEmail(email))).limit(1);
  return found;
}

/**
 * Creates a person who signs in with email and password, in the shape
 * better-auth's credential provider reads (account.accountId = user id).
 */
export async function createPasswordAccount(
  tx: Executor,
  person: { email: string; name: string; passwordHash: string },
) {
  const now = new Date();
  const created = (
    await tx
      .insert(user)
      .values({
        id: crypto.randomUUID(),
        email: normaliseEmail(person.email),
        name: person.name,
        emailVerified: true,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
  )[0]!;
  await tx.insert(account).values({
      id: crypto.randomUUID(),
      accountId: created.id,
      providerId: "credential",
      userId: created.id,
      password: person.passwordHash,
      createdAt: now,
      updatedAt: now,
    });
  return created;
}
