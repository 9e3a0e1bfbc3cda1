/**
 * The template chain (ADR 0008): the app's default → a fylke's adjusted template → each
 * partnership's copy for a year. A fylke change reaches every year started later and the
 * uncustomised copies in years that are not over; never customised copies, the partnership's
 * own events, or past years.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, gte, inArray, max, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database, type Executor } from "~/db/connection";
import { cycleEvent, cycleTemplateEvent, cycleYear, fylke, partnership } from "~/db/schema";
import { diffFields, recordAudit, type Actor } from "~/server/domain/audit/record";
import { daysInMonth, isoToday } from "~/lib/dates";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { cycleText } from "./texts";
import { optionalText, requiredText, rule, versionInput, yearInput } from "~/lib/validation";
import { cycleCategories, type CycleDateKind } from "~/lib/annual-cycle/categories";
import { formatMonth } from "~/lib/format";
import type { PartnershipScope } from "~/server/domain/scope";
import { partnershipLocale } from "~/server/domain/language/partnership-locale";
import { defaultTemplate, type TemplateEventDef } from "./default-template";

export const TEMPLATE_AUDIT_ENTITY = "cycle_template_event";
export const EVENT_AUDIT_ENTITY = "cycle_event";

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export interface EventDates {
  dateKind: CycleDateKind;
  startDate: string | null;
  endDate: string | null;
  month: number | null;
}

/**
 * A template event's dates in a given year. A day past the month's end (31 in a 30-day month,
 * 29 February in a common year) becomes the month's last day; an end month before the start
 * month is in the next year.
 */
export function templateDates(def: Pick<TemplateEventDef, "month" | "day" | "endMonth" | "endDay">, year: number): EventDates {
  if (def.endMonth === null) {
    if (def.day === null) return { dateKind: "maned", startDate: null, endDate: null, month: def.month };
    const date = iso(year, def.month, Math.min(def.day, daysInMonth(year, def.month)));
    return { dateKind: "dato", startDate: date, endDate: null, month: null };
  }
  const endYear = def.endMonth < def.month ? year + 1 : year;
  return {
    dateKind: "periode",
    startDate: iso(year, def.month, Math.min(def.day ?? 1, daysInMonth(year, def.month))),
    endDate: iso(endYear, def.endMonth, Math.min(def.endDay ?? 31, daysInMonth(endYear, def.endMonth))),
    month: null,
  };
}

/** When a template event happens, in words: "i mars", "15. mars", "1. april – 30. juni". */
export function describeTemplateTiming(def: Pick<TemplateEventDef, "month" | "day" | "endMonth" | "endDay">, locale: Locale = defaultLocale): string {
  const t = cycleText(locale);
  const point = (m: number, d: number | null) => (d === null ? formatMonth(m, locale) : t("timing.day", { day: String(d), month: formatMonth(m, locale) }));
  if (def.endMonth === null) return def.day === null ? t("timing.inMonth", { month: formatMonth(def.month, locale) }) : point(def.month, def.day);
  const span = { from: point(def.month, def.day), to: point(def.endMonth, def.endDay) };
  return t(def.endMonth < def.month ? "timing.spanNextYear" : "timing.span", span);
}

// --- Input ---------------------------------------------------------------------

const monthInput = (message: "cycle.errors.pickMonth" | "cycle.errors.pickEndMonth") =>
  z.number(rule(message)).int(rule(message)).min(1, rule(message)).max(12, rule(message));
const dayInput = z
  .number(rule("cycle.errors.dayNumber"))
  .int(rule("cycle.errors.dayNumber"))
  .min(1, rule("cycle.errors.dayNumber"))
  .max(31, rule("cycle.errors.dayNumber"))
  .nullable();

export const templateFieldsInput = z
  .object({
    title: requiredText("errors.labels.title", 200),
    category: z.enum(cycleCategories, rule("cycle.errors.pickRing")),
    month: monthInput("cycle.errors.pickMonth"),
    day: dayInput,
    endMonth: monthInput("cycle.errors.pickEndMonth").nullable(),
    endDay: dayInput,
    responsible: optionalText("errors.labels.responsible", 200),
    description: optionalText("errors.labels.description", 2000),
  })
  .superRefine((v, ctx) => {
    // Checked against a leap year: 29 February is allowed and becomes the 28th in other years.
    if (v.day !== null && v.day > daysInMonth(2028, v.month)) {
      ctx.addIssue({ code: "custom", path: ["day"], message: rule("cycle.errors.noSuchDay", { month: formatMonth(v.month), day: v.day }).error() });
    }
    if (v.endDay !== null && v.endMonth === null) {
      ctx.addIssue({ code: "custom", path: ["endMonth"], message: rule("cycle.errors.endMonthForEndDay").error() });
    }
    if (v.endMonth !== null && v.endDay !== null && v.endDay > daysInMonth(2028, v.endMonth)) {
      ctx.addIssue({ code: "custom", path: ["endDay"], message: rule("cycle.errors.noSuchDay", { month: formatMonth(v.endMonth), day: v.endDay }).error() });
    }
    if (v.endMonth === v.month && (v.endDay ?? 31) < (v.day ?? 1)) {
      ctx.addIssue({ code: "custom", path: ["endDay"], message: rule("cycle.errors.endBeforeStart").error() });
    }
  });
