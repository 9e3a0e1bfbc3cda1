import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database, type Executor } from "~/db/connection";
import {
  agreementPoint,
  fylke,
  kommune,
  partnership,
  partnershipKommune,
  partnershipService,
} from "~/db/schema";
import { leaderModels } from "~/db/schema/enums";
import { recordAudit, type Actor } from "~/server/domain/audit/record";
import { invalid, notFound } from "~/server/domain/errors";
import { entityId, requiredText, rule } from "~/lib/validation";
import { text } from "~/lib/i18n/text";
import { agreementPoints, catalogueServiceKeys } from "~/lib/partnership/catalogue";

export const createPartnershipInput = z.object({
  officeName: requiredText("errors.labels.officeName", 120),
  slug: z
    .string(rule("partnership.errors.slugRequired"))
    .trim()
    .min(2, rule("partnership.errors.slugTooShort"))
    .max(60, rule("partnership.errors.slugTooLong"))
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, rule("partnership.errors.slugFormat")),
  fylkeId: entityId,
  kommuneIds: z
    .array(entityId, rule("partnership.errors.chooseKommune"))
    .min(1, rule("partnership.errors.chooseKommune"))
    .max(20, rule("partnership.errors.tooManyKommuner")),
  leaderModel: z.enum(leaderModels, rule("partnership.errors.chooseLeaderModel")),
});

export type CreatePartnershipInput = z.infer<typeof createPartnershipInput>;

/**
 * Creates a partnership with its kommuner (the first is the host), the five § 14
 * agreement points and the catalogue of optional services, all switched off.
 */
export async function createPartnership(db: Database, actor: Actor | null, input: CreatePartnershipInput) {
  return await inTransaction(db, async (tx) => {
    const [target] = await tx.select({ id: fylke.id }).from(fylke).where(eq(fylke.id, input.fylkeId)).limit(1);
    if (!target) throw invalid(text("partnership.errors.unknownFylke"), "fylkeId");
    const [taken] = await tx.select({ id: partnership.id }).from(partnership).where(eq(partnership.slug, input.slug)).limit(1);
    if (taken) throw invalid(text("partnership.errors.slugTaken"), "slug");
    const kommuneIds = [...new Set(input.kommuneIds)];
    await assertKommunerInFylke(tx, kommuneIds, input.fylkeId);

    const [created] = await tx
      .insert(partnership)
      .values({
        slug: input.slug,
        officeName: input.officeName,
        fylkeId: input.fylkeId,
        leaderModel: input.leaderModel,
      })
      .returning();
    await tx
      .insert(partnershipKommune)
      .values(kommuneIds.map((kommuneId, i) => ({ partnershipId: created!.id, kommuneId, isHost: i === 0 })));
    await tx.insert(agreementPoint).values(agreementPoints.map((p) => ({ partnershipId: created!.id, point: p.key })));
    await tx
      .insert(partnershipService)
      .values(catalogueServiceKeys.map((serviceKey) => ({ partnershipId: created!.id, serviceKey })));
    await recordAudit(tx, actor, {
      partnershipId: created!.id,
      fylkeId: input.fylkeId,
      entity: "partnership",
      entityId: created!.id,
      action: "create",
      changes: { ...input, kommuneIds },
    });
    return created!;
  });
}

export const addKommuneInput = z.object({ kommuneId: entityId });

export async function addKommuneToPartnership(
  db: Database,
  actor: Actor,
  partnershipId: string,
  input: z.infer<typeof addKommuneInput>,
) {
  await inTransaction(db, async (tx) => {
    const [target] = await tx
      .select({ id: partnership.id, fylkeId: partnership.fylkeId })
      .from(partnership)
      .where(eq(partnership.id, partnershipId))
      .limit(1);
    if (!target) throw notFound(text("partnership.errors.notFound"));
    await assertKommunerInFylke(tx, [input.kommuneId], target.fylkeId);
    const [already] = await tx
      .select({ id: partnershipKommune.kommuneId })
      .from(partnershipKommune)
      .where(
        and(eq(partnershipKommune.partnershipId, partnershipId), eq(partnershipKommune.kommuneId, input.kommuneId)),
      )
      .limit(1);
    if (already) throw invalid(text("partnership.errors.kommuneAlreadyIn"), "kommuneId");
    await tx.insert(partnershipKommune).values({ partnershipId, kommuneId: input.kommuneId });
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "partnership_kommune",
      entityId: input.kommuneId,
      action: "create",
      changes: { kommuneId: input.kommuneId },
    });
  });
}

async function assertKommunerInFylke(tx: Executor, kommuneIds: string[], fylkeId: string) {
  const found = await tx
    .select({ id: kommune.id })
    .from(kommune)
    .where(and(inArray(kommune.id, kommuneIds), eq(kommune.fylkeId, fylkeId)));
  if (found.length !== kommuneIds.length) {
    throw invalid(text("partnership.errors.kommuneOutsideFylke"), "kommuneIds");
  }
}
