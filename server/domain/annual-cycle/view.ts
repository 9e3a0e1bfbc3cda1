/**
 * The årshjul read model: a partnership's events for a year (its own and the template copies)
 * plus the derived events computed from the rest of the app, which are never stored.
 */
import { and, asc, eq, gte, inArray, lte, ne, sql } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { preparedOnce } from "~/db/prepared";
import {
  assessment,
  businessPlan,
  businessPlanVersion,
  cycleEvent,
  developmentAction,
  developmentPlan,
  leaderAgreementVersion,
  meeting,
  partnership,
} from "~/db/schema";
import { can } from "~/server/domain/access/permissions";
import type { PartnershipRef, PartnershipScope } from "~/server/domain/scope";
import { isoToday } from "~/lib/dates";
import type { CycleCategory, CycleDateKind, CycleLinkKind } from "~/lib/annual-cycle/categories";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import type { Translator } from "~/lib/i18n/translate";
import { cycleText } from "./texts";
import { isYearStarted, templateOriginWords, templateOwner } from "./template";

export interface EventLink {
  kind: CycleLinkKind | "utviklingsplan";
  href: string;
  label: string;
}

export interface WheelEvent {
  /** The cycle_event id, or "<kind>:<id>" for a derived event. */
  id: string;
  origin: "egen" | "mal" | "avledet";
  title: string;
  category: CycleCategory;
  dateKind: CycleDateKind;
  startDate: string | null;
  endDate: string | null;
  month: number | null;
  /** hh:mm Oslo time, meetings only. */
  startTime: string | null;
  endTime: string | null;
  place: string;
  responsible: string;
  description: string;
  /** For editing: the stored link (own and template events). */
  linkKind: CycleLinkKind | null;
  linkId: string | null;
  link: EventLink | null;
  templateKey: string | null;
  customised: boolean;
  /** 0 for derived events, which cannot be edited. */
  version: number;
  /** Where a derived event comes from, e.g. "Fra møtene". */
  derivedFrom: string | null;
}

/** The plan steps' message keys: "sentAt" → "derived.planSentAt". */
const capitalised = { sentAt: "SentAt", approvedAt: "ApprovedAt", publishedAt: "PublishedAt" } as const;

const base = (slug: string) => `/partnerskap/${encodeURIComponent(slug)}`;

/** Date order: the first day the event touches (a month sorts before its dated events), then time and title. */
export function compareEvents(a: WheelEvent, b: WheelEvent, year: number) {
  const key = (e: WheelEvent) => e.startDate ?? `${year}-${String(e.month ?? 1).padStart(2, "0")}-00`;
  return key(a).localeCompare(key(b)) || (a.startTime ?? "").localeCompare(b.startTime ?? "") || a.title.localeCompare(b.title, "nb");
}

const blank = {
  endDate: null,
  month: null,
  startTime: null,
  endTime: null,
  place: "",
  responsible: "",
  description: "",
  linkKind: null,
  linkId: null,
  templateKey: null,
  customised: false,
  version: 0,
} as const;

/*
 * The queries of a year's events are prepared once (db/prepared.ts): a calendar feed reads them for
 * every partnership the person sees, this year and next (80 times for a fylkesdirektør of 40), and
 * building and compiling the SQL each time cost more than running it.
 */
const storedEventsQuery = (db: Executor) =>
  db
    .select()
    .from(cycleEvent)
    .where(and(eq(cycleEvent.partnershipId, sql.placeholder("partnershipId")), eq(cycleEvent.year, sql.placeholder("year"))))
    .prepare("annual_cycle_stored_events");

/** The partnership's stored events for a year, with links resolved to pages. */
export async function loadStoredEvents(db: Executor, target: PartnershipRef, year: number, locale: Locale = defaultLocale): Promise<WheelEvent[]> {
  const rows = await preparedOnce(db, storedEventsQuery).execute({ partnershipId: target.id, year });
  const links = await resolveLinks(db, target, rows, cycleText(locale));
  return rows.map((r) => ({
    ...blank,
    id: r.id,
    origin: r.templateKey ? "mal" : "egen",
    title: r.title,
    category: r.category,
    dateKind: r.dateKind,
    startDate: r.startDate,
    endDate: r.endDate,
    month: r.month,
    responsible: r.responsible,
    description: r.description,
    linkKind: r.linkKind,
    linkId: r.linkId,
    link: r.linkKind && r.linkId ? (links.get(`${r.linkKind}:${r.linkId}`) ?? null) : null,
    templateKey: r.templateKey,
    customised: r.customised,
    version: r.version,
    derivedFrom: null,
  }));
}

