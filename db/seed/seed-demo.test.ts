import { count, countDistinct, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  assessment,
  assessmentAnswer,
  assessmentArea,
  assessmentParticipant,
  auditEvent,
  businessPlan,
  businessPlanVersion,
  developmentAction,
  developmentPlan,
  leaderAgreementSignature,
  leaderAgreementVersion,
  mailOutbox,
  notification,
  partnership,
  partnershipService,
  planActivity,
  planApproval,
  planComment,
  planIndicator,
  planIndicatorValue,
  roleAssignment,
  user,
} from "~/db/schema";
import type { Database } from "~/db/connection";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import { loadPersonLanguage } from "~/server/domain/language/person-language";
import { getFylkeOverview } from "~/server/domain/fylke/overview";
import { latestVersion, listSignatures, verify } from "~/server/domain/leader-agreement/agreements";
import { agreementStatusByPartnership } from "~/server/domain/leader-agreement/view";
import { getAssessmentView, listAssessments } from "~/server/domain/mulighetsrom/view";
import { getPartnershipOverview, listRecentChanges } from "~/server/domain/partnership/overview";
import { partnershipScope, type PartnershipRef } from "~/server/domain/scope";
import { findPlan, listVersions, loadSnapshot } from "~/server/domain/business-plan/snapshot";
import { activitiesLinkedTo, getPlanDocument } from "~/server/domain/business-plan/view";
import { createTestDatabase } from "~/test/factories";
import { navLederOf } from "./plan-builder";
import { seedDemo } from "./seed-demo";
import { ARENDAL_LINKED_ACTION, ARENDAL_LINKED_ACTIVITY, GRIMSTAD_FOCUS_AREAS } from "./virksomhetsplan-demo";

/** Seeding the whole demo takes seconds, more on a busy machine and on PostgreSQL. */
const SEED_TIMEOUT = 120_000;

/** The scope of the partnership's own Nav-leder. */
async function asItsLeader(db: Database, target: PartnershipRef) {
  const userId = await navLederOf(db, target.id);
  return partnershipScope(db, userId, target, await loadPartnershipAccess(db, userId, target));
}

