/**
 * Each kommune's målform (ADR 0018), set by the administrator: the people of a kommune with
 * nynorsk as målform see nynorsk by default, until they choose a language themselves.
 */
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/db/connection";
import { fylke, kommune } from "~/db/schema";
import { inTransaction } from "~/db/transaction";
import { malformer, type Malform } from "~/lib/i18n/locales";
import { recordAudit, type Actor } from "~/server/domain/audit/record";
import { notFound } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
import { entityId, rule } from "~/lib/validation";

export const kommuneMalformInput = z.object({
  kommuneId: entityId,
  malform: z.enum(malformer, rule("admin.errors.chooseMalform")),
});

export interface KommuneMalformRow {
  id: string;
  name: string;
  number: string;
  malform: Malform;
}

export interface FylkeKommuneMalform {
  id: string;
  name: string;
  kommuner: KommuneMalformRow[];
}

/** Every fylke with its kommuner and their målform, by name. */
export async function listKommuneMalform(db: Executor): Promise<FylkeKommuneMalform[]> {
  const fylker = await db.select({ id: fylke.id, name: fylke.name }).from(fylke).orderBy(asc(fylke.name));
  const kommuner = await db
    .select({ id: kommune.id, name: kommune.name, number: kommune.number, malform: kommune.malform, fylkeId: kommune.fylkeId })
    .from(kommune)
    .orderBy(asc(kommune.name));
  return fylker.map((f) => ({
    ...f,
    kommuner: kommuner.filter((k) => k.fylkeId === f.id).map(({ fylkeId: _fylkeId, ...k }) => k),
  }));
}

/** Sets one kommune's målform, audited; nothing happens when it already has it. */
export async function setKommuneMalform(db: Executor, actor: Actor, kommuneId: string, malform: Malform): Promise<{ changed: boolean }> {
  return inTransaction(db, async (tx) => {
    const [before] = await tx
      .select({ malform: kommune.malform, fylkeId: kommune.fylkeId })
      .from(kommune)
      .where(eq(kommune.id, kommuneId))
      .limit(1);
    if (!before) throw notFound(text("admin.errors.kommuneNotFound"));
    if (before.malform === malform) return { changed: false };
    await tx.update(kommune).set({ malform }).where(eq(kommune.id, kommuneId));
    await recordAudit(tx, actor, {
      fylkeId: before.fylkeId,
      entity: "kommune",
      entityId: kommuneId,
      action: "update",
      changes: { malform: { from: before.malform, to: malform } },
    });
    return { changed: true };
  });
}