/** Pages for the links stored on events; a link to something deleted since simply disappears. */
async function resolveLinks(db: Executor, target: PartnershipRef, rows: { linkKind: CycleLinkKind | null; linkId: string | null }[], t: Translator<"cycle">) {
  const ids = (kind: CycleLinkKind) => rows.filter((r) => r.linkKind === kind && r.linkId).map((r) => r.linkId!);
  const out = new Map<string, EventLink>();
  const p = base(target.slug);
  const moteIds = ids("mote");
  if (moteIds.length > 0) {
    for (const m of await db.select({ id: meeting.id, title: meeting.title }).from(meeting).where(and(eq(meeting.partnershipId, target.id), inArray(meeting.id, moteIds)))) {
      out.set(`mote:${m.id}`, { kind: "mote", href: `${p}/moter/${m.id}`, label: m.title });
    }
  }
  const planIds = ids("virksomhetsplan");
  if (planIds.length > 0) {
    for (const b of await db.select({ id: businessPlan.id, year: businessPlan.year }).from(businessPlan).where(and(eq(businessPlan.partnershipId, target.id), inArray(businessPlan.id, planIds)))) {
      out.set(`virksomhetsplan:${b.id}`, { kind: "virksomhetsplan", href: `${p}/virksomhetsplan/${b.year}`, label: t("linkLabel.plan", { year: String(b.year) }) });
    }
  }
  const agreementIds = ids("lederavtale");
  if (agreementIds.length > 0) {
    for (const a of await db
      .select({ id: leaderAgreementVersion.id, year: leaderAgreementVersion.year, versionNo: leaderAgreementVersion.versionNo })
      .from(leaderAgreementVersion)
      .where(and(eq(leaderAgreementVersion.partnershipId, target.id), inArray(leaderAgreementVersion.id, agreementIds)))) {
      out.set(`lederavtale:${a.id}`, { kind: "lederavtale", href: `${p}/lederavtale/${a.year}`, label: `${t("linkLabel.agreement", { year: String(a.year) })}${a.versionNo > 1 ? ` ${t("derived.version", { no: a.versionNo })}` : ""}` });
    }
  }
  const assessmentIds = ids("vurdering");
  if (assessmentIds.length > 0) {
    for (const a of await db.select({ id: assessment.id, occasion: assessment.occasion }).from(assessment).where(and(eq(assessment.partnershipId, target.id), inArray(assessment.id, assessmentIds)))) {
      out.set(`vurdering:${a.id}`, { kind: "vurdering", href: `${p}/mulighetsrom/${a.id}`, label: a.occasion });
    }
  }
  return out;
}

/** A date as yyyy-mm-dd on Oslo's calendar. */
const osloDate = (instant: Date) => isoToday(instant);

const ph = {
  partnershipId: sql.placeholder("partnershipId"),
  from: sql.placeholder("from"),
  to: sql.placeholder("to"),
  year: sql.placeholder("year"),
  nextYear: sql.placeholder("nextYear"),
};

const meetingsQuery = (db: Executor) =>
  db
    .select()
    .from(meeting)
    .where(and(eq(meeting.partnershipId, ph.partnershipId), gte(meeting.date, ph.from), lte(meeting.date, ph.to), ne(meeting.status, "avlyst")))
    .orderBy(asc(meeting.date))
    .prepare("annual_cycle_meetings");

// "This year or next" as a range: years are whole numbers.
const planVersionsQuery = (db: Executor) =>
  db
    .select({ id: businessPlanVersion.id, versionNo: businessPlanVersion.versionNo, sentAt: businessPlanVersion.sentAt, approvedAt: businessPlanVersion.approvedAt, publishedAt: businessPlanVersion.publishedAt, planYear: businessPlan.year })
    .from(businessPlanVersion)
    .innerJoin(businessPlan, eq(businessPlan.id, businessPlanVersion.planId))
    .where(and(eq(businessPlan.partnershipId, ph.partnershipId), gte(businessPlan.year, ph.year), lte(businessPlan.year, ph.nextYear)))
    .prepare("annual_cycle_plan_versions");

const agreementsQuery = (db: Executor) =>
  db
    .select({ id: leaderAgreementVersion.id, year: leaderAgreementVersion.year, versionNo: leaderAgreementVersion.versionNo, signedAt: leaderAgreementVersion.signedAt })
    .from(leaderAgreementVersion)
    .where(and(eq(leaderAgreementVersion.partnershipId, ph.partnershipId), gte(leaderAgreementVersion.year, ph.year), lte(leaderAgreementVersion.year, ph.nextYear)))
    .prepare("annual_cycle_agreements");

