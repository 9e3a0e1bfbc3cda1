/**
 * A partnership's full history: every audit row of the partnership, newest first, a page at a
 * time, filtered by area, by person, or by one object (a plan version, a year's lederavtale, a
 * meeting, an assessment). Rows are never dropped; private answers are audited but never shown,
 * as on the overview, since they would reveal who is still scoring.
 */
import { and, count, desc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/db/connection";
import {
  assessment,
  assessmentArea,
  assessmentParticipant,
  auditEvent,
  businessPlan,
  businessPlanVersion,
  developmentAction,
  developmentPlan,
  leaderAgreementVersion,
  meeting,
  planActivity,
  planComment,
  planFocusArea,
  planFoundation,
  planGoal,
  planIndicator,
  user,
} from "~/db/schema";
import { notFound } from "~/server/domain/errors";
import type { Locale } from "~/lib/i18n/locales";
import { text } from "~/lib/i18n/text";
import { translator, type Translator } from "~/lib/i18n/translate";
import type { PartnershipScope } from "~/server/domain/scope";
import { entityId, rule } from "~/lib/validation";
import { describeChange } from "./describe";
import { areaEntities, areaOf, assessmentParts, historyAreas, historySubjectKinds, meetingParts, type HistorySubjectKind } from "./areas";

export { historyAreas, historySubjectKinds, type HistoryArea, type HistorySubjectKind } from "./areas";

export const HISTORY_PAGE_SIZE = 25;

export const historyInput = z.object({
  area: z.enum(historyAreas, rule("history.errors.chooseArea")).optional(),
  /** The person who made the change (a user id from the partnership's history). */
  person: entityId.optional(),
  /** One object: a plan version's id, a lederavtale's year, a meeting's or an assessment's id. */
  subject: z
    .object({
      kind: z.enum(historySubjectKinds, rule("history.errors.unknownKind")),
      id: entityId,
    })
    .optional(),
  page: z.number(rule("history.errors.badPage")).int(rule("history.errors.badPage")).min(1, rule("history.errors.pagesStartAtOne")).max(100_000, rule("history.errors.badPage")).default(1),
  pageSize: z.number(rule("history.errors.badPageSize")).int(rule("history.errors.badPageSize")).min(1).max(100).default(HISTORY_PAGE_SIZE),
});
export type HistoryInput = z.input<typeof historyInput>;

/**
 * One field of the audit row's changes, as SQL: `->>` reads a JSON field on both dialects
 * (SQLite's JSON text, PostgreSQL's jsonb). The field name comes from this file, never from input.
 */
const json = (field: "versionId" | "year" | "meetingId" | "planId") => sql`(${auditEvent.changes} ->> ${sql.raw(`'${field}'`)})`;

interface ResolvedSubject {
  kind: HistorySubjectKind;
  id: string;
  label: string;
  condition: SQL;
}

/** The object a history is asked for, checked to belong to the partnership (else not found). */
async function resolveSubject(
  db: Executor,
  partnershipId: string,
  subject: { kind: HistorySubjectKind; id: string },
  t: Translator<"history">,
): Promise<ResolvedSubject> {
  switch (subject.kind) {
    case "virksomhetsplan": {
      const [row] = await db
        .select({ id: businessPlanVersion.id, planId: businessPlan.id, year: businessPlan.year, versionNo: businessPlanVersion.versionNo })
        .from(businessPlanVersion)
        .innerJoin(businessPlan, eq(businessPlan.id, businessPlanVersion.planId))
        .where(and(eq(businessPlanVersion.id, subject.id), eq(businessPlan.partnershipId, partnershipId)))
        .limit(1);
      if (!row) throw notFound(text("history.errors.planNotFound"));
      const itemsOf = [planFoundation, planFocusArea, planGoal, planActivity, planIndicator, planComment].map((table) =>
        inArray(auditEvent.entityId, db.select({ id: table.id }).from(table).where(eq(table.versionId, row.id))),
      );
      // A removed item is gone from its table; its removal row names the version, and ties its earlier rows too.
      const removedItems = inArray(
        auditEvent.entityId,
        db
          .select({ id: auditEvent.entityId })
          .from(auditEvent)
          .where(and(eq(auditEvent.partnershipId, partnershipId), eq(auditEvent.entity, "business_plan"), sql`${json("versionId")} = ${row.id}`)),
      );
      return {
        ...subject,
        label: t("subject.plan", { year: String(row.year), version: String(row.versionNo) }),
        condition: and(
          eq(auditEvent.entity, "business_plan"),
          or(inArray(auditEvent.entityId, [row.id, row.planId]), sql`${json("versionId")} = ${row.id}`, removedItems, ...itemsOf),
        )!,
      };
    }
    case "lederavtale": {
      const year = /^\d{4}$/.test(subject.id) ? Number(subject.id) : NaN;
      const versions = Number.isNaN(year)
        ? []
        : await db
            .select({ id: leaderAgreementVersion.id })
            .from(leaderAgreementVersion)
            .where(and(eq(leaderAgreementVersion.partnershipId, partnershipId), eq(leaderAgreementVersion.year, year)));
      if (versions.length === 0) throw notFound(text("history.errors.agreementNotFound"));
      return {
        ...subject,
        label: t("subject.agreement", { year: String(year) }),
        condition: and(
          inArray(auditEvent.entity, areaEntities.lederavtale),
          or(sql`${json("year")} = ${year}`, inArray(auditEvent.entityId, versions.map((v) => v.id))),
        )!,
      };
    }
    case "mote": {
      const [row] = await db
        .select({ id: meeting.id, title: meeting.title, date: meeting.date })
        .from(meeting)
        .where(and(eq(meeting.id, subject.id), eq(meeting.partnershipId, partnershipId)))
        .limit(1);
      if (!row) throw notFound(text("history.errors.meetingNotFound"));
      return {
        ...subject,
        label: t("subject.meeting", { title: row.title, date: row.date.split("-").reverse().map(Number).join(".") }),
        condition: or(
          and(eq(auditEvent.entity, "meeting"), eq(auditEvent.entityId, row.id)),
          and(inArray(auditEvent.entity, meetingParts), sql`${json("meetingId")} = ${row.id}`),
        )!,
      };
    }
    case "vurdering": {
      const [row] = await db
        .select({ id: assessment.id, occasion: assessment.occasion })
        .from(assessment)
        .where(and(eq(assessment.id, subject.id), eq(assessment.partnershipId, partnershipId)))
        .limit(1);
      if (!row) throw notFound(text("history.errors.assessmentNotFound"));
      const plans = db.select({ id: developmentPlan.id }).from(developmentPlan).where(eq(developmentPlan.assessmentId, row.id));
      const parts = or(
        inArray(auditEvent.entityId, db.select({ id: assessmentArea.id }).from(assessmentArea).where(eq(assessmentArea.assessmentId, row.id))),
        inArray(
          auditEvent.entityId,
          db.select({ id: assessmentParticipant.id }).from(assessmentParticipant).where(eq(assessmentParticipant.assessmentId, row.id)),
        ),
        inArray(auditEvent.entityId, plans),
        inArray(auditEvent.entityId, db.select({ id: developmentAction.id }).from(developmentAction).where(inArray(developmentAction.planId, plans))),
        // A removed action's row names its plan, and ties its earlier rows too.
        inArray(
          auditEvent.entityId,
          db
            .select({ id: auditEvent.entityId })
            .from(auditEvent)
            .where(and(eq(auditEvent.partnershipId, partnershipId), eq(auditEvent.entity, "development_action"), inArray(json("planId"), plans))),
        ),
      );
      return {
        ...subject,
        label: t("subject.assessment", { occasion: row.occasion }),
        condition: or(and(eq(auditEvent.entity, "assessment"), eq(auditEvent.entityId, row.id)), and(inArray(auditEvent.entity, assessmentParts), parts))!,
      };
    }
  }
}

/** One page of the partnership's history, newest first, each entry in words. */
export async function listHistory(scope: PartnershipScope, rawInput: HistoryInput, locale: Locale = "nb") {
  const t = translator(locale, "history");
  const { db, partnership: { id: partnershipId } } = scope;
  const input = historyInput.parse(rawInput);
  const subject = input.subject ? await resolveSubject(db, partnershipId, input.subject, t) : null;
  const where = and(
    eq(auditEvent.partnershipId, partnershipId),
    ne(auditEvent.entity, "assessment_answer"),
    input.area ? inArray(auditEvent.entity, areaEntities[input.area]) : undefined,
    input.person ? eq(auditEvent.actorUserId, input.person) : undefined,
    subject?.condition,
  );

  const [counted] = await db.select({ count: count() }).from(auditEvent).where(where);
  const total = counted?.count ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / input.pageSize));
  // A link to a page past the end (the history got shorter through a filter) shows the last page.
  const page = Math.min(input.page, pageCount);

  const rows = await db
    .select({
      id: auditEvent.id,
      at: auditEvent.at,
      entity: auditEvent.entity,
      action: auditEvent.action,
      changes: auditEvent.changes,
      actorUserId: auditEvent.actorUserId,
      actorName: user.name,
    })
    .from(auditEvent)
    .leftJoin(user, eq(user.id, auditEvent.actorUserId))
    .where(where)
    // The id breaks ties in the order written (auditEventId): one transaction often writes several rows in the same millisecond.
    .orderBy(desc(auditEvent.at), desc(auditEvent.id))
    .limit(input.pageSize)
    .offset((page - 1) * input.pageSize);

  const entries = rows.map((r) => {
    const area = areaOf(r.entity);
    return {
      id: r.id,
      at: r.at,
      actorUserId: r.actorUserId,
      actorName: r.actorName ?? t("system"),
      area,
      areaLabel: area ? t(`area.${area}`) : t("otherArea"),
      text: describeChange(r, locale),
    };
  });

  return {
    entries,
    page,
    pageCount,
    pageSize: input.pageSize,
    total,
    filters: { area: input.area ?? null, person: input.person ?? null },
    subject: subject ? { kind: subject.kind, id: subject.id, label: subject.label } : null,
  };
}

/** The people who appear in the partnership's history, for the person filter, by name. */
export async function listHistoryPeople(scope: PartnershipScope) {
  const { db, partnership: { id: partnershipId } } = scope;
  const byName = new Intl.Collator("nb");
  const people = await db
    .selectDistinct({ id: user.id, name: user.name })
    .from(auditEvent)
    .innerJoin(user, eq(user.id, auditEvent.actorUserId))
    .where(and(eq(auditEvent.partnershipId, partnershipId), ne(auditEvent.entity, "assessment_answer")));
  return people.sort((a, b) => byName.compare(a.name, b.name));
}