export type TemplateFields = z.infer<typeof templateFieldsInput>;

const templateKeyInput = z.string(rule("cycle.errors.missingEvent")).min(1, rule("cycle.errors.missingEvent")).max(64, rule("cycle.errors.badEvent"));
export const addTemplateEventInput = z.object({ fields: templateFieldsInput });
export const updateTemplateEventInput = z.object({ key: templateKeyInput, version: versionInput, fields: templateFieldsInput });
export const removeTemplateEventInput = z.object({ key: templateKeyInput, version: versionInput });
export const startYearInput = z.object({ year: yearInput });

// --- Reading -------------------------------------------------------------------

export interface TemplateEvent extends TemplateEventDef {
  version: number;
  position: number;
}

const byTiming = (a: TemplateEvent, b: TemplateEvent) =>
  a.month - b.month || (a.day ?? 0) - (b.day ?? 0) || a.position - b.position;

/**
 * The fylke's template, or the default when it has not adjusted one: the default in `locale`
 * (a fylke's own template is in the words its people wrote).
 */
export async function loadTemplate(db: Executor, fylkeId: string, locale: Locale = defaultLocale): Promise<{ source: "fylke" | "standard"; events: TemplateEvent[] }> {
  const rows = await db
    .select()
    .from(cycleTemplateEvent)
    .where(eq(cycleTemplateEvent.fylkeId, fylkeId))
    .orderBy(asc(cycleTemplateEvent.position));
  if (rows.length === 0) {
    return { source: "standard", events: defaultTemplate(locale).map((def, position) => ({ ...def, version: 1, position })).sort(byTiming) };
  }
  return {
    source: "fylke",
    events: rows
      .map((r) => ({
        key: r.key,
        title: r.title,
        category: r.category,
        month: r.month,
        day: r.day,
        endMonth: r.endMonth,
        endDay: r.endDay,
        responsible: r.responsible,
        description: r.description,
        version: r.version,
        position: r.position,
      }))
      .sort(byTiming),
  };
}

/** Whose template a partnership's year starts from: the default, or its fylke's own (by name). */
export type TemplateOwner = { own: false } | { own: true; fylkeName: string | null };

export async function templateOwner(db: Executor, fylkeId: string): Promise<TemplateOwner> {
  const [hasOwn] = await db.select({ id: cycleTemplateEvent.id }).from(cycleTemplateEvent).where(eq(cycleTemplateEvent.fylkeId, fylkeId)).limit(1);
  if (!hasOwn) return { own: false };
  const [row] = await db.select({ name: fylke.name }).from(fylke).where(eq(fylke.id, fylkeId)).limit(1);
  return { own: true, fylkeName: row?.name ?? null };
}

/**
 * The template's origin in words: `origin` on template events ("Fra malen til Nav Agder",
 * "Fra standardmalen"), `startedFrom` for the print view ("Startet fra …") and `source` inside a
 * sentence ("… hendelsene i malen til Nav Agder").
 */
export function templateOriginWords(owner: TemplateOwner, locale: Locale = defaultLocale) {
  const t = cycleText(locale);
  if (!owner.own) return { origin: t("templateOrigin.standard"), startedFrom: t("templateOrigin.startedStandard"), source: t("templateOrigin.sourceStandard") };
  const name = owner.fylkeName;
  if (name === null) {
    return { origin: t("templateOrigin.unknownFylke"), startedFrom: t("templateOrigin.startedUnknownFylke"), source: t("templateOrigin.sourceUnknownFylke") };
  }
  return { origin: t("templateOrigin.fylke", { name }), startedFrom: t("templateOrigin.startedFylke", { name }), source: t("templateOrigin.sourceFylke", { name }) };
}

/** "Fra malen til Nav Agder" or "Fra standardmalen": what template events say about their origin. */
export async function templateOriginLabel(db: Executor, fylkeId: string, locale: Locale = defaultLocale): Promise<string> {
  return templateOriginWords(await templateOwner(db, fylkeId), locale).origin;
}

// --- Changing the fylke's template -------------------------------------------------