const assessmentsQuery = (db: Executor) =>
  db
    .select({ id: assessment.id, heldOn: assessment.heldOn, occasion: assessment.occasion })
    .from(assessment)
    .where(and(eq(assessment.partnershipId, ph.partnershipId), gte(assessment.heldOn, ph.from), lte(assessment.heldOn, ph.to)))
    .prepare("annual_cycle_assessments");

const deadlinesQuery = (db: Executor) =>
  db
    .select({ id: developmentAction.id, text: developmentAction.text, deadline: developmentAction.deadline, owner: developmentAction.owner, planId: developmentPlan.id, assessmentId: developmentPlan.assessmentId })
    .from(developmentAction)
    .innerJoin(developmentPlan, eq(developmentPlan.id, developmentAction.planId))
    .where(and(eq(developmentAction.partnershipId, ph.partnershipId), gte(developmentAction.deadline, ph.from), lte(developmentAction.deadline, ph.to)))
    .prepare("annual_cycle_deadlines");

/**
 * Events computed from the rest of the app for the year: meetings (not cancelled), the
 * virksomhetsplan sent/approved/published, the lederavtale signed, mulighetsrom assessments and
 * development-plan deadlines. Read-only; each links to its source.
 */
export async function deriveEvents(db: Executor, target: PartnershipRef, year: number, locale: Locale = defaultLocale): Promise<WheelEvent[]> {
  const t = cycleText(locale);
  const version = (no: number) => (no > 1 ? ` ${t("derived.version", { no })}` : "");
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const p = base(target.slug);
  const events: WheelEvent[] = [];
  const inYear = (date: string) => date >= from && date <= to;

  const params = { partnershipId: target.id, from, to, year, nextYear: year + 1 };
  for (const m of await preparedOnce(db, meetingsQuery).execute(params)) {
    events.push({
      ...blank,
      id: `mote:${m.id}`,
      origin: "avledet",
      title: m.title,
      category: "partnerskapsmote",
      dateKind: "dato",
      startDate: m.date,
      startTime: m.startTime,
      endTime: m.endTime,
      place: m.place,
      link: { kind: "mote", href: `${p}/moter/${m.id}`, label: t("derived.seeMeeting") },
      derivedFrom: t("derived.fromMeetings"),
    });
  }

  // This year's and next year's plan: next year's plan is usually sent in this year's autumn.
  const planSteps = ["sentAt", "approvedAt", "publishedAt"] as const;
  for (const v of await preparedOnce(db, planVersionsQuery).execute(params)) {
    for (const field of planSteps) {
      const at = v[field];
      if (!at || !inYear(osloDate(at))) continue;
      events.push({
        ...blank,
        id: `virksomhetsplan:${v.id}:${field}`,
        origin: "avledet",
        title: `${t(`derived.plan${capitalised[field]}`, { year: String(v.planYear) })}${version(v.versionNo)}`,
        category: "plan_styring",
        dateKind: "dato",
        startDate: osloDate(at),
        link: { kind: "virksomhetsplan", href: `${p}/virksomhetsplan/${v.planYear}`, label: t("derived.seePlan") },
        derivedFrom: t("derived.fromPlan"),
      });
    }
  }

  for (const a of await preparedOnce(db, agreementsQuery).execute(params)) {
    if (!a.signedAt || !inYear(osloDate(a.signedAt))) continue;
    events.push({
      ...blank,
      id: `lederavtale:${a.id}`,
      origin: "avledet",
      title: `${t("derived.agreementSigned", { year: String(a.year) })}${version(a.versionNo)}`,
      category: "avtaler",
      dateKind: "dato",
      startDate: osloDate(a.signedAt),
      link: { kind: "lederavtale", href: `${p}/lederavtale/${a.year}`, label: t("derived.seeAgreement") },
      derivedFrom: t("derived.fromAgreement"),
    });
  }

  for (const a of await preparedOnce(db, assessmentsQuery).execute(params)) {
    events.push({
      ...blank,
      id: `vurdering:${a.id}`,
      origin: "avledet",
      title: t("derived.assessment", { occasion: a.occasion }),
      category: "utvikling",
      dateKind: "dato",
      startDate: a.heldOn,
      link: { kind: "vurdering", href: `${p}/mulighetsrom/${a.id}`, label: t("derived.seeAssessment") },
      derivedFrom: t("derived.fromMulighetsrom"),
    });
  }

  for (const d of await preparedOnce(db, deadlinesQuery).execute(params)) {
    events.push({
      ...blank,
      id: `tiltak:${d.id}`,
      origin: "avledet",
      title: t("derived.deadline", { text: d.text.length > 120 ? `${d.text.slice(0, 117)}…` : d.text }),
      category: "utvikling",
      dateKind: "dato",
      startDate: d.deadline,
      responsible: d.owner,
      link: { kind: "utviklingsplan", href: `${p}/mulighetsrom/${d.assessmentId}/plan/${d.planId}`, label: t("derived.seeDevelopmentPlan") },
      derivedFrom: t("derived.fromDevelopmentPlans"),
    });
  }
  return events;
}

