import { isDeepStrictEqual } from "node:util";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import {
  auditEvent,
  businessPlan,
  businessPlanVersion,
  partnership,
  planActivity,
  planApproval,
  planComment,
  planFocusArea,
  planGoal,
  planIndicatorValue,
} from "~/db/schema";
import { createTestDatabase, grantRole, makeKommune, makePartnership, type makeUser } from "~/test/factories";
import type { Role } from "~/lib/roles";
import type { itemFieldsInput } from "~/server/domain/business-plan/items";
import { callerFor, refusal } from "~/test/caller";
import { grimstadCast, person as castPerson } from "~/test/cast";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { latestValueText, targetStateText } from "~/server/export/plan-wording";
import { EARLIER_VALUES_SHEET, planWorkbook } from "~/server/export/plan-xlsx";
import { planDocx } from "~/server/export/plan-docx";

type User = Awaited<ReturnType<typeof makeUser>>;
type Fields = z.input<typeof itemFieldsInput>;
type ActivityFields = Extract<Fields, { kind: "activity" }>;
type IndicatorFields = Extract<Fields, { kind: "indicator" }>;

const G = "grimstad";
const YEAR = 2027;
const at = { partnership: G } as const;

const EDITORS_ONLY = "Bare Nav-lederen og eierne kan opprette, sende, publisere eller lage ny versjon av virksomhetsplanen, og endre mål og satsingsområder.";
const CONTRIBUTION_ONLY = "Du kan endre aktiviteter og indikatorer i et utkast, men ikke grunnlag, satsingsområder eller mål.";
const APPROVED = "Planen er godkjent. Start en ny versjon for å endre den.";
const OLDER = "Dette er en eldre versjon av planen. Bare den nyeste versjonen kan endres.";

let db: Database;
let fylkeId: string;
let grimstadId: string;
let home: Awaited<ReturnType<typeof makePartnership>>;
let other: Awaited<ReturnType<typeof makePartnership>>;
let leder: User;
let avdelingsleder: User;
let eier: User;
let direktor: User;
let outsider: User;

function person(name: string, role: Role, scope: Parameters<typeof grantRole>[3]) {
  return castPerson(db, name, role, scope);
}

beforeEach(async () => {
  db = await createTestDatabase();
  ({ fylkeId, grimstadId, home, other, leder, avdelingsleder, eier, direktor, outsider } = await grimstadCast(db));
  await db.update(partnership).set({ statePositions: 12.5, municipalPositions: 20 }).where(eq(partnership.id, home.id));
});

const call = (user: User | null) => callerFor(db, user).businessPlan;

// --- Builders -------------------------------------------------------------------

const activityFields = (over: Partial<ActivityFields> = {}): ActivityFields => ({
  kind: "activity",
  text: "Jobbmesse for unge",
  responsible: "Avdelingsleder marked",
  responsiblePerson: "Per Person",
  timing: { kind: "fortlopende", value: null },
  status: "ikke_startet",
  developmentActionId: null,
  ...over,
});

const indicatorFields = (over: Partial<IndicatorFields> = {}): IndicatorFields => ({
  kind: "indicator",
  name: "Andel unge i arbeid",
  source: "stat",
  unit: "%",
  baseline: 40,
  targetKind: "tall",
  targetValue: 50,
  targetDirection: null,
  targetOperator: null,
  periodKind: "tertial",
  ...over,
});

const emptyColumn = { income: null, expenses: null };

async function createPlan(by: User = leder, year = YEAR, basis: "tom" | "forrige" = "tom") {
  return call(by).create({ ...at, year, basis });
}

/** The plan page; throws when the year has no plan. */
async function view(by: User = leder, versionId?: string, year = YEAR) {
  const result = await call(by).year({ ...at, year, versionId });
  if (!result.plan) throw new Error("Expected a plan");
  return result;
}

const versionRow = async (versionId: string) => (await db.select().from(businessPlanVersion).where(eq(businessPlanVersion.id, versionId)).limit(1))[0]!;
const activityRow = async (id: string) => (await db.select().from(planActivity).where(eq(planActivity.id, id)).limit(1))[0]!;
/** audit_event is append-only, so its rows come back in the order they were written. */
const planAudit = () => db.select().from(auditEvent).where(eq(auditEvent.entity, "business_plan"));

async function generalTo(versionId: string, over: { vision?: string; description?: string } = {}, by: User = leder) {
  return call(by).updateGeneral({
    ...at,
    versionId,
    version: (await versionRow(versionId)).version,
    vision: over.vision ?? "Vi skaper muligheter sammen",
    description: over.description ?? "Nav Grimstad er et partnerskap mellom stat og kommune.",
    statePositions: "12,5",
    municipalPositions: 20,
    budget: {
      budgetThisYear: { income: "12 345 000", expenses: 12_000_000 },
      budgetLastYear: emptyColumn,
      accountsLastYear: emptyColumn,
    },
    positionsBudget: null,
    positionsResult: null,
  });
}

/** Everything a plan needs before it can be sent, with one item of each kind. */
async function fillPlan(versionId: string, by: User = leder) {
  const c = call(by);
  const stat = await c.addItem({
    ...at,
    versionId,
    fields: { kind: "foundation", line: "stat", title: "Mål- og disponeringsbrev", summary: "", url: "https://nav.no/brev" },
  });
  const kommune = await c.addItem({
    ...at,
    versionId,
    fields: { kind: "foundation", line: "kommune", title: "Kommuneplanens samfunnsdel", summary: "", url: "" },
  });
  const area = await c.addItem({ ...at, versionId, fields: { kind: "focus_area", title: "Flere i arbeid", description: "" } });
  const goal = await c.addItem({
    ...at,
    versionId,
    parentId: area.id,
    fields: { kind: "goal", text: "Flere unge i jobb", source: "felles", foundationKey: stat.key },
  });
  const activity = await c.addItem({ ...at, versionId, parentId: goal.id, fields: activityFields() });
  const indicator = await c.addItem({ ...at, versionId, fields: indicatorFields() });
  await generalTo(versionId, {}, by);
  return { stat, kommune, area, goal, activity, indicator };
}

async function send(versionId: string, by: User = leder) {
  return call(by).send({ ...at, versionId, version: (await versionRow(versionId)).version });
}

async function approve(versionId: string, by: User, comment = "") {
  return call(by).decide({ ...at, versionId, version: (await versionRow(versionId)).version, decision: "godkjent", comment });
}

async function giveBack(versionId: string, by: User, comment: string) {
  return call(by).decide({ ...at, versionId, version: (await versionRow(versionId)).version, decision: "returnert", comment });
}

async function publish(versionId: string, by: User = leder) {
  return call(by).publish({ ...at, versionId, version: (await versionRow(versionId)).version });
}

/** A filled plan approved by both owners (and published when asked). */
async function approvedPlan({ published = false } = {}) {
  const created = await createPlan();
  const items = await fillPlan(created.versionId);
  await send(created.versionId);
  await approve(created.versionId, eier);
  await approve(created.versionId, direktor);
  if (published) await publish(created.versionId);
  return { ...created, ...items };
}

// --- create -----------------------------------------------------------------------

