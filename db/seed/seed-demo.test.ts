import { count, countDistinct, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  assessment,
  assessmentAnswer,
  assessmentArea,
  assessmentParticipant,
  auditEvent,
  developmentAction,
  developmentPlan,
  leaderAgreementSignature,
  leaderAgreementVersion,
  partnership,
  partnershipService,
  roleAssignment,
  user,
} from "../schema";
import { getFylkeOverview } from "~/server/domain/fylke/overview";
import { latestVersion, listSignatures, verify } from "~/server/domain/lederavtale/agreements";
import { agreementStatusByPartnership } from "~/server/domain/lederavtale/view";
import { getAssessmentView, listAssessments } from "~/server/domain/mulighetsrom/view";
import { getPartnershipOverview, listRecentChanges } from "~/server/domain/partnership/overview";
import { createTestDatabase } from "./factories";
import { seedDemo } from "./seed-demo";

describe("Agder demo seed", () => {
  it("loads the eleven pilot partnerships and can run again without duplicating anything", () => {
    const db = createTestDatabase();
    seedDemo(db, "hash");
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
      auditEvent,
    ];
    const counts = () => tables.map((t) => db.select({ n: count() }).from(t).get()!.n);
    const first = counts();
    seedDemo(db, "hash");
    expect(counts()).toEqual(first);
    expect(first[0]).toBe(11);
    expect(first[tables.indexOf(assessment)]).toBe(12);
    expect(first[tables.indexOf(leaderAgreementVersion)]).toBe(6);
  });

  it("gives Nav Grimstad its positions and municipal services", () => {
    const db = createTestDatabase();
    seedDemo(db, "hash");
    const grimstad = db.select().from(partnership).where(eq(partnership.slug, "grimstad")).get()!;
    const overview = getPartnershipOverview(db, grimstad.id);
    expect([overview.municipalPositions, overview.statePositions]).toEqual([12.6, 25.3]);
    expect(overview.services.filter((s) => s.enabled).map((s) => s.name)).toEqual([
      "Gjeldsrådgivning",
      "Flyktningtjeneste / introduksjonsprogram",
    ]);
    expect(overview.people.map((p) => p.email)).toEqual(expect.arrayContaining(["navleder@demo.no", "radmann@demo.no", "fylkesdirektor@demo.no"]));
    expect(getFylkeOverview(db, grimstad.fylkeId).partnerships).toHaveLength(11);
  });

  describe("mulighetsrom", () => {
    const db = createTestDatabase();
    beforeAll(() => seedDemo(db, "hash"));
    const bySlug = (slug: string) => db.select().from(partnership).where(eq(partnership.slug, slug)).get()!;
    const lead = (email: string) => db.select().from(user).where(eq(user.email, email)).get()!;

    it("gives every partnership a closed assessment from 2018 and Grimstad a second a year later", () => {
      const withAssessment = db.select({ n: countDistinct(assessment.partnershipId) }).from(assessment).get()!.n;
      expect(withAssessment).toBe(11);
      expect(db.select({ status: assessment.status }).from(assessment).all().every((a) => a.status === "closed")).toBe(true);

      const grimstad = listAssessments(db, bySlug("grimstad").id);
      expect(grimstad.map((a) => a.heldOn)).toEqual(["2019-03-05", "2018-04-17"]);
      // Everyone with a side took part and handed in: four Grimstad people and the two from Nav Agder.
      expect(grimstad.map((a) => [a.invited, a.submitted])).toEqual([
        [6, 6],
        [6, 6],
      ]);
      // Felles plan- og målstruktur moved from kan styrkes to sterk.
      expect(grimstad.map((a) => a.statuses.get(6))).toEqual(["sterk", "kan_styrkes"]);
    });

    it("gives Arendal its three priorities from the pilot, with plans and actions", () => {
      const [arendal] = listAssessments(db, bySlug("arendal").id);
      expect(arendal!.prioritised).toEqual([7, 8, 16]);
      expect(arendal!.main).toBe(8);
      const mains = db.select().from(assessmentArea).where(eq(assessmentArea.assessmentId, arendal!.id)).all();
      expect(mains.filter((a) => a.main)).toHaveLength(1);

      const plans = db.select().from(developmentPlan).where(eq(developmentPlan.assessmentId, arendal!.id)).all();
      expect(plans.map((p) => p.areaNo).sort((a, b) => a - b)).toEqual([7, 8, 16]);
      expect(plans.every((p) => p.why !== "" && p.responsibleUserId === lead("navleder.arendal@demo.no").id)).toBe(true);
      const actions = db.select().from(developmentAction).where(eq(developmentAction.partnershipId, bySlug("arendal").id)).all();
      expect(actions.length).toBeGreaterThanOrEqual(9);
    });

    it("leaves Gjerstad and Bygland without priorities, as in the pilot", () => {
      for (const slug of ["gjerstad", "bygland"]) {
        const [only] = listAssessments(db, bySlug(slug).id);
        expect(only!.prioritised).toEqual([]);
        expect([...only!.statuses.values()]).toContain("sterk");
      }
    });

    it("has answers where the sides disagree and named answers for the Nav-leder", () => {
      const target = bySlug("grimstad");
      const [latest] = listAssessments(db, target.id);
      const view = getAssessmentView(db, target, latest!.id, {
        userId: lead("navleder@demo.no").id,
        access: { partnershipId: target.id, roles: ["nav_leder"] },
      });
      expect(view.areas.filter((a) => a.results.disagree).length).toBeGreaterThan(0);
      expect(view.areas.find((a) => a.no === 6)!.namedAnswers.length).toBeGreaterThan(0);
    });

    it("dates the work to when it happened, behind the partnership's own changes", () => {
      const [latest] = listAssessments(db, bySlug("grimstad").id);
      const row = db.select().from(assessment).where(eq(assessment.id, latest!.id)).get()!;
      expect(row.closedAt!.toISOString().slice(0, 10)).toBe("2019-03-05");
      expect(listRecentChanges(db, bySlug("grimstad").id)[0]!.entity).toBe("partnership");
    });
  });

  describe("lederavtale", () => {
    const db = createTestDatabase();
    beforeAll(() => seedDemo(db, "hash"));
    const bySlug = (slug: string) => db.select().from(partnership).where(eq(partnership.slug, slug)).get()!;
    const email = (userId: string) => db.select().from(user).where(eq(user.id, userId)).get()!.email;

    it("gives Grimstad a 2026 agreement signed by all three parties in January, unchanged since", () => {
      const grimstad = bySlug("grimstad");
      const signed = latestVersion(db, grimstad.id, 2026)!;
      expect([signed.status, signed.versionNo, signed.place, signed.signingDate]).toEqual(["signert", 1, "Grimstad", "2026-01-20"]);
      expect(signed.signedAt!.toISOString().slice(0, 10)).toBe("2026-01-22");
      const signatures = listSignatures(db, signed.id);
      expect(signatures.map((s) => email(s.userId)).sort()).toEqual(["fylkesdirektor@demo.no", "navleder@demo.no", "radmann@demo.no"]);
      expect(signatures.map((s) => s.signedAt.toISOString().slice(0, 10))).toEqual(["2026-01-20", "2026-01-21", "2026-01-22"]);
      expect(verify(db, grimstad.id, signed.id)).toMatchObject({ unchanged: true, signaturesMatch: true });
    });

    it("gives Grimstad an unsigned 2027 draft built on 2026's", () => {
      const grimstad = bySlug("grimstad");
      const draft = latestVersion(db, grimstad.id, 2027)!;
      expect([draft.status, draft.versionNo, draft.place, draft.signingDate]).toEqual(["utkast", 1, "Grimstad", null]);
      expect(draft.leaderDuties.map((d) => d.text)).toEqual(latestVersion(db, grimstad.id, 2026)!.leaderDuties.map((d) => d.text));
      expect(listSignatures(db, draft.id)).toEqual([]);
    });

    it("shows the fylke a mix of signed, partly signed, drafted and missing agreements for 2026", () => {
      const all = db.select({ id: partnership.id, slug: partnership.slug }).from(partnership).all();
      const statusesOf = (year: number) => {
        const statuses = agreementStatusByPartnership(db, all.map((p) => p.id), year);
        return (slug: string) => statuses.get(all.find((p) => p.slug === slug)!.id);
      };
      const slugs = ["grimstad", "vennesla", "froland", "arendal", "kvinesdal", "bykle"];
      expect(slugs.map(statusesOf(2026))).toEqual(["signert", "signert", "delvis_signert", "delvis_signert", "utkast", "mangler"]);
      expect(slugs.map(statusesOf(2027))).toEqual(["utkast", "mangler", "mangler", "mangler", "mangler", "mangler"]);
      const froland = latestVersion(db, bySlug("froland").id, 2026)!;
      expect(listSignatures(db, froland.id).map((s) => s.party)).toEqual(["kontor", "kommune"]);
    });

    it("dates the signing to when it happened, behind the partnership's own changes", () => {
      expect(listRecentChanges(db, bySlug("grimstad").id)[0]!.entity).toBe("partnership");
      const audit = db.select().from(auditEvent).where(eq(auditEvent.entity, "leader_agreement_signature")).all();
      expect(audit.every((a) => a.at.getTime() < Date.parse("2026-11-20T00:00:00Z"))).toBe(true);
    });
  });
});