/**
 * The fylke's first change copies the default into rows, in the language of the person making it
 * (what they saw on the template page); after that the rows are the template.
 */
async function ensureFylkeTemplate(tx: Executor, actor: Actor, fylkeId: string, locale: Locale) {
  const [existing] = await tx.select({ id: cycleTemplateEvent.id }).from(cycleTemplateEvent).where(eq(cycleTemplateEvent.fylkeId, fylkeId)).limit(1);
  if (existing) return;
  const events = defaultTemplate(locale);
  await tx.insert(cycleTemplateEvent).values(events.map((def, position) => ({ ...def, fylkeId, position })));
  await recordAudit(tx, actor, {
    fylkeId,
    entity: TEMPLATE_AUDIT_ENTITY,
    entityId: fylkeId,
    action: "create",
    changes: { copiedFrom: "standardmalen", events: events.length },
  });
}

const currentYear = (now: Date) => Number(isoToday(now).slice(0, 4));

/** The started years (this year and later) of the fylke's partnerships: where template changes go. */
function openYears(tx: Executor, fylkeId: string, now: Date) {
  return tx
    .select({ partnershipId: cycleYear.partnershipId, year: cycleYear.year })
    .from(cycleYear)
    .innerJoin(partnership, eq(partnership.id, cycleYear.partnershipId))
    .where(and(eq(partnership.fylkeId, fylkeId), gte(cycleYear.year, currentYear(now))));
}

/** The uncustomised copies of one template event in the fylke's open years. */
async function uncustomisedCopies(tx: Executor, fylkeId: string, key: string, now: Date) {
  const partnerships = (await tx.select({ id: partnership.id }).from(partnership).where(eq(partnership.fylkeId, fylkeId))).map((p) => p.id);
  if (partnerships.length === 0) return [];
  return tx
    .select()
    .from(cycleEvent)
    .where(
      and(
        inArray(cycleEvent.partnershipId, partnerships),
        eq(cycleEvent.templateKey, key),
        eq(cycleEvent.customised, false),
        gte(cycleEvent.year, currentYear(now)),
      ),
    );
}

/** The columns a partnership's copy gets from a template event in a year. */
function copyColumns(def: TemplateEventDef, year: number) {
  return {
    title: def.title,
    category: def.category,
    ...templateDates(def, year),
    responsible: def.responsible,
    description: def.description,
  };
}

async function insertCopy(tx: Executor, actor: Actor, partnershipId: string, year: number, def: TemplateEventDef) {
  const [row] = await tx
    .insert(cycleEvent)
    .values({ partnershipId, year, templateKey: def.key, ...copyColumns(def, year) })
    .returning({ id: cycleEvent.id });
  await recordAudit(tx, actor, {
    partnershipId,
    entity: EVENT_AUDIT_ENTITY,
    entityId: row!.id,
    action: "create",
    changes: { title: def.title, year, templateKey: def.key },
  });
}

export function addTemplateEvent(db: Database, actor: Actor, fylkeId: string, input: z.infer<typeof addTemplateEventInput>, now = new Date(), locale: Locale = defaultLocale) {
  return inTransaction(db, async (tx) => {
    await ensureFylkeTemplate(tx, actor, fylkeId, locale);
    const key = `f-${randomUUID().slice(0, 8)}`;
    const [maxPosition] = await tx
      .select({ max: max(cycleTemplateEvent.position) })
      .from(cycleTemplateEvent)
      .where(eq(cycleTemplateEvent.fylkeId, fylkeId));
    const [row] = await tx
      .insert(cycleTemplateEvent)
      .values({ ...input.fields, fylkeId, key, position: (maxPosition?.max ?? -1) + 1 })
      .returning();
    await recordAudit(tx, actor, { fylkeId, entity: TEMPLATE_AUDIT_ENTITY, entityId: row!.id, action: "create", changes: { key, ...input.fields } });
    const def: TemplateEventDef = { ...input.fields, key };
    const years = await openYears(tx, fylkeId, now);
    for (const { partnershipId, year } of years) await insertCopy(tx, actor, partnershipId, year, def);
    return { key, copies: years.length };
  });
}

