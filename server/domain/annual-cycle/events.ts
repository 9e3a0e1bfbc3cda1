/**
 * A partnership's own changes to its årshjul: add, edit, move and remove events. Any change to
 * a copy of a template event marks it customised, so template changes no longer reach it.
 */
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { assessment, businessPlan, cycleEvent, leaderAgreementVersion, meeting } from "~/db/schema";
import { diffFields, recordAudit, type Actor, type AuditActionOf, type AuditChanges } from "~/server/domain/audit/record";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
import { entityId, isoDate, optionalText, requiredText, rule, versionInput, yearInput, type Label } from "~/lib/validation";
import { cycleCategories, cycleDateKinds, cycleLinkKinds, type CycleLinkKind } from "~/lib/annual-cycle/categories";
import type { PartnershipScope } from "~/server/domain/scope";
import { EVENT_AUDIT_ENTITY, isYearStarted } from "./template";

const optionalDate = (label: Label) =>
  z.preprocess((v) => (v === "" || v === undefined ? null : v), isoDate(label).nullable());

/** When: a date, a period (start and end), or just a month. Flat, so each field can carry its own message. */
export const whenInput = z
  .object({
    dateKind: z.enum(cycleDateKinds, rule("cycle.errors.pickDateKind")),
    startDate: optionalDate("errors.labels.dateDefinite"),
    endDate: optionalDate("errors.labels.endDate"),
    month: z
      .number(rule("cycle.errors.pickMonth"))
      .int(rule("cycle.errors.pickMonth"))
      .min(1, rule("cycle.errors.pickMonth"))
      .max(12, rule("cycle.errors.pickMonth"))
      .nullable()
      .default(null),
  })
  .superRefine((v, ctx) => {
    if (v.dateKind !== "maned" && !v.startDate) {
      ctx.addIssue({ code: "custom", path: ["startDate"], message: rule(v.dateKind === "periode" ? "cycle.errors.startDateMissing" : "cycle.errors.dateMissing").error() });
    }
    if (v.dateKind === "periode" && !v.endDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: rule("cycle.errors.endDateMissing").error() });
    if (v.dateKind === "periode" && v.startDate && v.endDate && v.endDate < v.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: rule("cycle.errors.endDateBeforeStart").error() });
    }
    if (v.dateKind === "maned" && v.month === null) ctx.addIssue({ code: "custom", path: ["month"], message: rule("cycle.errors.pickMonth").error() });
  })
  .transform((v) => ({
    dateKind: v.dateKind,
    startDate: v.dateKind === "maned" ? null : v.startDate,
    endDate: v.dateKind === "periode" ? v.endDate : null,
    month: v.dateKind === "maned" ? v.month : null,
  }));
export type When = z.infer<typeof whenInput>;

export const eventFieldsInput = z.object({
  title: requiredText("errors.labels.title", 200),
  category: z.enum(cycleCategories, rule("cycle.errors.pickRing")),
  when: whenInput,
  responsible: optionalText("errors.labels.responsible", 200),
  description: optionalText("errors.labels.description", 2000),
  link: z
    .object({
      kind: z.enum(cycleLinkKinds, rule("cycle.errors.pickLinkKind")),
      id: entityId,
    })
    .nullable()
    .default(null),
});
export type EventFields = z.infer<typeof eventFieldsInput>;

export const addEventInput = z.object({ year: yearInput, fields: eventFieldsInput });
export const updateEventInput = z.object({ id: entityId, version: versionInput, fields: eventFieldsInput });
export const moveEventInput = z.object({ id: entityId, version: versionInput, when: whenInput });
export const removeEventInput = z.object({ id: entityId, version: versionInput });

/**
 * The year rule: an event in year Y starts in Y (a month is always in Y); a period may run
 * into Y+1, not further. Field names match the form's (`when.startDate`).
 */
export function checkWhenInYear(when: When, year: number) {
  if (when.startDate && when.startDate.slice(0, 4) !== String(year)) {
    throw invalid(text("cycle.errors.startInYear", { year: String(year), startYear: when.startDate.slice(0, 4) }), "when.startDate");
  }
  if (when.endDate && when.endDate > `${year + 1}-12-31`) {
    throw invalid(text("cycle.errors.periodTooLong", { lastYear: String(year + 1) }), "when.endDate");
  }
}

