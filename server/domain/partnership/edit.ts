import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction } from "~/db/connection";
import { agreementPoint, partnership, partnershipService } from "~/db/schema";
import { agreementPointStatuses, leaderModels } from "~/db/schema/enums";
import { diffFields, recordAudit } from "~/server/domain/audit/record";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import type { PartnershipScope } from "~/server/domain/scope";
import {
  decimalInput,
  entityId,
  isoDate,
  optionalText,
  requiredText,
  rule,
  versionInput,
} from "~/lib/validation";
import { catalogueServiceKeys, serviceNameIn } from "~/lib/partnership/catalogue";
import { locales } from "~/lib/i18n/locales";
import { text } from "~/lib/i18n/text";

export const partnershipDetailsInput = z
  .object({
    version: versionInput,
    leaderModel: z.enum(leaderModels, rule("partnership.errors.chooseLeaderModel")),
    statePositions: decimalInput("errors.labels.statePositions"),
    municipalPositions: decimalInput("errors.labels.municipalPositions"),
    agreementDate: isoDate("errors.labels.agreementDate").nullable(),
    agreementNextRevision: isoDate("errors.labels.nextRevision").nullable(),
  })
  .refine(
    (v) => !v.agreementDate || !v.agreementNextRevision || v.agreementNextRevision > v.agreementDate,
    { path: ["agreementNextRevision"], ...rule("partnership.errors.revisionAfterAgreement") },
  );

export async function updatePartnershipDetails(scope: PartnershipScope, input: z.infer<typeof partnershipDetailsInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return await inTransaction(db, async (tx) => {
    const [before] = await tx.select().from(partnership).where(eq(partnership.id, partnershipId)).limit(1);
    if (!before) throw notFound(text("partnership.errors.notFound"));
    const { version, ...values } = input;
    const [updated] = await tx
      .update(partnership)
      .set({ ...values, version: sql`${partnership.version} + 1` })
      .where(and(eq(partnership.id, partnershipId), eq(partnership.version, version)))
      .returning();
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "partnership",
      entityId: partnershipId,
      action: "update",
      changes: diffFields(before, values),
    });
    return updated;
  });
}

export const agreementPointInput = z.object({
  pointId: entityId,
  version: versionInput,
  status: z.enum(agreementPointStatuses, rule("partnership.errors.chooseStatus")),
  note: optionalText("errors.labels.note", 2000),
});

export async function updateAgreementPoint(scope: PartnershipScope, input: z.infer<typeof agreementPointInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return await inTransaction(db, async (tx) => {
    const ofPartnership = and(
      eq(agreementPoint.id, input.pointId),
      eq(agreementPoint.partnershipId, partnershipId),
    );
    const [before] = await tx.select().from(agreementPoint).where(ofPartnership).limit(1);
    if (!before) throw notFound(text("partnership.errors.agreementPointNotFound"));
    const values = { status: input.status, note: input.note, updatedByUserId: actor.userId };
    const [updated] = await tx
      .update(agreementPoint)
      .set({ ...values, version: sql`${agreementPoint.version} + 1` })
      .where(and(ofPartnership, eq(agreementPoint.version, input.version)))
      .returning();
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "agreement_point",
      entityId: before.id,
      action: "update",
      changes: { point: before.point, ...diffFields(before, { status: input.status, note: input.note }) },
    });
    return updated;
  });
}

export const serviceToggleInput = z.object({
  serviceId: entityId,
  version: versionInput,
  enabled: z.boolean(rule("partnership.errors.chooseOnOff")),
});

export async function setServiceEnabled(scope: PartnershipScope, input: z.infer<typeof serviceToggleInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return await inTransaction(db, async (tx) => {
    const ofPartnership = and(
      eq(partnershipService.id, input.serviceId),
      eq(partnershipService.partnershipId, partnershipId),
    );
    const [before] = await tx.select().from(partnershipService).where(ofPartnership).limit(1);
    if (!before) throw notFound(text("partnership.errors.serviceNotFound"));
    const [updated] = await tx
      .update(partnershipService)
      .set({ enabled: input.enabled, version: sql`${partnershipService.version} + 1` })
      .where(and(ofPartnership, eq(partnershipService.version, input.version)))
      .returning();
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "partnership_service",
      entityId: before.id,
      action: "update",
      changes: {
        service: before.customName ?? before.serviceKey,
        ...diffFields(before, { enabled: input.enabled }),
      },
    });
    return updated;
  });
}

export const customServiceInput = z.object({
  name: requiredText("errors.labels.serviceName", 120),
});

export async function addCustomService(scope: PartnershipScope, input: z.infer<typeof customServiceInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return await inTransaction(db, async (tx) => {
    const wanted = input.name.toLocaleLowerCase("nb");
    // A catalogue service by its name in either language.
    const catalogueClash = catalogueServiceKeys.some((serviceKey) =>
      locales.some((locale) => serviceNameIn({ serviceKey, customName: null }, locale).toLocaleLowerCase("nb") === wanted),
    );
    if (catalogueClash) {
      throw invalid(text("partnership.errors.serviceInCatalogue"), "name");
    }
    const existing = await tx
      .select({ name: partnershipService.customName })
      .from(partnershipService)
      .where(
        and(eq(partnershipService.partnershipId, partnershipId), eq(partnershipService.serviceKey, "annet")),
      );
    if (existing.some((s) => s.name?.toLocaleLowerCase("nb") === wanted)) {
      throw invalid(text("partnership.errors.serviceNameTaken"), "name");
    }
    const [created] = await tx
      .insert(partnershipService)
      .values({ partnershipId, serviceKey: "annet", customName: input.name, enabled: true })
      .returning();
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "partnership_service",
      entityId: created!.id,
      action: "create",
      changes: { service: created!.customName, enabled: true },
    });
    return created!;
  });
}

export const removeServiceInput = z.object({ serviceId: entityId, version: versionInput });

export async function removeCustomService(scope: PartnershipScope, input: z.infer<typeof removeServiceInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return await inTransaction(db, async (tx) => {
    const ofPartnership = and(
      eq(partnershipService.id, input.serviceId),
      eq(partnershipService.partnershipId, partnershipId),
    );
    const [before] = await tx.select().from(partnershipService).where(ofPartnership).limit(1);
    if (!before) throw notFound(text("partnership.errors.serviceNotFound"));
    if (before.serviceKey !== "annet") {
      throw invalid(text("partnership.errors.catalogueServiceNotRemovable"));
    }
    const [removed] = await tx
      .delete(partnershipService)
      .where(and(ofPartnership, eq(partnershipService.version, input.version)))
      .returning({ id: partnershipService.id });
    if (!removed) throw staleVersion();
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "partnership_service",
      entityId: before.id,
      action: "delete",
      changes: { service: before.customName, enabled: before.enabled },
    });
  });
}