/** Everything in the year: stored and derived events, in date order. */
export async function loadYearEvents(db: Executor, target: PartnershipRef, year: number, locale: Locale = defaultLocale): Promise<WheelEvent[]> {
  const stored = await loadStoredEvents(db, target, year, locale);
  const derived = await deriveEvents(db, target, year, locale);
  return [...stored, ...derived].sort((a, b) => compareEvents(a, b, year));
}

export interface LinkOption {
  kind: CycleLinkKind;
  id: string;
  label: string;
}

/** What an event may link to: the year's meetings, plans, agreements and assessments. */
async function linkOptions(db: Executor, partnershipId: string, year: number, t: Translator<"cycle">): Promise<LinkOption[]> {
  const options: LinkOption[] = [];
  for (const m of await db
    .select({ id: meeting.id, title: meeting.title, date: meeting.date })
    .from(meeting)
    .where(and(eq(meeting.partnershipId, partnershipId), gte(meeting.date, `${year}-01-01`), lte(meeting.date, `${year + 1}-12-31`)))
    .orderBy(asc(meeting.date))) {
    options.push({ kind: "mote", id: m.id, label: `${m.title} (${m.date.split("-").reverse().map(Number).join(".")})` });
  }
  for (const b of await db
    .select({ id: businessPlan.id, year: businessPlan.year })
    .from(businessPlan)
    .where(and(eq(businessPlan.partnershipId, partnershipId), inArray(businessPlan.year, [year, year + 1])))
    .orderBy(asc(businessPlan.year))) {
    options.push({ kind: "virksomhetsplan", id: b.id, label: t("linkLabel.plan", { year: String(b.year) }) });
  }
  for (const a of await db
    .select({ id: leaderAgreementVersion.id, year: leaderAgreementVersion.year, versionNo: leaderAgreementVersion.versionNo })
    .from(leaderAgreementVersion)
    .where(and(eq(leaderAgreementVersion.partnershipId, partnershipId), inArray(leaderAgreementVersion.year, [year, year + 1])))
    .orderBy(asc(leaderAgreementVersion.year), asc(leaderAgreementVersion.versionNo))) {
    options.push({ kind: "lederavtale", id: a.id, label: t("linkLabel.agreementVersion", { year: String(a.year), no: a.versionNo }) });
  }
  for (const a of await db
    .select({ id: assessment.id, occasion: assessment.occasion, heldOn: assessment.heldOn })
    .from(assessment)
    .where(and(eq(assessment.partnershipId, partnershipId), gte(assessment.heldOn, `${year - 1}-01-01`), lte(assessment.heldOn, `${year}-12-31`)))
    .orderBy(asc(assessment.heldOn))) {
    options.push({ kind: "vurdering", id: a.id, label: `${a.occasion} (${a.heldOn.split("-").reverse().map(Number).join(".")})` });
  }
  return options;
}

/** The årshjul page's data. */
export async function getCycleYear(scope: PartnershipScope, input: { year: number; now?: Date; locale?: Locale }) {
  const { db, access, partnership: target } = scope;
  const { year, now = new Date(), locale = defaultLocale } = input;
  const t = cycleText(locale);
  const origin = templateOriginWords(await templateOwner(db, target.fylkeId), locale);
  const [office] = await db.select({ officeName: partnership.officeName }).from(partnership).where(eq(partnership.id, target.id)).limit(1);
  const canEdit = can(access, "annualCycle:edit");
  return {
    year,
    officeName: office?.officeName ?? "",
    today: isoToday(now),
    started: await isYearStarted(db, target.id, year),
    canEdit,
    /** "Fra standardmalen"; `startedFrom` ("Startet fra …") and `templateSource` ("standardmalen") say the same in other sentences. */
    templateOrigin: origin.origin,
    startedFrom: origin.startedFrom,
    templateSource: origin.source,
    events: await loadYearEvents(db, target, year, locale),
    linkOptions: canEdit ? await linkOptions(db, target.id, year, t) : [],
  };
}
export type CycleYearView = Awaited<ReturnType<typeof getCycleYear>>;