describe("businessPlan.create", () => {
  it("makes an empty version 1 with the office's positions filled in", async () => {
    const { planId, versionId } = await createPlan();
    const page = await view();
    expect(page.plan).toMatchObject({ id: planId, partnershipId: home.id, year: YEAR, publicShowsNames: false });
    expect(page.versions).toEqual([expect.objectContaining({ id: versionId, versionNo: 1, status: "utkast" })]);
    expect(page.snapshot.version).toMatchObject({
      statePositions: 12.5,
      municipalPositions: 20,
      vision: "",
      reviewRound: 0,
      budget: { budgetThisYear: emptyColumn, budgetLastYear: emptyColumn, accountsLastYear: emptyColumn },
    });
    expect(page.snapshot.foundations).toEqual([]);
    expect(page.snapshot.focusAreas).toEqual([]);
    expect(page.snapshot.indicators).toEqual([]);
    expect(page.missing).toContain("Visjon mangler.");
    expect(page.actions.sort()).toEqual(["contribute", "edit", "follow_up", "send"]);

    const audit = await planAudit();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: versionId, action: "create", actorUserId: leder.id, partnershipId: home.id });
    expect(audit[0]!.changes).toEqual({ year: YEAR, versionNo: 1, basis: "tom" });
  });

  it("lets a kommunal eier create the plan, but not an avdelingsleder", async () => {
    const refused = await refusal(createPlan(avdelingsleder));
    expect(refused).toEqual({ code: "FORBIDDEN", messages: [EDITORS_ONLY] });
    expect(await db.select().from(businessPlan)).toHaveLength(0);
    await createPlan(eier);
    expect((await view(avdelingsleder)).snapshot.version.createdByUserId).toBe(eier.id);
  });

  it("copies last year's newest version: goals carried over, finished activities dropped, new keys except indicators, no own values", async () => {
    const last = await createPlan(leder, YEAR - 1);
    const c = call(leder);
    const lastYear = { partnership: G };
    const stat = await c.addItem({
      ...lastYear,
      versionId: last.versionId,
      fields: { kind: "foundation", line: "stat", title: "Tildelingsbrev", summary: "", url: "" },
    });
    const area = await c.addItem({ ...lastYear, versionId: last.versionId, fields: { kind: "focus_area", title: "Flere i arbeid", description: "Om arbeid" } });
    const goal = await c.addItem({
      ...lastYear,
      versionId: last.versionId,
      parentId: area.id,
      fields: { kind: "goal", text: "Flere unge i jobb", source: "stat", foundationKey: stat.key },
    });
    for (const [text, status, timing] of [
      ["Ferdig aktivitet", "fullfort", { kind: "fortlopende", value: null }],
      ["Pågående aktivitet", "pagar", { kind: "dato", value: "2026-03-15" }],
      ["Utsatt aktivitet", "utsatt", { kind: "maned", value: "2026-05" }],
      ["Ikke startet", "ikke_startet", { kind: "fortlopende", value: null }],
    ] as const) {
      await c.addItem({ ...lastYear, versionId: last.versionId, parentId: goal.id, fields: activityFields({ text, status, timing }) });
    }
    const indicator = await c.addItem({ ...lastYear, versionId: last.versionId, fields: indicatorFields() });
    await c.setIndicatorValue({ ...lastYear, indicatorId: indicator.id, period: "2026-T1", value: "41,5", version: 0 });
    await c.updateGeneral({
      ...lastYear,
      versionId: last.versionId,
      version: (await versionRow(last.versionId)).version,
      vision: "Fjorårets visjon",
      description: "Fjorårets beskrivelse",
      statePositions: 10,
      municipalPositions: 10,
      budget: { budgetThisYear: { income: 1000, expenses: 900 }, budgetLastYear: emptyColumn, accountsLastYear: emptyColumn },
      positionsBudget: null,
      positionsResult: null,
    });

    const created = await createPlan(leder, YEAR, "forrige");
    const { snapshot } = await view();
    expect(snapshot.version).toMatchObject({
      id: created.versionId,
      versionNo: 1,
      status: "utkast",
      vision: "Fjorårets visjon",
      description: "Fjorårets beskrivelse",
      statePositions: 12.5,
      budget: { budgetThisYear: emptyColumn, budgetLastYear: { income: 1000, expenses: 900 }, accountsLastYear: emptyColumn },
    });
    expect(snapshot.foundations).toHaveLength(1);
    expect(snapshot.foundations[0]!.key).not.toBe(stat.key);
    expect(snapshot.focusAreas.map((a) => a.title)).toEqual(["Flere i arbeid"]);
    const [copiedGoal] = snapshot.focusAreas[0]!.goals;
    expect(copiedGoal).toMatchObject({ text: "Flere unge i jobb", source: "stat", foundationKey: snapshot.foundations[0]!.key });
    expect(copiedGoal!.key).not.toBe(goal.key);
    expect(copiedGoal!.activities.map((a) => [a.text, a.status, a.timingKind, a.timingValue])).toEqual([
      ["Pågående aktivitet", "pagar", "fortlopende", null],
      ["Utsatt aktivitet", "ikke_startet", "fortlopende", null],
      ["Ikke startet", "ikke_startet", "fortlopende", null],
    ]);
    expect(copiedGoal!.activities.map((a) => a.position)).toEqual([0, 1, 2]);
    expect(snapshot.indicators).toHaveLength(1);
    // The indicator continues last year's: same key, no values of its own, last year's measurement in its trend.
    expect(snapshot.indicators[0]).toMatchObject({ name: "Andel unge i arbeid", values: [], earlier: [{ period: "2026-T1", value: 41.5, planYear: 2026 }] });
    expect(snapshot.indicators[0]!.key).toBe(indicator.key);

    // Last year's plan is untouched.
    const lastPage = await view(leder, undefined, YEAR - 1);
    expect(lastPage.snapshot.focusAreas[0]!.goals[0]!.activities).toHaveLength(4);
    expect(lastPage.snapshot.indicators[0]!.values).toEqual([{ period: "2026-T1", value: 41.5, version: 1 }]);
  });

  it("refuses a second plan for the same year with a conflict", async () => {
    await createPlan();
    const refused = await refusal(createPlan(eier));
    expect(refused).toEqual({ code: "CONFLICT", messages: ["Det finnes allerede en virksomhetsplan for 2027."] });
    expect(await db.select().from(businessPlanVersion)).toHaveLength(1);
  });

  it("refuses to copy last year's plan when there is none", async () => {
    const refused = await refusal(createPlan(leder, YEAR, "forrige"));
    expect(refused).toEqual({ code: "BAD_REQUEST", messages: ["Det finnes ingen virksomhetsplan for 2026 å kopiere."] });
    expect(await db.select().from(businessPlan)).toHaveLength(0);
  });
});

// --- editing -------------------------------------------------------------------------