export function updateTemplateEvent(db: Database, actor: Actor, fylkeId: string, input: z.infer<typeof updateTemplateEventInput>, now = new Date(), locale: Locale = defaultLocale) {
  return inTransaction(db, async (tx) => {
    await ensureFylkeTemplate(tx, actor, fylkeId, locale);
    const [before] = await tx
      .select()
      .from(cycleTemplateEvent)
      .where(and(eq(cycleTemplateEvent.fylkeId, fylkeId), eq(cycleTemplateEvent.key, input.key)))
      .limit(1);
    if (!before) throw notFound(text("cycle.errors.templateEventNotFound"));
    const [updated] = await tx
      .update(cycleTemplateEvent)
      .set({ ...input.fields, version: sql`${cycleTemplateEvent.version} + 1` })
      .where(and(eq(cycleTemplateEvent.id, before.id), eq(cycleTemplateEvent.version, input.version)))
      .returning({ version: cycleTemplateEvent.version });
    if (!updated) throw staleVersion();
    const changes = diffFields(before, input.fields);
    await recordAudit(tx, actor, { fylkeId, entity: TEMPLATE_AUDIT_ENTITY, entityId: before.id, action: "update", changes: { key: input.key, ...changes } });

    const def: TemplateEventDef = { ...input.fields, key: input.key };
    const copies = await uncustomisedCopies(tx, fylkeId, input.key, now);
    for (const copy of copies) {
      const columns = copyColumns(def, copy.year);
      const copyChanges = diffFields(copy, columns);
      if (Object.keys(copyChanges).length === 0) continue;
      await tx
        .update(cycleEvent)
        .set({ ...columns, version: sql`${cycleEvent.version} + 1` })
        .where(eq(cycleEvent.id, copy.id));
      await recordAudit(tx, actor, {
        partnershipId: copy.partnershipId,
        entity: EVENT_AUDIT_ENTITY,
        entityId: copy.id,
        action: "update",
        changes: { ...copyChanges, fromTemplate: input.key },
      });
    }
    return { version: updated.version, copies: copies.length };
  });
}

export function removeTemplateEvent(db: Database, actor: Actor, fylkeId: string, input: z.infer<typeof removeTemplateEventInput>, now = new Date(), locale: Locale = defaultLocale) {
  return inTransaction(db, async (tx) => {
    await ensureFylkeTemplate(tx, actor, fylkeId, locale);
    const [before] = await tx
      .select()
      .from(cycleTemplateEvent)
      .where(and(eq(cycleTemplateEvent.fylkeId, fylkeId), eq(cycleTemplateEvent.key, input.key)))
      .limit(1);
    if (!before) throw notFound(text("cycle.errors.templateEventNotFound"));
    const [removed] = await tx
      .delete(cycleTemplateEvent)
      .where(and(eq(cycleTemplateEvent.id, before.id), eq(cycleTemplateEvent.version, input.version)))
      .returning({ id: cycleTemplateEvent.id });
    if (!removed) throw staleVersion();
    await recordAudit(tx, actor, { fylkeId, entity: TEMPLATE_AUDIT_ENTITY, entityId: before.id, action: "delete", changes: { key: before.key, title: before.title } });
    const copies = await uncustomisedCopies(tx, fylkeId, input.key, now);
    for (const copy of copies) {
      await tx.delete(cycleEvent).where(eq(cycleEvent.id, copy.id));
      await recordAudit(tx, actor, {
        partnershipId: copy.partnershipId,
        entity: EVENT_AUDIT_ENTITY,
        entityId: copy.id,
        action: "delete",
        changes: { title: copy.title, year: copy.year, fromTemplate: input.key },
      });
    }
    return { copies: copies.length };
  });
}

// --- Starting a partnership's year ------------------------------------------------

export async function isYearStarted(db: Executor, partnershipId: string, year: number): Promise<boolean> {
  const [row] = await db
    .select({ id: cycleYear.id })
    .from(cycleYear)
    .where(and(eq(cycleYear.partnershipId, partnershipId), eq(cycleYear.year, year)))
    .limit(1);
  return row !== undefined;
}

/**
 * "Start årshjulet for {år}": copies the fylke's template into the year, or the default in the
 * partnership's language (its host kommune's målform), since the copies are the partnership's own.
 */
export function startYear(scope: PartnershipScope, input: z.infer<typeof startYearInput>) {
  const { db, actor, partnership: target } = scope;
  const { year } = input;
  return inTransaction(db, async (tx) => {
    if (await isYearStarted(tx, target.id, year)) throw invalid(text("cycle.errors.yearAlreadyStarted", { year: String(year) }));
    const [row] = await tx.insert(cycleYear).values({ partnershipId: target.id, year, createdByUserId: actor.userId }).returning();
    const { events, source } = await loadTemplate(tx, target.fylkeId, await partnershipLocale(tx, target.id));
    for (const def of events) await insertCopy(tx, actor, target.id, year, def);
    await recordAudit(tx, actor, {
      partnershipId: target.id,
      entity: "cycle_year",
      entityId: row!.id,
      action: "create",
      changes: { year, template: source, events: events.length },
    });
    return { year, events: events.length };
  });
}
