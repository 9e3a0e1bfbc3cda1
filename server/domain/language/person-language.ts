/**
 * A person's language (ADR 0018): what they chose on /konto, and the målform default for those who
 * have not chosen. E-mails and digests use it, since they have no browser to ask.
 */
import { eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { user } from "~/db/schema";
import { inTransaction } from "~/db/transaction";
import { chooseLocale, type Locale, type Malform } from "~/lib/i18n/locales";
import { recordAudit } from "~/server/domain/audit/record";
import { notFound } from "~/server/domain/errors";
import { firstPartnershipMalform } from "./first-partnership-malform";

export interface PersonLanguage {
  /** Null until the person chooses. */
  chosen: Locale | null;
  malform: Malform | null;
  /** What they see where no browser choice applies. */
  locale: Locale;
}

export async function loadPersonLanguage(db: Executor, userId: string): Promise<PersonLanguage> {
  const [row] = await db
    .select({ chosen: user.language, malform: firstPartnershipMalform() })
    .from(user)
    .where(eq(user.id, userId))
    .limit(1);
  if (!row) throw notFound();
  return { chosen: row.chosen ?? null, malform: row.malform ?? null, locale: chooseLocale({ account: row.chosen, malform: row.malform }) };
}

/** Saves the person's choice (null: follow the målform again), audited. */
export async function setPersonLanguage(db: Executor, userId: string, language: Locale | null): Promise<void> {
  await inTransaction(db, async (tx) => {
    const [before] = await tx.select({ language: user.language }).from(user).where(eq(user.id, userId)).limit(1);
    if (!before) throw notFound();
    if ((before.language ?? null) === language) return;
    await tx.update(user).set({ language, updatedAt: new Date() }).where(eq(user.id, userId));
    await recordAudit(tx, { userId }, {
      entity: "user",
      entityId: userId,
      action: "update",
      changes: { language: { from: before.language ?? null, to: language } },
    });
  });
}