describe("virksomhetsplan editing", () => {
  it("lets the avdelingsleder add activities and indicators, but not satsingsområder, goals or the plan's general parts", async () => {
    const { versionId } = await createPlan();
    const area = await call(eier).addItem({ ...at, versionId, fields: { kind: "focus_area", title: "Arbeid", description: "" } });
    const goal = await call(leder).addItem({ ...at, versionId, parentId: area.id, fields: { kind: "goal", text: "Flere i arbeid", source: "felles", foundationKey: null } });
    const before = await db.select().from(planFocusArea).orderBy(planFocusArea.id);

    const contributor = call(avdelingsleder);
    // Each attempt starts only after the previous one was refused.
    const kindRefusals = [
      () => contributor.addItem({ ...at, versionId, fields: { kind: "focus_area", title: "Mitt område", description: "" } }),
      () => contributor.updateItem({ ...at, id: area.id, version: 1, fields: { kind: "focus_area", title: "Endret", description: "" } }),
      () => contributor.removeItem({ ...at, kind: "focus_area", id: area.id, version: 1 }),
      () => contributor.moveItem({ ...at, kind: "goal", id: goal.id, toIndex: 0 }),
    ];
    for (const attempt of kindRefusals) expect(await refusal(attempt())).toEqual({ code: "FORBIDDEN", messages: [CONTRIBUTION_ONLY] });
    for (const attempt of [() => generalTo(versionId, {}, avdelingsleder), () => contributor.newVersion({ ...at, versionId, changeNote: "" })]) {
      expect(await refusal(attempt())).toEqual({ code: "FORBIDDEN", messages: [EDITORS_ONLY] });
    }
    expect(await db.select().from(planFocusArea).orderBy(planFocusArea.id)).toEqual(before);
    expect((await versionRow(versionId)).vision).toBe("");

    const added = await contributor.addItem({ ...at, versionId, parentId: goal.id, fields: activityFields({ text: "Kurs for veiledere" }) });
    expect((await view(leder)).snapshot.focusAreas[0]!.goals[0]!.activities.map((a) => a.id)).toEqual([added.id]);
    expect((await view(avdelingsleder)).actions.sort()).toEqual(["contribute", "follow_up"]);
  });

  it("refuses a date that does not exist with a Norwegian message", async () => {
    const { versionId } = await createPlan();
    const { goal } = await fillPlan(versionId);
    const refused = await refusal(
      call(leder).addItem({ ...at, versionId, parentId: goal.id, fields: activityFields({ timing: { kind: "dato", value: "2027-02-30" } }) }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", messages: ["Datoen må være en dato som finnes."] });
    const added = await call(leder).addItem({
      ...at,
      versionId,
      parentId: goal.id,
      fields: activityFields({ timing: { kind: "dato", value: "2027-02-28" } }),
    });
    expect(await activityRow(added.id)).toMatchObject({ timingKind: "dato", timingValue: "2027-02-28" });
  });

  it("refuses a limit indicator without its operator", async () => {
    const { versionId } = await createPlan();
    const refused = await refusal(
      call(leder).addItem({ ...at, versionId, fields: indicatorFields({ targetKind: "grense", targetValue: 6.3, targetOperator: null }) }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", messages: ["Velg grensen: under, høyst, over eller minst."] });
    expect((await view()).snapshot.indicators).toEqual([]);
  });

  it("refuses a stale item version with a conflict and changes nothing", async () => {
    const { versionId } = await createPlan();
    const { activity } = await fillPlan(versionId);
    const update = (text: string, version: number) =>
      call(leder).updateItem({ ...at, id: activity.id, version, fields: activityFields({ text }) });
    await expect(update("Første endring", 1)).resolves.toEqual({ version: 2 });
    const refused = await refusal(update("Andre endring", 1));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.messages[0]).toMatch(/^Noen andre har lagret en endring/);
    expect(await activityRow(activity.id)).toMatchObject({ text: "Første endring", version: 2 });
  });

  it("moves items one step, to any place and an activity to another goal", async () => {
    const { versionId } = await createPlan();
    const { area, goal } = await fillPlan(versionId);
    const c = call(leder);
    const second = await c.addItem({ ...at, versionId, parentId: goal.id, fields: activityFields({ text: "B" }) });
    const third = await c.addItem({ ...at, versionId, parentId: goal.id, fields: activityFields({ text: "C" }) });
    const otherGoal = await c.addItem({
      ...at,
      versionId,
      parentId: area.id,
      fields: { kind: "goal", text: "Færre på sosialhjelp", source: "kommune", foundationKey: null },
    });
    const activitiesOf = async () =>
      (await view()).snapshot.focusAreas[0]!.goals.map((g) => [g.text, g.activities.map((a) => a.text)] as const);

    // Keyboard: one step up.
    await expect(c.moveItem({ ...at, kind: "activity", id: third.id, toIndex: 1 })).resolves.toEqual({ position: 1 });
    expect(await activitiesOf()).toEqual([
      ["Flere unge i jobb", ["Jobbmesse for unge", "C", "B"]],
      ["Færre på sosialhjelp", []],
    ]);
    // Dragging past the end lands last.
    await expect(c.moveItem({ ...at, kind: "activity", id: third.id, toIndex: 99 })).resolves.toEqual({ position: 2 });
    expect((await activitiesOf())[0]![1]).toEqual(["Jobbmesse for unge", "B", "C"]);
    // To another goal.
    await c.moveItem({ ...at, kind: "activity", id: second.id, toIndex: 0, toParentId: otherGoal.id });
    expect(await activitiesOf()).toEqual([
      ["Flere unge i jobb", ["Jobbmesse for unge", "C"]],
      ["Færre på sosialhjelp", ["B"]],
    ]);
    expect(await activityRow(second.id)).toMatchObject({ goalId: otherGoal.id, position: 0 });
    // Goals reorder within their satsingsområde.
    await c.moveItem({ ...at, kind: "goal", id: otherGoal.id, toIndex: 0 });
    expect((await activitiesOf()).map(([text]) => text)).toEqual(["Færre på sosialhjelp", "Flere unge i jobb"]);
    // A satsingsområde has no parent to move to.
    const refused = await refusal(c.moveItem({ ...at, kind: "focus_area", id: area.id, toIndex: 0, toParentId: goal.id }));
    expect(refused).toEqual({ code: "BAD_REQUEST", messages: ["Dette kan bare flyttes innenfor listen sin."] });
  });

  it("removes a satsingsområde with its goals and activities", async () => {
    const { versionId } = await createPlan();
    const { area } = await fillPlan(versionId);
    const kept = await call(leder).addItem({ ...at, versionId, fields: { kind: "focus_area", title: "Beholdes", description: "" } });
    await call(leder).removeItem({ ...at, kind: "focus_area", id: area.id, version: 1 });
    expect((await db.select().from(planFocusArea)).map((a) => a.id)).toEqual([kept.id]);
    expect(await db.select().from(planGoal)).toEqual([]);
    expect(await db.select().from(planActivity)).toEqual([]);
    expect((await planAudit()).filter((e) => e.entityId === area.id).map((e) => e.action)).toEqual(["create", "delete"]);
  });

  it("reads Norwegian numbers in the general part and refuses words", async () => {
    const { versionId } = await createPlan();
    await generalTo(versionId);
    expect(await versionRow(versionId)).toMatchObject({
      statePositions: 12.5,
      budget: { budgetThisYear: { income: 12_345_000, expenses: 12_000_000 } },
    });
    const refused = await refusal(
      call(leder).updateGeneral({
        ...at,
        versionId,
        version: (await versionRow(versionId)).version,
        vision: "Ny visjon",
        description: "",
        statePositions: null,
        municipalPositions: null,
        budget: { budgetThisYear: { income: "tolv", expenses: null }, budgetLastYear: emptyColumn, accountsLastYear: emptyColumn },
        positionsBudget: null,
        positionsResult: null,
      }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", messages: ["Inntekter, budsjett for planåret må være et tall, for eksempel 12 345 000."] });
    expect((await versionRow(versionId)).vision).toBe("Vi skaper muligheter sammen");
  });
});

// --- lifecycle -------------------------------------------------------------------------

describe("virksomhetsplan lifecycle", () => {
  it("refuses to send an incomplete plan, listing what is missing, and sends a complete one", async () => {
    const { versionId } = await createPlan();
    const refused = await refusal(send(versionId));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.messages[0]).toContain("Dette mangler:");
    expect(refused.messages[0]).toContain("Visjon mangler.");
    expect(refused.messages[0]).toContain("Planen har ingen indikatorer.");
    expect((await versionRow(versionId)).status).toBe("utkast");

    const { activity } = await fillPlan(versionId);
    expect((await view()).missing).toEqual([]);
    expect((await refusal(send(versionId, avdelingsleder))).code).toBe("FORBIDDEN");
    await send(versionId);
    expect(await versionRow(versionId)).toMatchObject({ status: "til_godkjenning", reviewRound: 1 });
    expect((await versionRow(versionId)).sentAt).toBeInstanceOf(Date);
    expect((await view(eier)).actions.sort()).toEqual(["approve", "comment", "follow_up", "return", "withdraw"]);
    expect((await view(avdelingsleder)).actions).toEqual(["follow_up"]);

    const edit = await refusal(call(leder).updateItem({ ...at, id: activity.id, version: 1, fields: activityFields({ text: "Endret" }) }));
    expect(edit).toEqual({ code: "BAD_REQUEST", messages: ["Planen er sendt til godkjenning. Trekk den tilbake for å endre den."] });
  });

  it("is approved when the kommune and the state have both approved; nobody approves twice, the office not at all", async () => {
    const { versionId } = await createPlan();
    await fillPlan(versionId);
    await send(versionId);

    await expect(approve(versionId, eier, "Ser bra ut")).resolves.toMatchObject({ status: "til_godkjenning" });
    expect(await refusal(approve(versionId, eier))).toEqual({ code: "BAD_REQUEST", messages: ["Du har allerede godkjent denne versjonen."] });
    expect(await refusal(approve(versionId, leder))).toEqual({
      code: "FORBIDDEN",
      messages: ["Bare eierne – kommunen og Nav fylke – kan godkjenne eller sende tilbake planen."],
    });
    expect((await view()).approvals).toEqual([
      expect.objectContaining({ seat: `kommune:${grimstadId}`, label: "Grimstad kommune", decision: "godkjent", by: "Kari Eier" }),
      expect.objectContaining({ seat: "stat", label: "Nav Agder", decision: null, by: null }),
    ]);

    await expect(approve(versionId, direktor)).resolves.toMatchObject({ status: "godkjent" });
    expect((await versionRow(versionId)).status).toBe("godkjent");
    expect((await versionRow(versionId)).approvedAt).toBeInstanceOf(Date);
    expect(await db.select().from(planApproval)).toHaveLength(2);
  });

  it("needs both kommuner and the state in a vertskommune partnership", async () => {
    const hostId = (await makeKommune(db, fylkeId, { name: "Lillesand" })).id;
    const guestId = (await makeKommune(db, fylkeId, { name: "Birkenes" })).id;
    const shared = await makePartnership(db, fylkeId, { slug: "lillesand", officeName: "Nav Lillesand", kommuneIds: [hostId, guestId] });
    const lead = await person("Lars Leder", "nav_leder", { partnershipId: shared.id });
    const hostOwner = await person("Hanne Vert", "kommunal_eier", { partnershipId: shared.id, kommuneId: hostId });
    const guestOwner = await person("Geir Gjest", "kommunal_eier", { partnershipId: shared.id, kommuneId: guestId });
    const s = { partnership: "lillesand" } as const;

    const { versionId } = await callerFor(db, lead).businessPlan.create({ ...s, year: YEAR, basis: "tom" });
    const c = callerFor(db, lead).businessPlan;
    await c.addItem({ ...s, versionId, fields: { kind: "foundation", line: "stat", title: "Brev", summary: "", url: "" } });
    await c.addItem({ ...s, versionId, fields: { kind: "foundation", line: "kommune", title: "Plan", summary: "", url: "" } });
    const area = await c.addItem({ ...s, versionId, fields: { kind: "focus_area", title: "Arbeid", description: "" } });
    const goal = await c.addItem({ ...s, versionId, parentId: area.id, fields: { kind: "goal", text: "Mål", source: "felles", foundationKey: null } });
    await c.addItem({ ...s, versionId, parentId: goal.id, fields: activityFields() });
    await c.addItem({ ...s, versionId, fields: indicatorFields() });
    await c.updateGeneral({
      ...s,
      versionId,
      version: (await versionRow(versionId)).version,
      vision: "Visjon",
      description: "Beskrivelse",
      statePositions: null,
      municipalPositions: null,
      budget: { budgetThisYear: { income: 0, expenses: 0 }, budgetLastYear: emptyColumn, accountsLastYear: emptyColumn },
      positionsBudget: null,
      positionsResult: null,
    });
    await c.send({ ...s, versionId, version: (await versionRow(versionId)).version });

    const decideAs = async (user: User) =>
      callerFor(db, user).businessPlan.decide({ ...s, versionId, version: (await versionRow(versionId)).version, decision: "godkjent", comment: "" });
    await expect(decideAs(hostOwner)).resolves.toMatchObject({ status: "til_godkjenning" });
    await expect(decideAs(direktor)).resolves.toMatchObject({ status: "til_godkjenning" });
    const page = await callerFor(db, lead).businessPlan.year({ ...s, year: YEAR });
    if (!page.plan) throw new Error("Expected a plan");
    expect(page.approvals.map((a) => [a.label, a.decision])).toEqual([
      ["Lillesand kommune", "godkjent"],
      ["Birkenes kommune", null],
      ["Nav Agder", "godkjent"],
    ]);
    await expect(decideAs(guestOwner)).resolves.toMatchObject({ status: "godkjent" });
  });

  it("returns the plan to draft with a required comment; approvals of that round no longer count", async () => {
    const { versionId } = await createPlan();
    await fillPlan(versionId);
    await send(versionId);
    await approve(versionId, eier);

    expect(await refusal(giveBack(versionId, direktor, "  "))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Skriv hva som må endres før du kan godkjenne. Kommentaren må fylles ut."],
    });
    await expect(giveBack(versionId, direktor, "Mangler mål om sykefravær.")).resolves.toMatchObject({ status: "utkast" });
    const returned = await view();
    expect(returned.snapshot.version.status).toBe("utkast");
    expect(returned.approvals.find((a) => a.seat === "stat")).toMatchObject({ decision: "returnert", comment: "Mangler mål om sykefravær." });
    expect(returned.actions).toContain("edit");

    await send(versionId);
    expect(await versionRow(versionId)).toMatchObject({ status: "til_godkjenning", reviewRound: 2 });
    const resent = await view(eier);
    expect(resent.approvals.map((a) => a.decision)).toEqual([null, null]);
    expect(resent.mySeats).toEqual(["Grimstad kommune"]);
    await expect(approve(versionId, direktor)).resolves.toMatchObject({ status: "til_godkjenning" });
    await expect(approve(versionId, eier)).resolves.toMatchObject({ status: "godkjent" });
  });

  it("lets the office withdraw a plan from approval", async () => {
    const { versionId } = await createPlan();
    await fillPlan(versionId);
    await send(versionId);
    expect((await refusal(call(avdelingsleder).withdraw({ ...at, versionId, version: (await versionRow(versionId)).version }))).code).toBe("FORBIDDEN");
    await call(leder).withdraw({ ...at, versionId, version: (await versionRow(versionId)).version });
    expect((await versionRow(versionId)).status).toBe("utkast");
  });

  it("publishes only an approved plan, and only by the office", async () => {
    const { versionId } = await createPlan();
    await fillPlan(versionId);
    expect(await refusal(publish(versionId))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Planen må være godkjent av alle eierne før den kan publiseres."],
    });
    await send(versionId);
    await approve(versionId, eier);
    expect((await refusal(publish(versionId))).code).toBe("BAD_REQUEST");
    await approve(versionId, direktor);
    expect(await refusal(publish(versionId, avdelingsleder))).toEqual({ code: "FORBIDDEN", messages: [EDITORS_ONLY] });
    await publish(versionId);
    expect((await versionRow(versionId)).status).toBe("publisert");
    expect((await versionRow(versionId)).publishedAt).toBeInstanceOf(Date);
    expect(await refusal(publish(versionId))).toEqual({ code: "BAD_REQUEST", messages: ["Planen er allerede publisert."] });
  });

  it("keeps an approved version as it was and edits a new version with the same item keys", async () => {
    const plan = await approvedPlan({ published: true });
    const { versionId } = plan;
    const approvedSnapshot = (await view()).snapshot;

    const edit = await refusal(call(leder).updateItem({ ...at, id: plan.activity.id, version: 1, fields: activityFields({ text: "Endret" }) }));
    expect(edit).toEqual({ code: "BAD_REQUEST", messages: [APPROVED] });
    expect(await refusal(generalTo(versionId, { vision: "Ny" }))).toEqual({ code: "BAD_REQUEST", messages: [APPROVED] });

    const next = await call(leder).newVersion({ ...at, versionId, changeNote: "Nytt mål om sykefravær" });
    const draft = await view();
    expect(draft.versions.map((v) => [v.versionNo, v.status])).toEqual([
      [2, "utkast"],
      [1, "publisert"],
    ]);
    expect(draft.snapshot.version).toMatchObject({ id: next.versionId, versionNo: 2, status: "utkast", changeNote: "Nytt mål om sykefravær" });
    const keysOf = (s: typeof approvedSnapshot) => ({
      foundations: s.foundations.map((f) => f.key),
      areas: s.focusAreas.map((a) => a.key),
      goals: s.focusAreas.flatMap((a) => a.goals.map((g) => g.key)),
      activities: s.focusAreas.flatMap((a) => a.goals.flatMap((g) => g.activities.map((x) => x.key))),
      indicators: s.indicators.map((i) => i.key),
    });
    expect(keysOf(draft.snapshot)).toEqual(keysOf(approvedSnapshot));
    expect(draft.snapshot.focusAreas[0]!.goals[0]!.foundationKey).toBe(plan.stat.key);

    // Edit the draft; the approved version stays as it was.
    const newActivity = draft.snapshot.focusAreas[0]!.goals[0]!.activities[0]!;
    await call(leder).updateItem({ ...at, id: newActivity.id, version: newActivity.version, fields: activityFields({ text: "Endret i versjon 2" }) });
    const old = await view(leder, versionId);
    expect(old.isLatest).toBe(false);
    expect(old.actions).toEqual([]);
    expect(old.snapshot.focusAreas).toEqual(approvedSnapshot.focusAreas);
    expect(old.snapshot.version).toMatchObject({ status: "publisert", versionNo: 1 });

    // The older version refuses edits, follow-up and a second new version.
    for (const attempt of [
      () => call(leder).updateItem({ ...at, id: plan.activity.id, version: 1, fields: activityFields({ text: "Endret" }) }),
      () => call(leder).addItem({ ...at, versionId, fields: { kind: "focus_area", title: "Nytt", description: "" } }),
      () => call(leder).setActivityStatus({ ...at, id: plan.activity.id, version: 1, status: "pagar" }),
      () => call(leder).newVersion({ ...at, versionId, changeNote: "" }),
    ]) {
      expect(await refusal(attempt())).toEqual({ code: "BAD_REQUEST", messages: [OLDER] });
    }
    expect(await activityRow(plan.activity.id)).toMatchObject({ text: "Jobbmesse for unge", status: "ikke_startet", version: 1 });
  });
});

// --- follow-up -------------------------------------------------------------------------

describe("virksomhetsplan follow-up", () => {
  it("lets every role in the partnership update activity status on an approved plan, nobody outside it", async () => {
    const { activity } = await approvedPlan();
    await expect(call(avdelingsleder).setActivityStatus({ ...at, id: activity.id, version: 1, status: "pagar" })).resolves.toEqual({ version: 2 });
    expect((await refusal(call(outsider).setActivityStatus({ ...at, id: activity.id, version: 2, status: "fullfort" }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(leder).setActivityStatus({ ...at, id: activity.id, version: 1, status: "fullfort" }))).code).toBe("CONFLICT");
    expect(await activityRow(activity.id)).toMatchObject({ status: "pagar", version: 2 });
  });

  it("records indicator values by period, which survive a new version", async () => {
    const { versionId, indicator } = await approvedPlan();
    const c = call(leder);
    expect(await refusal(c.setIndicatorValue({ ...at, indicatorId: indicator.id, period: "2027-05", value: 42, version: 0 }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Velg et tertial fra 1. tertial 2025 til 3. tertial 2027."],
    });
    expect((await refusal(call(outsider).setIndicatorValue({ ...at, indicatorId: indicator.id, period: "2027-T1", value: 42, version: 0 }))).code).toBe(
      "FORBIDDEN",
    );
    await c.setIndicatorValue({ ...at, indicatorId: indicator.id, period: "2027-T1", value: "42,5", version: 0 });
    await c.setIndicatorValue({ ...at, indicatorId: indicator.id, period: "2026-T3", value: 39, version: 0 });

    // A second first-save of the same period, and a stale update, are conflicts.
    expect((await refusal(c.setIndicatorValue({ ...at, indicatorId: indicator.id, period: "2027-T1", value: 1, version: 0 }))).code).toBe(
      "CONFLICT",
    );
    await c.setIndicatorValue({ ...at, indicatorId: indicator.id, period: "2027-T1", value: 43, version: 1 });
    expect((await refusal(c.setIndicatorValue({ ...at, indicatorId: indicator.id, period: "2027-T1", value: 44, version: 1 }))).code).toBe(
      "CONFLICT",
    );

    await c.newVersion({ ...at, versionId, changeNote: "" });
    const { snapshot } = await view();
    expect(snapshot.version.versionNo).toBe(2);
    expect(snapshot.indicators[0]!.key).toBe(indicator.key);
    expect(snapshot.indicators[0]!.values).toEqual([
      { period: "2026-T3", value: 39, version: 1 },
      { period: "2027-T1", value: 43, version: 2 },
    ]);
    // The new version's indicator takes values for the same key; null removes one.
    await c.setIndicatorValue({ ...at, indicatorId: snapshot.indicators[0]!.id, period: "2026-T3", value: null, version: 1 });
    expect((await db.select().from(planIndicatorValue)).map((v) => v.period)).toEqual(["2027-T1"]);
  });
});

// --- comments -------------------------------------------------------------------------

describe("virksomhetsplan comments", () => {
  it("lets owners comment while on approval, threads replies and lets the office resolve", async () => {
    const { versionId, activity } = await (async () => {
      const created = await createPlan();
      return { ...created, ...(await fillPlan(created.versionId)) };
    })();
    const comment = (by: User, over: Partial<Parameters<ReturnType<typeof call>["addComment"]>[0]> = {}) =>
      call(by).addComment({ ...at, versionId, targetKind: "activity", targetKey: activity.key, parentId: null, body: "Hvem har ansvaret?", ...over });

    expect(await refusal(comment(eier))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Kommentarer kan skrives mens planen er til godkjenning."],
    });
    await send(versionId);
    expect(await refusal(comment(avdelingsleder))).toEqual({ code: "FORBIDDEN", messages: ["Bare Nav-lederen og eierne kan kommentere planen."] });

    const thread = await comment(eier);
    await comment(leder, { parentId: thread.id, body: "Avdelingsleder marked." });
    expect(await refusal(comment(leder, { targetKey: "finnes-ikke" }))).toEqual({
      code: "NOT_FOUND",
      messages: ["Fant ikke punktet kommentaren gjelder."],
    });
    expect((await refusal(comment(leder, { targetKind: "goal", targetKey: null }))).code).toBe("BAD_REQUEST");
    const officeThread = await comment(leder, { targetKind: "plan", targetKey: null, body: "Innspill tas med i neste runde." });

    const { comments } = await view(direktor);
    expect(comments).toEqual([
      expect.objectContaining({
        id: thread.id,
        targetKind: "activity",
        targetKey: activity.key,
        author: "Kari Eier",
        versionNo: 1,
        replies: [expect.objectContaining({ body: "Avdelingsleder marked.", author: "Nora Leder" })],
      }),
      expect.objectContaining({ id: officeThread.id, targetKind: "plan", targetKey: null, replies: [] }),
    ]);

    expect(await refusal(call(avdelingsleder).resolveComment({ ...at, commentId: officeThread.id, resolved: true }))).toEqual({
      code: "FORBIDDEN",
      messages: ["Bare Nav-lederen og eierne kan kommentere planen."],
    });
    await call(leder).resolveComment({ ...at, commentId: thread.id, resolved: true });
    const resolved = (await db.select().from(planComment).where(eq(planComment.id, thread.id)).limit(1))[0]!;
    expect(resolved.resolvedByUserId).toBe(leder.id);
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect((await db.select().from(planComment).where(eq(planComment.id, officeThread.id)).limit(1))[0]!.resolvedAt).toBeNull();
  });
});

// --- public ---------------------------------------------------------------------------

describe("businessPlan.publicDocument", () => {
  it("shows only the published version, without names until the office shows them", async () => {
    const plan = await approvedPlan();
    const anonymous = call(null);
    expect(await anonymous.publicDocument({ planId: plan.planId })).toBeNull();

    await publish(plan.versionId);
    const doc = await anonymous.publicDocument({ planId: plan.planId });
    expect(doc).toMatchObject({ officeName: "Nav Grimstad", year: YEAR, slug: G, namesShown: false });
    const activityOf = (d: NonNullable<typeof doc>) => d.snapshot.focusAreas[0]!.goals[0]!.activities[0]!;
    expect(activityOf(doc!)).toMatchObject({ text: "Jobbmesse for unge", responsible: "Avdelingsleder marked", responsiblePerson: "" });
    expect(doc!.approvals.map((a) => [a.label, a.name])).toEqual([
      ["Grimstad kommune", null],
      ["Nav Agder", null],
    ]);

    const planVersion = async () => (await db.select().from(businessPlan).where(eq(businessPlan.id, plan.planId)).limit(1))[0]!.version;
    expect((await refusal(call(avdelingsleder).setPublicNames({ ...at, planId: plan.planId, version: await planVersion(), showNames: true }))).code).toBe(
      "FORBIDDEN",
    );
    await call(leder).setPublicNames({ ...at, planId: plan.planId, version: await planVersion(), showNames: true });
    const named = (await anonymous.publicDocument({ planId: plan.planId }))!;
    expect(named.namesShown).toBe(true);
    expect(activityOf(named).responsiblePerson).toBe("Per Person");
    expect(named.approvals.map((a) => a.name)).toEqual(["Kari Eier", "Finn Fylke"]);

    // A new draft does not change what the public sees.
    const next = await call(leder).newVersion({ ...at, versionId: plan.versionId, changeNote: "" });
    const draftActivity = (await view()).snapshot.focusAreas[0]!.goals[0]!.activities[0]!;
    await call(leder).updateItem({ ...at, id: draftActivity.id, version: draftActivity.version, fields: activityFields({ text: "Utkast" }) });
    const still = (await anonymous.publicDocument({ planId: plan.planId }))!;
    expect(still.snapshot.version.id).toBe(plan.versionId);
    expect(activityOf(still).text).toBe("Jobbmesse for unge");
    expect(next.versionId).not.toBe(plan.versionId);

    // The office's own document shows the chosen version with names.
    const own = (await call(eier).document({ ...at, year: YEAR, versionId: plan.versionId }))!;
    expect(own.snapshot.version.id).toBe(plan.versionId);
    expect(activityOf(own).responsiblePerson).toBe("Per Person");
  });

  it("returns null for a plan id that does not exist", async () => {
    expect(await call(null).publicDocument({ planId: "finnes-ikke" })).toBeNull();
  });
});

// --- across partnerships -------------------------------------------------------------------

describe("virksomhetsplan across partnerships", () => {
  it("refuses a Nav-leder of another partnership", async () => {
    const { versionId } = await createPlan();
    const them = call(outsider);
    const forbidden = { code: "FORBIDDEN", messages: ["Du har ingen rolle i dette partnerskapet."] };
    expect(await refusal(them.year({ ...at, year: YEAR }))).toEqual(forbidden);
    expect(await refusal(them.document({ ...at, year: YEAR }))).toEqual(forbidden);
    expect(await refusal(them.addItem({ ...at, versionId, fields: { kind: "focus_area", title: "Kapret", description: "" } }))).toEqual(forbidden);
  });

  it("does not find another partnership's plan, items or comments through one's own partnership", async () => {
    const plan = await approvedPlan({ published: true });
    const theirs = await call(outsider).create({ partnership: "arendal", year: YEAR, basis: "tom" });
    const theirArea = await call(outsider).addItem({
      partnership: "arendal",
      versionId: theirs.versionId,
      fields: { kind: "focus_area", title: "Arendals område", description: "" },
    });
    const grimstadComment = (
      await db
        .insert(planComment)
        .values({ planId: plan.planId, versionId: plan.versionId, targetKind: "plan", authorUserId: eier.id, body: "Godt jobbet" })
        .returning()
    )[0]!;
    // An owner over there, so that every procedure (approving too) gets past its role check.
    await grantRole(db, outsider.id, "kommunal_eier", { partnershipId: other.id });
    const auditBefore = (await db.select().from(auditEvent)).length;
    const snapshotBefore = (await view()).snapshot;

    const them = call(outsider);
    const a = { partnership: "arendal" } as const;
    const v = (await versionRow(plan.versionId)).version;
    // One after another: each refusal is awaited before the next call starts.
    const attempts = [
      () => them.updateGeneral({
        ...a,
        versionId: plan.versionId,
        version: v,
        vision: "Kapret",
        description: "",
        statePositions: null,
        municipalPositions: null,
        budget: { budgetThisYear: emptyColumn, budgetLastYear: emptyColumn, accountsLastYear: emptyColumn },
        positionsBudget: null,
        positionsResult: null,
      }),
      () => them.addItem({ ...a, versionId: plan.versionId, fields: { kind: "focus_area", title: "Kapret", description: "" } }),
      // Their own version, but a parent from Grimstad.
      () => them.addItem({ ...a, versionId: theirs.versionId, parentId: plan.area.id, fields: { kind: "goal", text: "Kapret", source: "stat", foundationKey: null } }),
      () => them.updateItem({ ...a, id: plan.area.id, version: 1, fields: { kind: "focus_area", title: "Kapret", description: "" } }),
      () => them.removeItem({ ...a, kind: "activity", id: plan.activity.id, version: 1 }),
      () => them.moveItem({ ...a, kind: "activity", id: plan.activity.id, toIndex: 0 }),
      () => them.moveItem({ ...a, kind: "goal", id: plan.goal.id, toIndex: 0, toParentId: theirArea.id }),
      () => them.setActivityStatus({ ...a, id: plan.activity.id, version: 1, status: "fullfort" }),
      () => them.setIndicatorValue({ ...a, indicatorId: plan.indicator.id, period: "2027-T1", value: 1, version: 0 }),
      () => them.send({ ...a, versionId: plan.versionId, version: v }),
      () => them.withdraw({ ...a, versionId: plan.versionId, version: v }),
      () => them.decide({ ...a, versionId: plan.versionId, version: v, decision: "returnert", comment: "Kapret" }),
      () => them.publish({ ...a, versionId: plan.versionId, version: v }),
      () => them.newVersion({ ...a, versionId: plan.versionId, changeNote: "Kapret" }),
      () => them.setPublicNames({ ...a, planId: plan.planId, version: 1, showNames: true }),
      () => them.addComment({ ...a, versionId: plan.versionId, targetKind: "plan", targetKey: null, parentId: null, body: "Kapret" }),
      () => them.resolveComment({ ...a, commentId: grimstadComment.id, resolved: true }),
    ];
    for (const [i, attempt] of attempts.entries()) {
      const refused = await refusal(attempt());
      expect({ i, code: refused.code }).toEqual({ i, code: "NOT_FOUND" });
    }

    // Reads through one's own slug never show the other plan.
    const theirPage = await them.year({ ...a, year: YEAR, versionId: plan.versionId });
    if (!theirPage.plan) throw new Error("Expected a plan");
    expect(theirPage.snapshot.version.id).toBe(theirs.versionId);
    expect((await them.document({ ...a, year: YEAR, versionId: plan.versionId }))!.snapshot.version.id).toBe(theirs.versionId);

    expect(await db.select().from(auditEvent)).toHaveLength(auditBefore);
    expect((await view()).snapshot).toEqual(snapshotBefore);
    expect((await db.select().from(businessPlan).where(eq(businessPlan.id, plan.planId)).limit(1))[0]!.publicShowsNames).toBe(false);
    expect((await db.select().from(planComment).where(eq(planComment.id, grimstadComment.id)).limit(1))[0]!.resolvedAt).toBeNull();
  });

  it("refuses to link an activity to another partnership's development action", async () => {
    const mine = await developmentActionIn(leder, G);
    const theirs = await developmentActionIn(outsider, "arendal");
    const { versionId } = await createPlan();
    const { goal, activity } = await fillPlan(versionId);

    const refused = await refusal(
      call(leder).addItem({ ...at, versionId, parentId: goal.id, fields: activityFields({ developmentActionId: theirs }) }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", messages: ["Fant ikke tiltaket i utviklingsplanen."] });
    expect(
      (await refusal(call(leder).updateItem({ ...at, id: activity.id, version: 1, fields: activityFields({ developmentActionId: theirs }) }))).code,
    ).toBe("BAD_REQUEST");
    expect((await activityRow(activity.id)).developmentActionId).toBeNull();

    await call(leder).updateItem({ ...at, id: activity.id, version: 1, fields: activityFields({ developmentActionId: mine }) });
    expect((await activityRow(activity.id)).developmentActionId).toBe(mine);
    const doc = (await call(leder).document({ ...at, year: YEAR }))!;
    expect(doc.linkedActions[mine]).toMatchObject({ areaNo: 3, text: "Felles møteplan" });
  });
});

/** A development action from a mulighetsrom assessment in the given partnership. */
async function developmentActionIn(leader: User, slug: string) {
  const m = callerFor(db, leader).mulighetsrom;
  const s = { partnership: slug };
  const { id } = await m.create({ ...s, heldOn: "2026-03-01", occasion: "Partnerskapsmøte", participantUserIds: [leader.id] });
  await m.setPriorities({ ...s, assessmentId: id, version: 1, considered: [], prioritised: [3], main: 3 });
  const plan = await m.startPlan({ ...s, assessmentId: id, areaNo: 3 });
  const action = await m.addAction({ ...s, planId: plan.id, text: "Felles møteplan", owner: "", deadline: null, status: "ikke_startet" });
  return action.id;
}

// --- audit ---------------------------------------------------------------------------

describe("virksomhetsplan audit", () => {
  it("records create, item changes, decisions and publishing as business_plan events", async () => {
    const plan = await approvedPlan();
    await publish(plan.versionId);
    const events = await planAudit();
    const find = (entityId: string, action: string, key: string) =>
      events.find((e) => e.entityId === entityId && e.action === action && key in e.changes);

    expect(find(plan.versionId, "create", "year")).toMatchObject({ actorUserId: leder.id, partnershipId: home.id });
    expect(find(plan.activity.id, "create", "kind")!.changes).toMatchObject({ kind: "activity", text: "Jobbmesse for unge" });
    const decisions = events.filter((e) => e.entityId === plan.versionId && "decision" in e.changes);
    expect(decisions.map((e) => [e.actorUserId, e.changes.decision])).toEqual([
      [eier.id, "godkjent"],
      [direktor.id, "godkjent"],
    ]);
    expect(decisions[1]!.changes.status).toEqual({ from: "til_godkjenning", to: "godkjent" });
    // Compared as values: jsonb (PostgreSQL) does not keep the order of an object's keys.
    const published = events.filter((e) => e.entityId === plan.versionId && isDeepStrictEqual(e.changes.status, { from: "godkjent", to: "publisert" }));
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ actorUserId: leder.id, action: "update", partnershipId: home.id });
  });

  it("records an item update with what changed", async () => {
    const { versionId } = await createPlan();
    const { activity } = await fillPlan(versionId);
    await call(leder).updateItem({ ...at, id: activity.id, version: 1, fields: activityFields({ text: "Ny tekst", status: "pagar" }) });
    const events = (await planAudit()).filter((e) => e.entityId === activity.id);
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    const event = events.find((e) => e.action === "update")!;
    expect(event).toMatchObject({ actorUserId: leder.id, partnershipId: home.id });
    expect(event.changes).toEqual({
      kind: "activity",
      text: { from: "Jobbmesse for unge", to: "Ny tekst" },
      status: { from: "ikke_startet", to: "pagar" },
    });
  });
});

// --- malformed input --------------------------------------------------------------------

describe("virksomhetsplan malformed input", () => {
  it("answers BAD_REQUEST with Norwegian messages, never an internal error", async () => {
    const { versionId } = await createPlan();
    const { activity, goal } = await fillPlan(versionId);
    const c = call(leder);
    const huge = "x".repeat(100_000);
    const bad = (value: unknown) => value as never;
    const attempts: [string, () => Promise<unknown>][] = [
      ["year as text", () => c.year({ ...at, year: bad("2027") })],
      ["year out of range", () => c.create({ ...at, year: 1999, basis: "tom" })],
      ["unknown basis", () => c.create({ ...at, year: 2030, basis: bad("kopi") })],
      ["huge version id", () => c.addItem({ ...at, versionId: huge, fields: { kind: "focus_area", title: "T", description: "" } })],
      ["unknown kind", () => c.addItem({ ...at, versionId, fields: bad({ kind: "budget", title: "T" }) })],
      ["huge title", () => c.addItem({ ...at, versionId, fields: { kind: "focus_area", title: huge, description: "" } })],
      ["empty title", () => c.addItem({ ...at, versionId, fields: { kind: "focus_area", title: "   ", description: "" } })],
      ["fields missing", () => c.addItem({ ...at, versionId, fields: bad({ kind: "activity" }) })],
      ["goal without parent", () => c.addItem({ ...at, versionId, fields: { kind: "goal", text: "Mål", source: "stat", foundationKey: null } })],
      [
        "goal with unknown foundation",
        () => c.addItem({ ...at, versionId, parentId: goal.id, fields: bad({ kind: "goal", text: "Mål", source: "stat", foundationKey: "nope" }) }),
      ],
      ["bad url", () => c.addItem({ ...at, versionId, fields: { kind: "foundation", line: "stat", title: "T", summary: "", url: "javascript:alert(1)" } })],
      ["timing without value", () => c.addItem({ ...at, versionId, parentId: goal.id, fields: activityFields({ timing: bad({ kind: "maned", value: null }) }) })],
      ["timing of unknown kind", () => c.addItem({ ...at, versionId, parentId: goal.id, fields: activityFields({ timing: bad({ kind: "snart" }) }) })],
      ["huge text", () => c.updateItem({ ...at, id: activity.id, version: 1, fields: activityFields({ text: huge }) })],
      ["version as text", () => c.updateItem({ ...at, id: activity.id, version: bad("1"), fields: activityFields() })],
      ["negative version", () => c.updateItem({ ...at, id: activity.id, version: -1, fields: activityFields() })],
      ["negative toIndex", () => c.moveItem({ ...at, kind: "activity", id: activity.id, toIndex: -1 })],
      ["fractional toIndex", () => c.moveItem({ ...at, kind: "activity", id: activity.id, toIndex: 0.5 })],
      ["huge toIndex", () => c.moveItem({ ...at, kind: "activity", id: activity.id, toIndex: 1e12 })],
      ["NaN toIndex", () => c.moveItem({ ...at, kind: "activity", id: activity.id, toIndex: Number.NaN })],
      ["unknown status", () => c.setActivityStatus({ ...at, id: activity.id, version: 1, status: bad("ferdig") })],
      ["huge period", () => c.setIndicatorValue({ ...at, indicatorId: "x", period: huge, value: 1, version: 0 })],
      ["value as word", () => c.setIndicatorValue({ ...at, indicatorId: "x", period: "2027-T1", value: "mye", version: 0 })],
      ["value infinite", () => c.setIndicatorValue({ ...at, indicatorId: "x", period: "2027-T1", value: Number.POSITIVE_INFINITY, version: 0 })],
      ["budget missing", () => c.updateGeneral(bad({ ...at, versionId, version: 1, vision: "", description: "" }))],
      ["negative budget", () => generalToBudget(versionId, -5)],
      ["unknown decision", () => call(eier).decide(bad({ ...at, versionId, version: 1, decision: "kanskje", comment: "" }))],
      ["huge comment", () => c.addComment({ ...at, versionId, targetKind: "plan", targetKey: null, parentId: null, body: huge })],
      ["showNames as text", () => c.setPublicNames({ ...at, planId: "x", version: 1, showNames: bad("ja") })],
      ["input not an object", () => c.send(bad("hei"))],
      ["slug with spaces", () => c.year({ partnership: "grim stad", year: YEAR })],
    ];
    for (const [what, attempt] of attempts) {
      const refused = await refusal(attempt());
      expect({ what, code: refused.code }).toEqual({ what, code: "BAD_REQUEST" });
      expect(refused.messages.every((m) => m.length > 0 && m.length < 300), what).toBe(true);
    }
    expect(await activityRow(activity.id)).toMatchObject({ text: "Jobbmesse for unge", version: 1 });
  });
});

async function generalToBudget(versionId: string, income: number) {
  return call(leder).updateGeneral({
    ...at,
    versionId,
    version: (await versionRow(versionId)).version,
    vision: "",
    description: "",
    statePositions: null,
    municipalPositions: null,
    budget: { budgetThisYear: { income, expenses: null }, budgetLastYear: emptyColumn, accountsLastYear: emptyColumn },
    positionsBudget: null,
    positionsResult: null,
  });
}

// --- issue 13: approvals keep their words, indicators across years, publishing ---------------

describe("virksomhetsplan: the owners' words", () => {
  it("shows an approval comment to the other owner and keeps every decision with its comment in the version history", async () => {
    const { versionId } = await createPlan();
    await fillPlan(versionId);
    await send(versionId);
    await approve(versionId, eier, "Godkjent i formannskapet 12. januar.");

    const seenByState = await view(direktor);
    expect(seenByState.approvals.find((a) => a.label === "Grimstad kommune")).toMatchObject({
      decision: "godkjent",
      by: "Kari Eier",
      comment: "Godkjent i formannskapet 12. januar.",
    });

    await giveBack(versionId, direktor, "Legg inn sykefraværet som indikator.");
    await send(versionId);
    await approve(versionId, eier);
    await approve(versionId, direktor, "Fint at sykefraværet er med.");

    const page = await view(eier);
    expect(page.snapshot.version.status).toBe("godkjent");
    expect(page.approvals.find((a) => a.label === "Nav Agder")).toMatchObject({ comment: "Fint at sykefraværet er med." });
    expect(page.versions[0]!.decisions.map((d) => [d.round, d.decision, d.by, d.seats, d.comment])).toEqual([
      [1, "godkjent", "Kari Eier", ["Grimstad kommune"], "Godkjent i formannskapet 12. januar."],
      [1, "returnert", "Finn Fylke", ["Nav Agder"], "Legg inn sykefraværet som indikator."],
      [2, "godkjent", "Kari Eier", ["Grimstad kommune"], ""],
      [2, "godkjent", "Finn Fylke", ["Nav Agder"], "Fint at sykefraværet er med."],
    ]);
  });
});

describe("virksomhetsplan: indicators across years", () => {
  /** Last year's plan with one indicator measured twice, and this year's copied from it. */
  async function continuedIndicator(over: Partial<IndicatorFields> = {}) {
    const last = await createPlan(leder, YEAR - 1);
    const indicator = await call(leder).addItem({ ...at, versionId: last.versionId, fields: indicatorFields(over) });
    await call(leder).setIndicatorValue({ ...at, indicatorId: indicator.id, period: "2026-T1", value: 44, version: 0 });
    await call(leder).setIndicatorValue({ ...at, indicatorId: indicator.id, period: "2026-T3", value: 52, version: 0 });
    await createPlan(leder, YEAR, "forrige");
    return { indicator, current: (await view()).snapshot.indicators[0]! };
  }

  it("shows last year's measurements in the new year's trend, labelled with their year, until this year's own", async () => {
    const { current } = await continuedIndicator();
    expect(current.values).toEqual([]);
    expect(current.earlier).toEqual([
      { period: "2026-T1", value: 44, planYear: 2026 },
      { period: "2026-T3", value: 52, planYear: 2026 },
    ]);
    // Mark and "Siste måling" read the same trend: the latest is last year's 52 %, and 52 ≥ 50.
    expect(latestValueText(current)).toBe("52\u00a0% (3. tertial 2026)");
    expect(targetStateText(current)).toBe("Målet er nådd");

    // This year's plan may record a period of last year itself; its own value wins over the copy's.
    await call(leder).setIndicatorValue({ ...at, indicatorId: current.id, period: "2026-T3", value: 48, version: 0 });
    await call(leder).setIndicatorValue({ ...at, indicatorId: current.id, period: "2027-T1", value: 49, version: 0 });
    const after = (await view()).snapshot.indicators[0]!;
    expect(after.earlier).toEqual([{ period: "2026-T1", value: 44, planYear: 2026 }]);
    expect(after.values.map((v) => [v.period, v.value])).toEqual([
      ["2026-T3", 48],
      ["2027-T1", 49],
    ]);
    expect(targetStateText(after)).toBe("Ikke nådd ennå");
    // Last year's plan keeps its own values.
    expect((await view(leder, undefined, YEAR - 1)).snapshot.indicators[0]!.values.map((v) => v.value)).toEqual([44, 52]);
  });

  it("puts the earlier measurements in the Word file and on a read-only sheet of the spreadsheet", async () => {
    await continuedIndicator();
    const doc = (await call(leder).document({ ...at, year: YEAR }))!;

    const zip = await JSZip.loadAsync(await planDocx(doc));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Målinger, også fra tidligere års planer");
    expect(xml).toContain("Planen for 2026");
    expect(xml).toContain("3. tertial 2026");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await planWorkbook(doc)).buffer);
    const sheet = workbook.getWorksheet(EARLIER_VALUES_SHEET)!;
    const rows = sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ["Andel unge i arbeid", "1. tertial 2026", 44, 2026],
      ["Andel unge i arbeid", "3. tertial 2026", 52, 2026],
    ]);
    // The values sheet, which the import reads back, holds only this plan's own values.
    expect(workbook.getWorksheet("Måleverdier")!.rowCount).toBe(1);
  });

  it("says «Kan ikke vurderes ennå», never «Ingen måling ennå», beside a measurement it cannot judge", async () => {
    const { current } = await continuedIndicator({ targetKind: "retning", targetValue: null, targetDirection: "oke", baseline: null });
    expect(latestValueText(current)).toBe("52\u00a0% (3. tertial 2026)");
    // Two measurements across the years: rising from 44 to 52 is judged.
    expect(targetStateText(current)).toBe("Målet er nådd");

    const fresh = await call(leder).addItem({
      ...at,
      versionId: (await view()).snapshot.version.id,
      fields: indicatorFields({ name: "Andel virksomheter med bistand", targetKind: "retning", targetValue: null, targetDirection: "oke", baseline: null }),
    });
    await call(leder).setIndicatorValue({ ...at, indicatorId: fresh.id, period: "2027-T1", value: 12, version: 0 });
    const one = (await view()).snapshot.indicators.find((i) => i.id === fresh.id)!;
    expect(latestValueText(one)).toBe("12\u00a0% (1. tertial 2027)");
    expect(targetStateText(one)).toBe("Kan ikke vurderes ennå");
  });
});

describe("virksomhetsplan: publishing", () => {
  it("tells a new draft which version the public sees, instead of claiming the draft is published", async () => {
    const plan = await approvedPlan();
    expect((await view()).published).toBeNull();
    await publish(plan.versionId);
    expect((await view()).published).toMatchObject({ versionId: plan.versionId, versionNo: 1 });

    const next = await call(leder).newVersion({ ...at, versionId: plan.versionId, changeNote: "Nytt mål" });
    const draft = await view();
    expect(draft.snapshot.version).toMatchObject({ id: next.versionId, status: "utkast", publishedAt: null });
    expect(draft.published).toMatchObject({ versionId: plan.versionId, versionNo: 1 });
    expect(draft.actions).not.toContain("publish");
  });
});
