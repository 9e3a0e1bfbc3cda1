import { asc, desc, eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { kommune, partnershipKommune } from "~/db/schema";
import { localeOfMalform, type Locale } from "~/lib/i18n/locales";

/**
 * A partnership's own language (ADR 0018): the målform of its host kommune (nøytral → bokmål).
 * What the partnership's shared texts start in, such as the default årshjul copied into its year.
 */
export async function partnershipLocale(db: Executor, partnershipId: string): Promise<Locale> {
  const [host] = await db
    .select({ malform: kommune.malform })
    .from(partnershipKommune)
    .innerJoin(kommune, eq(kommune.id, partnershipKommune.kommuneId))
    .where(eq(partnershipKommune.partnershipId, partnershipId))
    .orderBy(desc(partnershipKommune.isHost), asc(kommune.number))
    .limit(1);
  return localeOfMalform(host?.malform);
}