/** A link must point to something in the same partnership. */
export async function checkLink(db: Executor, partnershipId: string, link: { kind: CycleLinkKind; id: string } | null) {
  if (!link) return;
  const tables = {
    mote: { table: meeting, id: meeting.id, owner: meeting.partnershipId },
    virksomhetsplan: { table: businessPlan, id: businessPlan.id, owner: businessPlan.partnershipId },
    lederavtale: { table: leaderAgreementVersion, id: leaderAgreementVersion.id, owner: leaderAgreementVersion.partnershipId },
    vurdering: { table: assessment, id: assessment.id, owner: assessment.partnershipId },
  } as const;
  const t = tables[link.kind];
  const [found] = await db.select({ id: t.id }).from(t.table).where(and(eq(t.id, link.id), eq(t.owner, partnershipId))).limit(1);
  if (!found) throw invalid(text("cycle.errors.linkNotFound"), "link");
}

const columnsOf = (fields: EventFields) => ({
  title: fields.title,
  category: fields.category,
  ...fields.when,
  responsible: fields.responsible,
  description: fields.description,
  linkKind: fields.link?.kind ?? null,
  linkId: fields.link?.id ?? null,
});

async function loadEvent(db: Executor, partnershipId: string, id: string) {
  const [row] = await db.select().from(cycleEvent).where(and(eq(cycleEvent.id, id), eq(cycleEvent.partnershipId, partnershipId))).limit(1);
  if (!row) throw notFound(text("cycle.errors.eventNotFound"));
  return row;
}

const audit = <A extends AuditActionOf<"cycle_event">>(tx: Executor, actor: Actor, partnershipId: string, id: string, action: A, changes: AuditChanges<"cycle_event", A>) =>
  recordAudit(tx, actor, { partnershipId, entity: EVENT_AUDIT_ENTITY, entityId: id, action, changes });

export function addEvent(scope: PartnershipScope, input: z.infer<typeof addEventInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    if (!(await isYearStarted(tx, partnershipId, input.year))) throw invalid(text("cycle.errors.startYearFirst", { year: String(input.year) }));
    checkWhenInYear(input.fields.when, input.year);
    await checkLink(tx, partnershipId, input.fields.link);
    const columns = columnsOf(input.fields);
    const [row] = await tx.insert(cycleEvent).values({ partnershipId, year: input.year, ...columns }).returning({ id: cycleEvent.id });
    await audit(tx, actor, partnershipId, row!.id, "create", { year: input.year, ...columns });
    return { id: row!.id };
  });
}

/** Saves new values, bumps the version, marks a template copy customised, and audits what changed. */
async function save(tx: Executor, actor: Actor, partnershipId: string, before: typeof cycleEvent.$inferSelect, version: number, after: Partial<typeof cycleEvent.$inferInsert>) {
  const changes = diffFields(before, after);
  if (Object.keys(changes).length === 0) {
    if (before.version !== version) throw staleVersion();
    return { version: before.version };
  }
  const customised = before.templateKey !== null ? true : before.customised;
  const [updated] = await tx
    .update(cycleEvent)
    .set({ ...after, customised, version: sql`${cycleEvent.version} + 1` })
    .where(and(eq(cycleEvent.id, before.id), eq(cycleEvent.partnershipId, partnershipId), eq(cycleEvent.version, version)))
    .returning({ version: cycleEvent.version });
  if (!updated) throw staleVersion();
  await audit(tx, actor, partnershipId, before.id, "update", {
    ...changes,
    ...(customised !== before.customised ? { customised: { from: before.customised, to: customised } } : {}),
  });
  return { version: updated.version };
}

export function updateEvent(scope: PartnershipScope, input: z.infer<typeof updateEventInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const before = await loadEvent(tx, partnershipId, input.id);
    checkWhenInYear(input.fields.when, before.year);
    await checkLink(tx, partnershipId, input.fields.link);
    return await save(tx, actor, partnershipId, before, input.version, columnsOf(input.fields));
  });
}

/** Moving is an edit of the dates only. */
export function moveEvent(scope: PartnershipScope, input: z.infer<typeof moveEventInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const before = await loadEvent(tx, partnershipId, input.id);
    checkWhenInYear(input.when, before.year);
    return await save(tx, actor, partnershipId, before, input.version, { ...input.when });
  });
}

export function removeEvent(scope: PartnershipScope, input: z.infer<typeof removeEventInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const before = await loadEvent(tx, partnershipId, input.id);
    const [removed] = await tx
      .delete(cycleEvent)
      .where(and(eq(cycleEvent.id, before.id), eq(cycleEvent.partnershipId, partnershipId), eq(cycleEvent.version, input.version)))
      .returning({ id: cycleEvent.id });
    if (!removed) throw staleVersion();
    await audit(tx, actor, partnershipId, before.id, "delete", { title: before.title, year: before.year, templateKey: before.templateKey });
    return { id: before.id };
  });
}