describe("Agder demo seed", () => {
  it("loads the eleven pilot partnerships and can run again without duplicating anything", { timeout: SEED_TIMEOUT }, async () => {
    const db = await createTestDatabase();
    await seedDemo(db, "hash");
    const tables = [
      partnership,
      user,
      roleAssignment,
      partnershipService,
      assessment,
      assessmentParticipant,
      assessmentAnswer,
      assessmentArea,
      developmentPlan,
      developmentAction,
      leaderAgreementVersion,
      leaderAgreementSignature,
      businessPlan,
      businessPlanVersion,
      planActivity,
      planIndicator,
      planIndicatorValue,
      planApproval,
      planComment,
      auditEvent,
    ];
    const counts = async () => {
      const n: number[] = [];
      for (const t of tables) n.push((await db.select({ n: count() }).from(t))[0]!.n);
      return n;
    };
    const first = await counts();
    await seedDemo(db, "hash");
    expect(await counts()).toEqual(first);
    expect(first[0]).toBe(11);
    expect(first[tables.indexOf(assessment)]).toBe(12);
    expect(first[tables.indexOf(leaderAgreementVersion)]).toBe(6);
    expect(first[tables.indexOf(businessPlan)]).toBe(4);
  });

  it("starts with an empty bell and outbox, and leaves people's own notifications alone on a re-run", { timeout: SEED_TIMEOUT }, async () => {
    const db = await createTestDatabase();
    await seedDemo(db, "hash");
    expect((await db.select({ n: count() }).from(notification))[0]!.n).toBe(0);
    expect((await db.select({ n: count() }).from(mailOutbox))[0]!.n).toBe(0);
    const someone = (await db.select().from(user).limit(1))[0]!;
    await db.insert(notification).values({ userId: someone.id, kind: "plan_published", title: "Publisert", link: "/" });
    await seedDemo(db, "hash");
    expect((await db.select({ n: count() }).from(notification))[0]!.n).toBe(1);
  });

  it("gives Nav Grimstad its positions and municipal services", { timeout: SEED_TIMEOUT }, async () => {
    const db = await createTestDatabase();
    await seedDemo(db, "hash");
    const grimstad = (await db.select().from(partnership).where(eq(partnership.slug, "grimstad")).limit(1))[0]!;
    const overview = await getPartnershipOverview(await asItsLeader(db, grimstad));
    expect([overview.municipalPositions, overview.statePositions]).toEqual([12.6, 25.3]);
    expect(overview.services.filter((s) => s.enabled).map((s) => s.name)).toEqual([
      "Gjeldsrådgivning",
      "Flyktningtjeneste / introduksjonsprogram",
    ]);
    expect(overview.people.map((p) => p.email)).toEqual(expect.arrayContaining(["navleder@demo.no", "radmann@demo.no", "fylkesdirektor@demo.no"]));
    expect((await getFylkeOverview(db, grimstad.fylkeId)).partnerships).toHaveLength(11);
  });

  it("writes nynorsk for the people of Bykle, Valle and Bygland, and bokmål for the rest", { timeout: SEED_TIMEOUT }, async () => {
    const db = await createTestDatabase();
    await seedDemo(db, "hash");
    const languageOf = async (email: string) => {
      const [person] = await db.select({ id: user.id }).from(user).where(eq(user.email, email)).limit(1);
      return (await loadPersonLanguage(db, person!.id)).locale;
    };
    for (const email of ["navleder.bykle@demo.no", "radmann.valle@demo.no", "navleder.bygland@demo.no"]) expect(await languageOf(email)).toBe("nn");
    for (const email of ["navleder@demo.no", "radmann@demo.no", "fylkesdirektor@demo.no"]) expect(await languageOf(email)).toBe("nb");
  });

  describe("mulighetsrom", () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase();
      await seedDemo(db, "hash");
    }, SEED_TIMEOUT);
    const bySlug = async (slug: string) => (await db.select().from(partnership).where(eq(partnership.slug, slug)).limit(1))[0]!;
    const lead = async (email: string) => (await db.select().from(user).where(eq(user.email, email)).limit(1))[0]!;

    it("gives every partnership a closed assessment from 2018 and Grimstad a second a year later", async () => {
      const withAssessment = (await db.select({ n: countDistinct(assessment.partnershipId) }).from(assessment))[0]!.n;
      expect(withAssessment).toBe(11);
      expect((await db.select({ status: assessment.status }).from(assessment)).every((a) => a.status === "closed")).toBe(true);

      const grimstad = await listAssessments(await asItsLeader(db, await bySlug("grimstad")));
      expect(grimstad.map((a) => a.heldOn)).toEqual(["2019-03-05", "2018-04-17"]);
      // Everyone with a side took part and handed in: four Grimstad people and the two from Nav Agder.
      expect(grimstad.map((a) => [a.invited, a.submitted])).toEqual([
        [6, 6],
        [6, 6],
      ]);
      // Felles plan- og målstruktur moved from kan styrkes to sterk.
      expect(grimstad.map((a) => a.statuses.get(6))).toEqual(["sterk", "kan_styrkes"]);
    });

    it("gives Arendal its three priorities from the pilot, with plans and actions", async () => {
      const [arendal] = await listAssessments(await asItsLeader(db, await bySlug("arendal")));
      expect(arendal!.prioritised).toEqual([7, 8, 16]);
      expect(arendal!.main).toBe(8);
      const mains = await db.select().from(assessmentArea).where(eq(assessmentArea.assessmentId, arendal!.id));
      expect(mains.filter((a) => a.main)).toHaveLength(1);

      const plans = await db.select().from(developmentPlan).where(eq(developmentPlan.assessmentId, arendal!.id));
      expect(plans.map((p) => p.areaNo).sort((a, b) => a - b)).toEqual([7, 8, 16]);
      const arendalLeader = (await lead("navleder.arendal@demo.no")).id;
      expect(plans.every((p) => p.why !== "" && p.responsibleUserId === arendalLeader)).toBe(true);
      const actions = await db.select().from(developmentAction).where(eq(developmentAction.partnershipId, (await bySlug("arendal")).id));
      expect(actions.length).toBeGreaterThanOrEqual(9);
    });

    it("leaves Gjerstad and Bygland without priorities, as in the pilot", async () => {
      for (const slug of ["gjerstad", "bygland"]) {
        const [only] = await listAssessments(await asItsLeader(db, await bySlug(slug)));
        expect(only!.prioritised).toEqual([]);
        expect([...only!.statuses.values()]).toContain("sterk");
      }
    });

    it("has answers where the sides disagree and named answers for the Nav-leder", async () => {
      const target = await bySlug("grimstad");
      const [latest] = await listAssessments(await asItsLeader(db, target));
      const view = await getAssessmentView(await asItsLeader(db, target), { assessmentId: latest!.id });
      expect(view.areas.filter((a) => a.results.disagree).length).toBeGreaterThan(0);
      expect(view.areas.find((a) => a.no === 6)!.namedAnswers.length).toBeGreaterThan(0);
    });

    it("dates the work to when it happened, behind the partnership's own changes", async () => {
      const [latest] = await listAssessments(await asItsLeader(db, await bySlug("grimstad")));
      const row = (await db.select().from(assessment).where(eq(assessment.id, latest!.id)).limit(1))[0]!;
      expect(row.closedAt!.toISOString().slice(0, 10)).toBe("2019-03-05");
      expect((await listRecentChanges(await asItsLeader(db, await bySlug("grimstad"))))[0]!.entity).toBe("partnership");
    });
  });

  describe("lederavtale", () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase();
      await seedDemo(db, "hash");
    }, SEED_TIMEOUT);
    const bySlug = async (slug: string) => (await db.select().from(partnership).where(eq(partnership.slug, slug)).limit(1))[0]!;
    const email = async (userId: string) => (await db.select().from(user).where(eq(user.id, userId)).limit(1))[0]!.email;

    it("gives Grimstad a 2026 agreement signed by all three parties in January, unchanged since", async () => {
      const grimstad = await bySlug("grimstad");
      const signed = (await latestVersion(db, grimstad.id, 2026))!;
      expect([signed.status, signed.versionNo, signed.place, signed.signingDate]).toEqual(["signert", 1, "Grimstad", "2026-01-20"]);
      expect(signed.signedAt!.toISOString().slice(0, 10)).toBe("2026-01-22");
      const signatures = await listSignatures(db, signed.id);
      const emails: string[] = [];
      for (const s of signatures) emails.push(await email(s.userId));
      expect(emails.sort()).toEqual(["fylkesdirektor@demo.no", "navleder@demo.no", "radmann@demo.no"]);
      expect(signatures.map((s) => s.signedAt.toISOString().slice(0, 10))).toEqual(["2026-01-20", "2026-01-21", "2026-01-22"]);
      expect(await verify(await asItsLeader(db, grimstad), { versionId: signed.id })).toMatchObject({ unchanged: true, signaturesMatch: true });
    });

    it("gives Grimstad an unsigned 2027 draft built on 2026's", async () => {
      const grimstad = await bySlug("grimstad");
      const draft = (await latestVersion(db, grimstad.id, 2027))!;
      expect([draft.status, draft.versionNo, draft.place, draft.signingDate]).toEqual(["utkast", 1, "Grimstad", null]);
      expect(draft.leaderDuties.map((d) => d.text)).toEqual((await latestVersion(db, grimstad.id, 2026))!.leaderDuties.map((d) => d.text));
      expect(await listSignatures(db, draft.id)).toEqual([]);
    });

    it("shows the fylke a mix of signed, partly signed, drafted and missing agreements for 2026", async () => {
      const all = await db.select({ id: partnership.id, slug: partnership.slug }).from(partnership);
      const statusesOf = async (year: number) => {
        const statuses = await agreementStatusByPartnership(db, all.map((p) => p.id), year);
        return (slug: string) => statuses.get(all.find((p) => p.slug === slug)!.id);
      };
      const slugs = ["grimstad", "vennesla", "froland", "arendal", "kvinesdal", "bykle"];
      expect(slugs.map(await statusesOf(2026))).toEqual(["signert", "signert", "delvis_signert", "delvis_signert", "utkast", "mangler"]);
      expect(slugs.map(await statusesOf(2027))).toEqual(["utkast", "mangler", "mangler", "mangler", "mangler", "mangler"]);
      const froland = (await latestVersion(db, (await bySlug("froland")).id, 2026))!;
      expect((await listSignatures(db, froland.id)).map((s) => s.party)).toEqual(["kontor", "kommune"]);
    });

    it("dates the signing to when it happened, behind the partnership's own changes", async () => {
      expect((await listRecentChanges(await asItsLeader(db, await bySlug("grimstad"))))[0]!.entity).toBe("partnership");
      const audit = await db.select().from(auditEvent).where(eq(auditEvent.entity, "leader_agreement_signature"));
      expect(audit.every((a) => a.at.getTime() < Date.parse("2026-11-20T00:00:00Z"))).toBe(true);
    });
  });
  describe("virksomhetsplan", () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase();
      await seedDemo(db, "hash");
    }, SEED_TIMEOUT);
    const bySlug = async (slug: string) => (await db.select().from(partnership).where(eq(partnership.slug, slug)).limit(1))[0]!;
    const newest = async (slug: string, year: number) => {
      const plan = await findPlan(db, (await bySlug(slug)).id, year);
      return plan ? (await loadSnapshot(db, (await listVersions(db, plan.id))[0]!.id))! : undefined;
    };
    const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10);

    it("gives Grimstad a 2026 plan approved by both owners in January and published", async () => {
      const grimstad = await bySlug("grimstad");
      const plan = (await newest("grimstad", 2026))!;
      const { version } = plan;
      expect([version.versionNo, version.status, version.reviewRound]).toEqual([1, "publisert", 1]);
      expect([day(version.sentAt), day(version.approvedAt), day(version.publishedAt)]).toEqual(["2026-01-08", "2026-01-15", "2026-01-16"]);
      expect([version.statePositions, version.municipalPositions]).toEqual([25.3, 12.6]);
      expect(version.vision).not.toBe("");
      expect(version.budget.budgetThisYear.expenses).toBeGreaterThan(0);

      const document = (await getPlanDocument(await asItsLeader(db, grimstad), { year: 2026 }))!;
      expect(document.approvals.map((a) => [a.label, a.name, day(a.decidedAt)])).toEqual([
        ["Grimstad kommune", "Per Haugland", "2026-01-13"],
        ["Nav Agder", "Bjørn Tellefsen", "2026-01-15"],
      ]);
      const approvals = await db.select().from(planApproval).where(eq(planApproval.versionId, version.id));
      expect(approvals.map((a) => a.decision)).toEqual(["godkjent", "godkjent"]);
      const comments = await db.select().from(planComment).where(eq(planComment.planId, plan.plan.id));
      expect(comments.map((c) => [c.targetKind, day(c.createdAt)])).toEqual([["goal", "2026-01-12"]]);
    });

    it("has the four satsingsområder with goals from every source, grunnlag from both lines and dated activities", async () => {
      const plan = (await newest("grimstad", 2026))!;
      expect(plan.focusAreas.map((a) => a.title)).toEqual([...GRIMSTAD_FOCUS_AREAS]);
      for (const area of plan.focusAreas) {
        expect(area.goals.length).toBeGreaterThanOrEqual(1);
        expect(area.goals.length).toBeLessThanOrEqual(3);
        const activities = area.goals.flatMap((g) => g.activities);
        expect(activities.length).toBeGreaterThanOrEqual(3);
        expect(activities.length).toBeLessThanOrEqual(6);
      }
      const goals = plan.focusAreas.flatMap((a) => a.goals);
      for (const source of ["stat", "kommune", "felles"] as const) {
        expect(goals.filter((g) => g.source === source).length).toBeGreaterThanOrEqual(2);
      }
      expect(goals.every((g) => g.activities.length > 0)).toBe(true);
      expect(new Set(plan.foundations.map((f) => f.line))).toEqual(new Set(["stat", "kommune"]));
      expect(plan.foundations.every((f) => f.url?.startsWith("https://"))).toBe(true);
      const activities = goals.flatMap((g) => g.activities);
      expect(new Set(activities.map((a) => a.timingKind))).toEqual(new Set(["fortlopende", "halvar", "maned", "dato"]));
      expect(new Set(activities.map((a) => a.status))).toEqual(new Set(["ikke_startet", "pagar", "fullfort", "utsatt"]));
    });

    it("has indicators from both lines, of every kind, with tertial values for 2026", async () => {
      const { indicators } = (await newest("grimstad", 2026))!;
      expect(indicators.length).toBeGreaterThanOrEqual(6);
      expect(indicators.length).toBeLessThanOrEqual(8);
      expect(indicators.filter((i) => i.source === "kommune").length).toBeGreaterThanOrEqual(4);
      expect(new Set(indicators.map((i) => i.targetKind))).toEqual(new Set(["tall", "retning", "grense"]));
      const periods = indicators.map((i) => i.values.map((v) => v.period));
      expect(periods.filter((p) => p.includes("2026-T1") && p.includes("2026-T2")).length).toBeGreaterThanOrEqual(4);
      expect(periods.some((p) => p.includes("2025-T3"))).toBe(true);
      expect(periods.some((p) => p.length === 0)).toBe(true);
      const entered = await db.select().from(planIndicatorValue);
      expect(entered.find((v) => v.period === "2026-T2")!.updatedAt.toISOString().slice(0, 7)).toBe("2026-09");
    });

    it("gives Grimstad a 2027 draft copied from 2026, with a few changes", async () => {
      const draft = (await newest("grimstad", 2027))!;
      const previous = (await newest("grimstad", 2026))!;
      expect([draft.version.versionNo, draft.version.status]).toEqual([1, "utkast"]);
      expect(draft.focusAreas.map((a) => a.title)).toEqual([...GRIMSTAD_FOCUS_AREAS]);
      expect(draft.foundations.map((f) => f.title)).toContain("Mål- og disponeringsbrev 2027");
      expect(draft.version.budget.budgetLastYear).toEqual(previous.version.budget.budgetThisYear);
      const activities = draft.focusAreas.flatMap((a) => a.goals.flatMap((g) => g.activities));
      expect(activities.some((a) => a.status === "fullfort")).toBe(false);
      expect(activities.find((a) => a.text.startsWith("Etablere et brukerutvalg"))!.timingValue).toBe("2027-H1");
      expect(draft.focusAreas[0]!.goals).toHaveLength(4);
      expect(draft.indicators.every((i) => i.values.length === 0)).toBe(true);
      expect(draft.indicators.map((i) => i.name)).not.toContain("Andel virksomheter som har fått bistand fra Nav til rekruttering");
    });

    it("gives Arendal and Vennesla 2027 drafts, Arendal's linked to its development plan", async () => {
      for (const slug of ["arendal", "vennesla"]) {
        const draft = (await newest(slug, 2027))!;
        expect(draft.version.status).toBe("utkast");
        expect(draft.focusAreas.length).toBeGreaterThan(0);
      }
      const arendal = await bySlug("arendal");
      const action = (await db.select().from(developmentAction).where(eq(developmentAction.text, ARENDAL_LINKED_ACTION)).limit(1))[0]!;
      expect((await activitiesLinkedTo(db, arendal.id, [action.id])).get(action.id)).toEqual([{ year: 2027, text: ARENDAL_LINKED_ACTIVITY }]);
      expect(Object.keys((await getPlanDocument(await asItsLeader(db, arendal), { year: 2027 }))!.linkedActions)).toEqual([action.id]);
      const withPlans = (await db.select({ n: countDistinct(businessPlan.partnershipId) }).from(businessPlan))[0]!.n;
      expect(withPlans).toBe(3);
    });

    it("dates the work to when it happened, behind the partnership's own changes", async () => {
      const audit = await db.select().from(auditEvent).where(eq(auditEvent.entity, "business_plan"));
      expect(audit.length).toBeGreaterThan(50);
      expect(audit.every((a) => a.at.getTime() < Date.parse("2026-11-20T00:00:00Z"))).toBe(true);
      // Published on 16 January; the activities' statuses were brought up to date at the autumn follow-up.
      expect(audit.some((a) => day(a.at) === "2026-01-16")).toBe(true);
      expect(audit.filter((a) => day(a.at) === "2026-11-12").length).toBeGreaterThan(5);
      expect((await listRecentChanges(await asItsLeader(db, await bySlug("grimstad"))))[0]!.entity).toBe("partnership");
    });
  });
});
