import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import {
  assessment,
  assessmentAnswer,
  assessmentArea,
  assessmentParticipant,
  auditEvent,
  developmentAction,
  developmentPlan,
} from "~/db/schema";
import { createTestDatabase, grantRole, makeFylke, makePartnership, makeUser } from "~/test/factories";
import type { Role } from "~/lib/roles";
import { scoredItems, type AreaScore } from "~/lib/mulighetsrom/areas";
import { callerFor, refusal, sessionUserOf } from "~/test/caller";
import { createCaller } from "~/server/api/root";
import { assessmentWorkbook } from "~/server/export/xlsx";

type Caller = ReturnType<typeof callerFor>;
type Person = Awaited<ReturnType<typeof makeUser>>;

const CLOSED = "Vurderingen er avsluttet og kan ikke endres. Gjenåpne den først hvis noe må rettes.";
const TOO_MANY = "Dere kan prioritere høyst 3 områder. Fjern en prioritering før du legger til en ny.";

let db: Database;
let fylkeId: string;
let home: Awaited<ReturnType<typeof makePartnership>>;
let other: Awaited<ReturnType<typeof makePartnership>>;
let leader: Person;
let owner: Person;
let dept: Person;
let director: Person;
let outsider: Person;

async function person(name: string, role: Role, scope: Parameters<typeof grantRole>[3]) {
  const user = await makeUser(db, { name });
  await grantRole(db, user.id, role, scope);
  return user;
}

beforeEach(async () => {
  db = await createTestDatabase();
  fylkeId = (await makeFylke(db, { slug: "agder", name: "Agder" })).id;
  home = await makePartnership(db, fylkeId, { slug: "grimstad", officeName: "Nav Grimstad" });
  other = await makePartnership(db, fylkeId, { slug: "arendal", officeName: "Nav Arendal" });
  leader = await person("Lise Leder", "nav_leder", { partnershipId: home.id });
  owner = await person("Ola Eier", "kommunal_eier", { partnershipId: home.id });
  dept = await person("Anne Avdeling", "avdelingsleder", { partnershipId: home.id });
  director = await person("Frida Fylke", "fylkesdirektor", { fylkeId });
  outsider = await person("Arne Arendal", "nav_leder", { partnershipId: other.id });
});

const as = (user: Person) => callerFor(db, user);
const grimstad = { partnership: "grimstad" } as const;

async function createAssessment(participants: Person[] = [leader, owner, dept, director], heldOn = "2025-03-01") {
  const { id } = await as(leader).mulighetsrom.create({
    ...grimstad,
    heldOn,
    occasion: "Partnerskapsmøte våren 2025",
    participantUserIds: participants.map((p) => p.id),
  });
  return id;
}

/** Answers every scored item as a first save; `score` decides per item key. */
async function answerAll(caller: Caller, assessmentId: string, score: (key: string) => AreaScore, comment = "") {
  for (const item of scoredItems) {
    await caller.mulighetsrom.saveAnswer({ ...grimstad, assessmentId, item: item.key, score: score(item.key), comment, version: 0 });
  }
}

const assessmentRow = async (id: string) => (await db.select().from(assessment).where(eq(assessment.id, id)).limit(1))[0]!;
const areasOf = async (id: string) =>
  (await db.select().from(assessmentArea).where(eq(assessmentArea.assessmentId, id))).sort((a, b) => a.areaNo - b.areaNo);
const areaRow = async (id: string, no: number) =>
  (await db
    .select()
    .from(assessmentArea)
    .where(and(eq(assessmentArea.assessmentId, id), eq(assessmentArea.areaNo, no)))
    .limit(1))[0]!;

describe("mulighetsrom.create", () => {
  it("creates an assessment with the owners, the office and the fylkesdirektør as participants, on their sides", async () => {
    const id = await createAssessment();
    const participants = await db.select().from(assessmentParticipant).where(eq(assessmentParticipant.assessmentId, id));
    expect(participants.map((p) => [p.userId, p.role, p.side, p.submittedAt]).sort()).toEqual(
      [
        [leader.id, "nav_leder", "kontor", null],
        [owner.id, "kommunal_eier", "kommune", null],
        [dept.id, "avdelingsleder", "kontor", null],
        [director.id, "fylkesdirektor", "stat", null],
      ].sort(),
    );
    expect(await assessmentRow(id)).toMatchObject({ partnershipId: home.id, status: "open", createdByUserId: leader.id, version: 1 });
    const areas = await areasOf(id);
    expect(areas.map((a) => a.areaNo)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(areas.every((a) => a.status === "ikke_vurdert" && !a.prioritised && !a.main)).toBe(true);
    const audit = await db.select().from(auditEvent).where(eq(auditEvent.entityId, id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: "assessment", action: "create", actorUserId: leader.id, partnershipId: home.id });
    expect(audit[0]!.changes).toMatchObject({ participants: 4 });

    const list = await as(dept).mulighetsrom.list(grimstad);
    expect(list.assessments).toEqual([
      expect.objectContaining({ id, heldOn: "2025-03-01", status: "open", invited: 4, submitted: 0, prioritised: [], main: null }),
    ]);
    expect(list.canEdit).toBe(false);
  });

  it("refuses a person from another partnership as participant and creates nothing", async () => {
    const refused = await refusal(
      as(leader).mulighetsrom.create({
        ...grimstad,
        heldOn: "2025-03-01",
        occasion: "Forsøk",
        participantUserIds: [leader.id, outsider.id],
      }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", messages: ["Bare personer med en rolle i partnerskapet kan delta."] });
    expect(await db.select().from(assessment)).toHaveLength(0);
    expect(await db.select().from(assessmentArea)).toHaveLength(0);
    expect(await db.select().from(assessmentParticipant)).toHaveLength(0);
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "assessment"))).toHaveLength(0);
  });

  it("refuses the fylkesdirektør of another fylke as participant", async () => {
    const elsewhere = await person("Per Annetfylke", "fylkesdirektor", { fylkeId: (await makeFylke(db)).id });
    await expect(createAssessment([leader, elsewhere])).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.select().from(assessment)).toHaveLength(0);
  });

  it("offers the partnership's people and the fylke's director as eligible, not outsiders", async () => {
    const eligible = await as(leader).mulighetsrom.eligibleParticipants(grimstad);
    expect(eligible.map((p) => [p.name, p.side]).sort()).toEqual(
      [
        ["Lise Leder", "kontor"],
        ["Ola Eier", "kommune"],
        ["Anne Avdeling", "kontor"],
        ["Frida Fylke", "stat"],
      ].sort(),
    );
  });

  it("adds participants later, once", async () => {
    const id = await createAssessment([leader, owner]);
    await expect(as(leader).mulighetsrom.addParticipants({ ...grimstad, assessmentId: id, participantUserIds: [dept.id] })).resolves.toEqual({
      added: 1,
    });
    await expect(
      as(leader).mulighetsrom.addParticipants({ ...grimstad, assessmentId: id, participantUserIds: [dept.id, owner.id] }),
    ).resolves.toEqual({ added: 0 });
    expect(await db.select().from(assessmentParticipant).where(eq(assessmentParticipant.assessmentId, id))).toHaveLength(3);
  });

  it("does not let an avdelingsleder create an assessment", async () => {
    const refused = await refusal(
      as(dept).mulighetsrom.create({ ...grimstad, heldOn: "2025-03-01", occasion: "Forsøk", participantUserIds: [dept.id] }),
    );
    expect(refused).toEqual({ code: "FORBIDDEN", messages: ["Bare Nav-lederen og eierne kan starte og følge opp vurderinger."] });
    expect(await db.select().from(assessment)).toHaveLength(0);
  });
});

describe("mulighetsrom answers", () => {
  it("saves an answer with version 0, then with the returned version, and refuses a stale one", async () => {
    const id = await createAssessment();
    const owners = as(owner);
    const first = await owners.mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "7", score: "kan_styrkes", comment: "", version: 0 });
    expect(first).toEqual({ version: 1 });
    const second = await owners.mulighetsrom.saveAnswer({
      ...grimstad,
      assessmentId: id,
      item: "7",
      score: "sterk",
      comment: "Bedre enn i fjor",
      version: first.version,
    });
    expect(second).toEqual({ version: 2 });

    const stale = await refusal(
      owners.mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "7", score: "ikke_vurdert", comment: "", version: first.version }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.messages[0]).toMatch(/^Noen andre har lagret en endring/);
    // A second "first" save of the same item is stale too.
    await expect(
      owners.mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "7", score: "ikke_vurdert", comment: "", version: 0 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const mine = await owners.mulighetsrom.myAnswers({ ...grimstad, assessmentId: id });
    expect(mine.answers).toEqual([{ item: "7", score: "sterk", comment: "Bedre enn i fjor", version: 2 }]);
    // Another participant's answers are their own.
    expect((await as(leader).mulighetsrom.myAnswers({ ...grimstad, assessmentId: id })).answers).toEqual([]);
  });

  it("refuses to submit with items missing and names them", async () => {
    const id = await createAssessment();
    const owners = as(owner);
    await owners.mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "b1", score: "sterk", comment: "", version: 0 });
    await owners.mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "1", score: "sterk", comment: "", version: 0 });
    const refused = await refusal(owners.mulighetsrom.submit({ ...grimstad, assessmentId: id, shareNamed: true }));
    expect(refused).toEqual({
      code: "BAD_REQUEST",
      messages: [
        "Du har ikke svart på «Løsningsorientering», «Søken etter konsensus», «Tillit mellom partene» og 19 til. Velg «Ikke vurdert» hvis du ikke vil vurdere et område.",
      ],
    });
    const participant = (await db.select().from(assessmentParticipant).where(eq(assessmentParticipant.userId, owner.id)).limit(1))[0]!;
    expect(participant.submittedAt).toBeNull();
  });

  it("names the missing items and says the rules in nynorsk to a nynorsk reader", async () => {
    const id = await createAssessment();
    const nynorsk = createCaller({ db, user: sessionUserOf(owner), locale: "nn" }).mulighetsrom;
    await nynorsk.saveAnswer({ ...grimstad, assessmentId: id, item: "b1", score: "sterk", comment: "", version: 0 });
    expect(await refusal(nynorsk.submit({ ...grimstad, assessmentId: id, shareNamed: true }))).toEqual({
      code: "BAD_REQUEST",
      messages: [
        "Du har ikkje svart på «Løysingsorientering», «Søking etter semje», «Tillit mellom partane» og 20 til. Vel «Ikkje vurdert» dersom du ikkje vil vurdere eit område.",
      ],
    });
    expect(await refusal(nynorsk.saveAnswer({ ...grimstad, assessmentId: id, item: "99", score: "sterk", comment: "", version: 0 }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Ukjent område."],
    });
    const leaders = createCaller({ db, user: sessionUserOf(leader), locale: "nn" }).mulighetsrom;
    expect(
      await refusal(leaders.setPriorities({ ...grimstad, assessmentId: id, version: 1, considered: [], prioritised: [1, 2, 3, 4], main: 1 })),
    ).toEqual({ code: "BAD_REQUEST", messages: ["De kan prioritere høgst 3 område. Fjern ei prioritering før du legg til ei ny."] });
    expect(await refusal(leaders.setStatuses({ ...grimstad, assessmentId: id, version: 1, statuses: [{ areaNo: 1, status: "gronn" as "sterk" }] }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Vel ein status."],
    });
  });

  it("submits once all 24 items are answered, and a re-submit while open updates the submission", async () => {
    const id = await createAssessment();
    const owners = as(owner);
    expect(scoredItems.map((i) => i.key)).toEqual([
      "b1",
      "b2",
      "b3",
      "b4",
      ...Array.from({ length: 20 }, (_, i) => String(i + 1)),
    ]);
    await answerAll(owners, id, () => "ikke_vurdert");
    await expect(owners.mulighetsrom.submit({ ...grimstad, assessmentId: id, shareNamed: false })).resolves.toEqual({ resubmitted: false });
    expect((await owners.mulighetsrom.get({ ...grimstad, assessmentId: id })).me).toEqual({ submitted: true, shareNamed: false });

    await expect(owners.mulighetsrom.submit({ ...grimstad, assessmentId: id, shareNamed: true })).resolves.toEqual({ resubmitted: true });
    expect((await owners.mulighetsrom.get({ ...grimstad, assessmentId: id })).me).toEqual({ submitted: true, shareNamed: true });
    expect((await owners.mulighetsrom.list(grimstad)).assessments[0]).toMatchObject({ invited: 4, submitted: 1 });
  });

  it("does not let a partnership member who was not invited answer or submit", async () => {
    const id = await createAssessment([leader, owner]);
    const delegate = as(await person("Dag Delegat", "kommunal_delegat", { partnershipId: home.id }));
    const refused = await refusal(
      delegate.mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "1", score: "sterk", comment: "", version: 0 }),
    );
    expect(refused).toEqual({ code: "FORBIDDEN", messages: ["Du er ikke invitert til å delta i denne vurderingen."] });
    await expect(delegate.mulighetsrom.submit({ ...grimstad, assessmentId: id, shareNamed: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // An avdelingsleder who was not invited is refused the same way.
    await expect(
      as(dept).mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "1", score: "sterk", comment: "", version: 0 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.select().from(assessmentAnswer)).toHaveLength(0);
  });

  it("lets an invited avdelingsleder answer and submit", async () => {
    const id = await createAssessment();
    await answerAll(as(dept), id, () => "sterk");
    await expect(as(dept).mulighetsrom.submit({ ...grimstad, assessmentId: id, shareNamed: true })).resolves.toEqual({
      resubmitted: false,
    });
    expect(await db.select().from(assessmentAnswer)).toHaveLength(24);
  });
});

describe("mulighetsrom.get", () => {
  let id: string;

  beforeEach(async () => {
    id = await createAssessment();
    // Nav-leder: sterk everywhere, shares by name.
    await answerAll(as(leader), id, () => "sterk", "Vi er godt i gang");
    await as(leader).mulighetsrom.submit({ ...grimstad, assessmentId: id, shareNamed: true });
    // Kommunedirektør: kan styrkes everywhere, does not share by name.
    await answerAll(as(owner), id, () => "kan_styrkes", "Hemmelig");
    await as(owner).mulighetsrom.submit({ ...grimstad, assessmentId: id, shareNamed: false });
    // Avdelingsleder: sterk for area 1, ikke vurdert elsewhere, shares by name.
    await answerAll(as(dept), id, (key) => (key === "1" ? "sterk" : "ikke_vurdert"));
    await as(dept).mulighetsrom.submit({ ...grimstad, assessmentId: id, shareNamed: true });
    // Fylkesdirektør: answers everything but does not submit (a draft).
    await answerAll(as(director), id, () => "kan_styrkes", "Utkast");
  });

  const area = <T extends { areas: { no: number }[] }>(view: T, no: number) =>
    view.areas.find((a) => a.no === no)! as T["areas"][number];

  it("counts only submitted answers, split by side", async () => {
    const view = await as(leader).mulighetsrom.get({ ...grimstad, assessmentId: id });
    const first = area(view, 1).results;
    expect(first.total).toEqual({ sterk: 2, kan_styrkes: 1, ikke_vurdert: 0 });
    expect(first.bySide).toEqual({
      stat: { sterk: 0, kan_styrkes: 0, ikke_vurdert: 0 },
      kommune: { sterk: 0, kan_styrkes: 1, ikke_vurdert: 0 },
      kontor: { sterk: 2, kan_styrkes: 0, ikke_vurdert: 0 },
    });
    expect(first.leaningBySide).toEqual({ stat: "ingen", kommune: "kan_styrkes", kontor: "sterk" });
    expect(first.disagree).toBe(true);
    expect(area(view, 2).results.bySide.kontor).toEqual({ sterk: 1, kan_styrkes: 0, ikke_vurdert: 1 });
    expect(area(view, 2).results.leaningBySide.kontor).toBe("sterk");
    expect(view.conditions.map((c) => c.key)).toEqual(["b1", "b2", "b3", "b4"]);
    expect(view.conditions[0]!.results.total).toEqual({ sterk: 1, kan_styrkes: 1, ikke_vurdert: 1 });
    expect(view.participants.map((p) => [p.name, p.submitted])).toEqual([
      ["Anne Avdeling", true],
      ["Frida Fylke", false],
      ["Lise Leder", true],
      ["Ola Eier", true],
    ]);

    // Once the fylkesdirektør submits, the stat side appears.
    await as(director).mulighetsrom.submit({ ...grimstad, assessmentId: id, shareNamed: false });
    const after = await as(leader).mulighetsrom.get({ ...grimstad, assessmentId: id });
    expect(area(after, 1).results.bySide.stat).toEqual({ sterk: 0, kan_styrkes: 1, ikke_vurdert: 0 });
    expect(area(after, 1).results.total).toEqual({ sterk: 2, kan_styrkes: 2, ikke_vurdert: 0 });
  });

  it("shows names to the Nav-leder, the kommunal eier and the fylkesdirektør, only for those who agreed", async () => {
    for (const viewer of [leader, owner, director]) {
      const page = await as(viewer).mulighetsrom.get({ ...grimstad, assessmentId: id });
      expect(page.canSeeNames).toBe(true);
      expect(area(page, 1).namedCount).toBe(2);
      // The page itself carries counts only; names come with the on-demand query.
      expect(page.areas.every((a) => a.namedAnswers.length === 0)).toBe(true);
      const view = await as(viewer).mulighetsrom.namedAnswers({ ...grimstad, assessmentId: id });
      expect(view.canSeeNames).toBe(true);
      expect(area(view, 1).namedAnswers.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
        { name: "Anne Avdeling", side: "kontor", score: "sterk", comment: "" },
        { name: "Lise Leder", side: "kontor", score: "sterk", comment: "Vi er godt i gang" },
      ]);
      expect(view.conditions[0]!.namedAnswers.map((a) => a.name).sort()).toEqual(["Anne Avdeling", "Lise Leder"]);
      const everyComment = view.areas.flatMap((a) => a.namedAnswers.map((n) => n.comment));
      expect(everyComment).not.toContain("Hemmelig");
      expect(everyComment).not.toContain("Utkast");
    }
  });

  it("gives an avdelingsleder, a kommunal delegat and the fylkesstab the counts but no names", async () => {
    const delegate = await person("Dag Delegat", "kommunal_delegat", { partnershipId: home.id });
    const staff = await person("Siri Stab", "fylkesstab", { fylkeId });
    for (const viewer of [dept, delegate, staff]) {
      const page = await as(viewer).mulighetsrom.get({ ...grimstad, assessmentId: id });
      expect(page.canSeeNames).toBe(false);
      expect(area(page, 1).results.total).toEqual({ sterk: 2, kan_styrkes: 1, ikke_vurdert: 0 });
      expect(page.areas.every((a) => a.namedCount === 0)).toBe(true);
      const view = await as(viewer).mulighetsrom.namedAnswers({ ...grimstad, assessmentId: id });
      expect(view.canSeeNames).toBe(false);
      expect(view.areas.every((a) => a.namedAnswers.length === 0)).toBe(true);
      expect(view.conditions.every((c) => c.namedAnswers.length === 0)).toBe(true);
    }
  });
});

describe("mulighetsrom.setPriorities", () => {
  it("saves up to three priorities and a main area, and marks them considered", async () => {
    const id = await createAssessment();
    const result = await as(owner).mulighetsrom.setPriorities({
      ...grimstad,
      assessmentId: id,
      version: 1,
      considered: [4],
      prioritised: [2, 6, 15],
      main: 6,
    });
    expect(result).toEqual({ version: 2 });
    const areas = await areasOf(id);
    expect(areas.filter((a) => a.prioritised).map((a) => a.areaNo)).toEqual([2, 6, 15]);
    expect(areas.filter((a) => a.considered).map((a) => a.areaNo)).toEqual([2, 4, 6, 15]);
    expect(areas.filter((a) => a.main).map((a) => a.areaNo)).toEqual([6]);
    expect((await as(leader).mulighetsrom.list(grimstad)).assessments[0]).toMatchObject({ prioritised: [2, 6, 15], main: 6 });

    // Changing the choice clears what is no longer chosen.
    await as(owner).mulighetsrom.setPriorities({ ...grimstad, assessmentId: id, version: 2, considered: [], prioritised: [3], main: 3 });
    const changed = await areasOf(id);
    expect(changed.filter((a) => a.prioritised || a.considered || a.main).map((a) => a.areaNo)).toEqual([3]);
  });

  it("refuses a fourth priority with the Norwegian message and changes nothing", async () => {
    const id = await createAssessment();
    const refused = await refusal(
      as(leader).mulighetsrom.setPriorities({ ...grimstad, assessmentId: id, version: 1, considered: [], prioritised: [1, 2, 3, 4], main: 1 }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", messages: [TOO_MANY] });
    expect((await areasOf(id)).some((a) => a.prioritised || a.considered || a.main)).toBe(false);
    expect((await assessmentRow(id)).version).toBe(1);
  });

  it("requires the main area to be one of the prioritised", async () => {
    const id = await createAssessment();
    expect(
      await refusal(
        as(leader).mulighetsrom.setPriorities({ ...grimstad, assessmentId: id, version: 1, considered: [], prioritised: [1, 2], main: 5 }),
      ),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Hovedområdet må være et av de prioriterte områdene."] });
    expect(
      await refusal(
        as(leader).mulighetsrom.setPriorities({ ...grimstad, assessmentId: id, version: 1, considered: [], prioritised: [1, 2], main: null }),
      ),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Velg hvilket av de prioriterte områdene som er hovedområdet."] });
    expect((await areasOf(id)).some((a) => a.prioritised)).toBe(false);
  });

  it("refuses a stale version with a conflict and keeps the first save", async () => {
    const id = await createAssessment();
    await as(leader).mulighetsrom.setPriorities({ ...grimstad, assessmentId: id, version: 1, considered: [], prioritised: [1], main: 1 });
    const refused = await refusal(
      as(owner).mulighetsrom.setPriorities({ ...grimstad, assessmentId: id, version: 1, considered: [], prioritised: [9], main: 9 }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect((await areasOf(id)).filter((a) => a.prioritised).map((a) => a.areaNo)).toEqual([1]);
  });

  it("does not let an avdelingsleder set priorities", async () => {
    const id = await createAssessment();
    await expect(
      as(dept).mulighetsrom.setPriorities({ ...grimstad, assessmentId: id, version: 1, considered: [], prioritised: [1], main: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      as(dept).mulighetsrom.setStatuses({ ...grimstad, assessmentId: id, version: 1, statuses: [{ areaNo: 1, status: "sterk" }] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await areasOf(id)).some((a) => a.prioritised || a.status !== "ikke_vurdert")).toBe(false);
  });
});

describe("mulighetsrom.setStatuses", () => {
  it("saves the agreed statuses and audits each change with from and to", async () => {
    const id = await createAssessment();
    const result = await as(owner).mulighetsrom.setStatuses({
      ...grimstad,
      assessmentId: id,
      version: 1,
      statuses: [
        { areaNo: 4, status: "sterk" },
        { areaNo: 5, status: "ikke_vurdert" },
      ],
    });
    expect(result).toEqual({ version: 2, changed: 1 });
    const four = await areaRow(id, 4);
    expect(four.status).toBe("sterk");
    const audit = await db.select().from(auditEvent).where(eq(auditEvent.entity, "assessment_area"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: four.id, actorUserId: owner.id, partnershipId: home.id, action: "update" });
    expect(audit[0]!.changes).toEqual({ areaNo: 4, status: { from: "ikke_vurdert", to: "sterk" } });

    await as(owner).mulighetsrom.setStatuses({ ...grimstad, assessmentId: id, version: 2, statuses: [{ areaNo: 4, status: "kan_styrkes" }] });
    const second = (await db.select().from(auditEvent).where(eq(auditEvent.entity, "assessment_area"))).map((e) => e.changes);
    expect(second).toContainEqual({ areaNo: 4, status: { from: "sterk", to: "kan_styrkes" } });

    // Saving the same status again writes no audit row.
    await expect(
      as(owner).mulighetsrom.setStatuses({ ...grimstad, assessmentId: id, version: 3, statuses: [{ areaNo: 4, status: "kan_styrkes" }] }),
    ).resolves.toEqual({ version: 4, changed: 0 });
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "assessment_area"))).toHaveLength(2);
  });

  it("refuses a stale version", async () => {
    const id = await createAssessment();
    await as(owner).mulighetsrom.setStatuses({ ...grimstad, assessmentId: id, version: 1, statuses: [{ areaNo: 1, status: "sterk" }] });
    await expect(
      as(leader).mulighetsrom.setStatuses({ ...grimstad, assessmentId: id, version: 1, statuses: [{ areaNo: 1, status: "kan_styrkes" }] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await areaRow(id, 1)).status).toBe("sterk");
  });
});

describe("a closed assessment", () => {
  it("refuses answers, statuses and priorities until it is reopened", async () => {
    const id = await createAssessment();
    await as(owner).mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "1", score: "sterk", comment: "", version: 0 });
    const closed = await as(leader).mulighetsrom.setOpen({ ...grimstad, assessmentId: id, version: 1, open: false });
    expect(closed).toEqual({ version: 2 });
    expect(await assessmentRow(id)).toMatchObject({ status: "closed" });
    expect((await assessmentRow(id)).closedAt).toBeInstanceOf(Date);

    const refusals = [
      await refusal(as(owner).mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "1", score: "kan_styrkes", comment: "", version: 1 })),
      await refusal(as(owner).mulighetsrom.submit({ ...grimstad, assessmentId: id, shareNamed: true })),
      await refusal(as(leader).mulighetsrom.setStatuses({ ...grimstad, assessmentId: id, version: 2, statuses: [{ areaNo: 1, status: "sterk" }] })),
      await refusal(
        as(leader).mulighetsrom.setPriorities({ ...grimstad, assessmentId: id, version: 2, considered: [], prioritised: [1], main: 1 }),
      ),
      await refusal(
        as(leader).mulighetsrom.updateAreaNotes({
          ...grimstad,
          assessmentId: id,
          areaNo: 1,
          version: 1,
          desiredSituation: "Mer",
          barriers: "",
          drivers: "",
        }),
      ),
    ];
    for (const refused of refusals) expect(refused).toEqual({ code: "BAD_REQUEST", messages: [CLOSED] });
    expect(await areaRow(id, 1)).toMatchObject({ status: "ikke_vurdert", prioritised: false, desiredSituation: "" });
    expect((await db.select().from(assessmentAnswer).limit(1))[0]).toMatchObject({ score: "sterk", version: 1 });
    expect((await assessmentRow(id)).version).toBe(2);

    expect(await refusal(as(leader).mulighetsrom.setOpen({ ...grimstad, assessmentId: id, version: 2, open: false }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Vurderingen er allerede avsluttet."],
    });

    await expect(as(leader).mulighetsrom.setOpen({ ...grimstad, assessmentId: id, version: 2, open: true })).resolves.toEqual({
      version: 3,
    });
    expect(await assessmentRow(id)).toMatchObject({ status: "open", closedAt: null });
    await expect(
      as(owner).mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "1", score: "kan_styrkes", comment: "", version: 1 }),
    ).resolves.toEqual({ version: 2 });
    await expect(
      as(leader).mulighetsrom.setStatuses({ ...grimstad, assessmentId: id, version: 3, statuses: [{ areaNo: 1, status: "sterk" }] }),
    ).resolves.toEqual({ version: 4, changed: 1 });
  });

  it("refuses to close with a stale version", async () => {
    const id = await createAssessment();
    await as(leader).mulighetsrom.setStatuses({ ...grimstad, assessmentId: id, version: 1, statuses: [{ areaNo: 1, status: "sterk" }] });
    await expect(as(owner).mulighetsrom.setOpen({ ...grimstad, assessmentId: id, version: 1, open: false })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await assessmentRow(id)).status).toBe("open");
  });
});

describe("mulighetsrom across partnerships", () => {
  it("refuses a Nav-leder of another partnership to read or change the assessment", async () => {
    const id = await createAssessment();
    const them = as(outsider);
    await expect(them.mulighetsrom.get({ ...grimstad, assessmentId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(them.mulighetsrom.report({ ...grimstad, assessmentId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(them.mulighetsrom.list(grimstad)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(them.mulighetsrom.history(grimstad)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(them.mulighetsrom.plans(grimstad)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(them.mulighetsrom.overview(grimstad)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(them.mulighetsrom.myAnswers({ ...grimstad, assessmentId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      them.mulighetsrom.setStatuses({ ...grimstad, assessmentId: id, version: 1, statuses: [{ areaNo: 1, status: "sterk" }] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      them.mulighetsrom.setOpen({ ...grimstad, assessmentId: id, version: 1, open: false }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      them.mulighetsrom.create({ ...grimstad, heldOn: "2025-01-01", occasion: "Kapret", participantUserIds: [outsider.id] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await assessmentRow(id)).toMatchObject({ status: "open", version: 1 });
    expect(await db.select().from(assessment)).toHaveLength(1);
  });

  it("does not find the assessment, its plans or actions through another partnership's slug", async () => {
    const id = await createAssessment();
    await as(leader).mulighetsrom.setPriorities({ ...grimstad, assessmentId: id, version: 1, considered: [], prioritised: [3], main: 3 });
    const plan = await as(leader).mulighetsrom.startPlan({ ...grimstad, assessmentId: id, areaNo: 3 });
    const action = await as(leader).mulighetsrom.addAction({
      ...grimstad,
      planId: plan.id,
      text: "Felles møteplan",
      owner: "",
      deadline: null,
      status: "ikke_startet",
    });

    const them = as(outsider);
    const arendal = { partnership: "arendal" } as const;
    const notFound = { code: "NOT_FOUND" };
    await expect(them.mulighetsrom.get({ ...arendal, assessmentId: id })).rejects.toMatchObject(notFound);
    await expect(them.mulighetsrom.report({ ...arendal, assessmentId: id })).rejects.toMatchObject(notFound);
    await expect(them.mulighetsrom.myAnswers({ ...arendal, assessmentId: id })).rejects.toMatchObject(notFound);
    await expect(
      them.mulighetsrom.setStatuses({ ...arendal, assessmentId: id, version: 2, statuses: [{ areaNo: 1, status: "sterk" }] }),
    ).rejects.toMatchObject(notFound);
    await expect(
      them.mulighetsrom.setPriorities({ ...arendal, assessmentId: id, version: 2, considered: [], prioritised: [1], main: 1 }),
    ).rejects.toMatchObject(notFound);
    await expect(them.mulighetsrom.setOpen({ ...arendal, assessmentId: id, version: 2, open: false })).rejects.toMatchObject(notFound);
    await expect(
      them.mulighetsrom.addParticipants({ ...arendal, assessmentId: id, participantUserIds: [outsider.id] }),
    ).rejects.toMatchObject(notFound);
    await expect(them.mulighetsrom.startPlan({ ...arendal, assessmentId: id, areaNo: 3 })).rejects.toMatchObject(notFound);
    await expect(them.mulighetsrom.plan({ ...arendal, planId: plan.id })).rejects.toMatchObject(notFound);
    await expect(
      them.mulighetsrom.updatePlan({
        ...arendal,
        planId: plan.id,
        version: 1,
        why: "Kapret",
        whatAndWhen: "",
        approach: "",
        involved: "",
        responsibleUserId: null,
        followUp: "",
      }),
    ).rejects.toMatchObject(notFound);
    await expect(
      them.mulighetsrom.addAction({ ...arendal, planId: plan.id, text: "Kapret", owner: "", deadline: null, status: "ikke_startet" }),
    ).rejects.toMatchObject(notFound);
    await expect(
      them.mulighetsrom.updateAction({
        ...arendal,
        actionId: action.id,
        version: 1,
        text: "Kapret",
        owner: "",
        deadline: null,
        status: "fullfort",
      }),
    ).rejects.toMatchObject(notFound);
    await expect(them.mulighetsrom.removeAction({ ...arendal, actionId: action.id, version: 1 })).rejects.toMatchObject(notFound);
    await expect(them.mulighetsrom.moveAction({ ...arendal, actionId: action.id, direction: "up" })).rejects.toMatchObject(notFound);

    expect((await them.mulighetsrom.list(arendal)).assessments).toEqual([]);
    expect(await assessmentRow(id)).toMatchObject({ status: "open", version: 2 });
    expect(await areaRow(id, 1)).toMatchObject({ status: "ikke_vurdert", prioritised: false });
    expect((await db.select().from(developmentPlan).limit(1))[0]).toMatchObject({ why: "", version: 1 });
    expect(await db.select().from(developmentAction)).toEqual([expect.objectContaining({ text: "Felles møteplan", version: 1 })]);
  });
});

describe("development plans", () => {
  let id: string;

  beforeEach(async () => {
    id = await createAssessment();
    await as(leader).mulighetsrom.setPriorities({ ...grimstad, assessmentId: id, version: 1, considered: [], prioritised: [6, 15], main: 6 });
  });

  it("start once when two people start the same plan at the same moment", async () => {
    const [mine, theirs] = await Promise.all([
      as(leader).mulighetsrom.startPlan({ ...grimstad, assessmentId: id, areaNo: 6 }),
      as(owner).mulighetsrom.startPlan({ ...grimstad, assessmentId: id, areaNo: 6 }),
    ]);
    expect(theirs.id).toBe(mine.id);
    expect(await db.select().from(developmentPlan)).toHaveLength(1);
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "development_plan"))).toHaveLength(1);
  });

  it("are only started for prioritised areas, once per area", async () => {
    expect(await refusal(as(leader).mulighetsrom.startPlan({ ...grimstad, assessmentId: id, areaNo: 7 }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Utviklingsplaner lages for prioriterte områder. Prioriter området først."],
    });
    const first = await as(leader).mulighetsrom.startPlan({ ...grimstad, assessmentId: id, areaNo: 6 });
    const again = await as(owner).mulighetsrom.startPlan({ ...grimstad, assessmentId: id, areaNo: 6 });
    expect(again.id).toBe(first.id);
    expect(await db.select().from(developmentPlan)).toEqual([
      expect.objectContaining({ id: first.id, partnershipId: home.id, assessmentId: id, areaNo: 6 }),
    ]);
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "development_plan"))).toHaveLength(1);

    const view = await as(dept).mulighetsrom.get({ ...grimstad, assessmentId: id });
    expect(view.areas.find((a) => a.no === 6)!.plan).toEqual({ id: first.id, done: 0, total: 0 });
    expect(view.areas.find((a) => a.no === 15)!.plan).toBeNull();
    await expect(as(dept).mulighetsrom.startPlan({ ...grimstad, assessmentId: id, areaNo: 15 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("takes a responsible person only from the partnership", async () => {
    const plan = await as(leader).mulighetsrom.startPlan({ ...grimstad, assessmentId: id, areaNo: 6 });
    const fields = { why: "Felles plan gir felles retning", whatAndWhen: "", approach: "", involved: "", followUp: "" };
    expect(
      await refusal(
        as(leader).mulighetsrom.updatePlan({ ...grimstad, planId: plan.id, version: 1, ...fields, responsibleUserId: outsider.id }),
      ),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Den ansvarlige må være en person i partnerskapet."] });
    expect((await db.select().from(developmentPlan).limit(1))[0]).toMatchObject({ why: "", responsibleUserId: null, version: 1 });

    await expect(
      as(leader).mulighetsrom.updatePlan({ ...grimstad, planId: plan.id, version: 1, ...fields, responsibleUserId: owner.id }),
    ).resolves.toEqual({ version: 2 });
    expect((await db.select().from(developmentPlan).limit(1))[0]).toMatchObject({ why: fields.why, responsibleUserId: owner.id, version: 2 });
    await expect(
      as(leader).mulighetsrom.updatePlan({ ...grimstad, planId: plan.id, version: 1, ...fields, responsibleUserId: null }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const view = await as(dept).mulighetsrom.plan({ ...grimstad, planId: plan.id });
    expect(view).toMatchObject({ area: { no: 6, main: true, prioritised: true }, canEdit: false, plan: { responsibleUserId: owner.id } });
    expect(view.people.map((p) => p.userId)).not.toContain(outsider.id);
  });

  it("adds, updates, moves and removes actions and keeps their order", async () => {
    const plan = await as(leader).mulighetsrom.startPlan({ ...grimstad, assessmentId: id, areaNo: 6 });
    const add = (text: string) =>
      as(leader).mulighetsrom.addAction({ ...grimstad, planId: plan.id, text, owner: "Lise", deadline: "2025-12-31", status: "ikke_startet" });
    const a = await add("Kartlegge");
    const b = await add("Skrive plan");
    const c = await add("Forankre");
    const order = async () => (await as(leader).mulighetsrom.plan({ ...grimstad, planId: plan.id })).actions.map((x) => x.text);
    expect(await order()).toEqual(["Kartlegge", "Skrive plan", "Forankre"]);

    await expect(as(leader).mulighetsrom.moveAction({ ...grimstad, actionId: c.id, direction: "up" })).resolves.toEqual({ moved: true });
    expect(await order()).toEqual(["Kartlegge", "Forankre", "Skrive plan"]);
    await expect(as(leader).mulighetsrom.moveAction({ ...grimstad, actionId: a.id, direction: "down" })).resolves.toEqual({ moved: true });
    expect(await order()).toEqual(["Forankre", "Kartlegge", "Skrive plan"]);
    // At either end nothing moves.
    await expect(as(leader).mulighetsrom.moveAction({ ...grimstad, actionId: c.id, direction: "up" })).resolves.toEqual({ moved: false });
    await expect(as(leader).mulighetsrom.moveAction({ ...grimstad, actionId: b.id, direction: "down" })).resolves.toEqual({ moved: false });
    expect(await order()).toEqual(["Forankre", "Kartlegge", "Skrive plan"]);

    await expect(
      as(owner).mulighetsrom.updateAction({
        ...grimstad,
        actionId: a.id,
        version: 1,
        text: "Kartlegge dobbeltarbeid",
        owner: "Ola",
        deadline: null,
        status: "fullfort",
      }),
    ).resolves.toEqual({ version: 2 });
    await expect(
      as(leader).mulighetsrom.updateAction({ ...grimstad, actionId: a.id, version: 1, text: "x", owner: "", deadline: null, status: "utsatt" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(as(leader).mulighetsrom.removeAction({ ...grimstad, actionId: b.id, version: 2 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(as(leader).mulighetsrom.removeAction({ ...grimstad, actionId: b.id, version: 1 })).resolves.toEqual({ id: b.id });
    const view = await as(leader).mulighetsrom.plan({ ...grimstad, planId: plan.id });
    expect(view.actions.map((x) => [x.text, x.owner, x.deadline, x.status])).toEqual([
      ["Forankre", "Lise", "2025-12-31", "ikke_startet"],
      ["Kartlegge dobbeltarbeid", "Ola", null, "fullfort"],
    ]);
    // A new action goes last.
    await add("Evaluere");
    expect(await order()).toEqual(["Forankre", "Kartlegge dobbeltarbeid", "Evaluere"]);

    const summary = await as(leader).mulighetsrom.get({ ...grimstad, assessmentId: id });
    expect(summary.areas.find((x) => x.no === 6)!.plan).toEqual({ id: plan.id, done: 1, total: 3 });
    const plans = await as(dept).mulighetsrom.plans(grimstad);
    expect(plans).toMatchObject([{ id: plan.id, areaNo: 6, done: 1, total: 3 }]);
    const audited = await db.select().from(auditEvent).where(eq(auditEvent.entity, "development_action"));
    expect(audited.map((e) => e.action).sort()).toEqual(["create", "create", "create", "create", "delete", "update", "update", "update"]);
  });

  it("stay editable after the assessment is closed", async () => {
    const plan = await as(leader).mulighetsrom.startPlan({ ...grimstad, assessmentId: id, areaNo: 6 });
    await as(leader).mulighetsrom.setOpen({ ...grimstad, assessmentId: id, version: 2, open: false });
    await expect(
      as(leader).mulighetsrom.addAction({ ...grimstad, planId: plan.id, text: "Følge opp", owner: "", deadline: null, status: "pagar" }),
    ).resolves.toHaveProperty("id");
  });
});

describe("mulighetsrom.history", () => {
  it("reports how each area's agreed status moved between assessments", async () => {
    const earlier = await createAssessment([leader], "2024-03-01");
    await as(leader).mulighetsrom.setStatuses({
      ...grimstad,
      assessmentId: earlier,
      version: 1,
      statuses: [
        { areaNo: 1, status: "kan_styrkes" },
        { areaNo: 2, status: "sterk" },
      ],
    });
    await as(leader).mulighetsrom.setPriorities({ ...grimstad, assessmentId: earlier, version: 2, considered: [], prioritised: [1], main: 1 });
    const later = await createAssessment([leader], "2025-03-01");
    await as(leader).mulighetsrom.setStatuses({
      ...grimstad,
      assessmentId: later,
      version: 1,
      statuses: [
        { areaNo: 1, status: "sterk" },
        { areaNo: 2, status: "kan_styrkes" },
        { areaNo: 3, status: "sterk" },
      ],
    });

    const history = await as(dept).mulighetsrom.history(grimstad);
    expect(history.assessments.map((a) => a.id)).toEqual([earlier, later]);
    const steps = (no: number) => history.areas.find((a) => a.no === no)!.steps;
    expect(steps(1)).toEqual([
      { assessmentId: earlier, status: "kan_styrkes", change: null },
      { assessmentId: later, status: "sterk", change: "forbedret" },
    ]);
    expect(steps(2).map((s) => s.change)).toEqual([
      null,
      "svekket",
    ]);
    expect(steps(3).map((s) => s.change)).toEqual([
      null,
      "endret",
    ]);
    expect(steps(4).map((s) => [s.status, s.change])).toEqual([
      ["ikke_vurdert", null],
      ["ikke_vurdert", "uendret"],
    ]);
    expect(history.areas.find((a) => a.no === 1)!.prioritisedIn).toEqual([earlier]);
    // The list is newest first.
    expect((await as(dept).mulighetsrom.list(grimstad)).assessments.map((a) => a.id)).toEqual([later, earlier]);

    // The start page reads the same in one call; only editors get the people to invite.
    const readerPage = await as(dept).mulighetsrom.overview(grimstad);
    expect(readerPage.history).toEqual(history);
    expect(readerPage.assessments.map((a) => a.id)).toEqual([later, earlier]);
    expect(readerPage).toMatchObject({ canEdit: false, eligible: [] });
    const editorPage = await as(leader).mulighetsrom.overview(grimstad);
    expect(editorPage.canEdit).toBe(true);
    expect(editorPage.eligible.map((p) => p.name)).toContain("Anne Avdeling");
  });
});

describe("malformed input", () => {
  it("gets BAD_REQUEST with Norwegian messages, never an internal error", async () => {
    const id = await createAssessment();
    const lead = as(leader);
    expect(
      await refusal(
        lead.mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "1", score: "rod" as AreaScore, comment: "", version: 0 }),
      ),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Velg sterk, kan styrkes eller ikke vurdert."] });
    expect(
      await refusal(lead.mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "21", score: "sterk", comment: "", version: 0 })),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Ukjent område."] });
    expect(
      await refusal(
        lead.mulighetsrom.saveAnswer({ ...grimstad, assessmentId: id, item: "b1", score: "sterk", comment: "x".repeat(1001), version: 0 }),
      ),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Kommentaren kan ha høyst 1000 tegn."] });
    expect(
      await refusal(lead.mulighetsrom.setStatuses({ ...grimstad, assessmentId: id, version: 1, statuses: [{ areaNo: 21, status: "sterk" }] })),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Ugyldig område."] });
    expect(
      await refusal(
        lead.mulighetsrom.setPriorities({ ...grimstad, assessmentId: id, version: 1, considered: [0], prioritised: [], main: null }),
      ),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Ugyldig område."] });
    expect(await refusal(lead.mulighetsrom.startPlan({ ...grimstad, assessmentId: id, areaNo: 21 }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Ugyldig område."],
    });
    expect(
      await refusal(
        lead.mulighetsrom.create({ ...grimstad, heldOn: "2025-02-30" } as unknown as Parameters<Caller["mulighetsrom"]["create"]>[0]),
      ),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Dato må være en dato som finnes.", "Anledning må fylles ut.", "Velg deltakere."] });
    expect(
      await refusal(lead.mulighetsrom.create({ ...grimstad, heldOn: "2025-02-01", occasion: "  ", participantUserIds: [] })),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Anledning må fylles ut.", "Velg minst én deltaker."] });
    expect(
      await refusal(
        lead.mulighetsrom.submit({ ...grimstad, assessmentId: id } as unknown as Parameters<Caller["mulighetsrom"]["submit"]>[0]),
      ),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Svar på om svarene dine kan vises med navn."] });
    expect(
      await refusal(
        lead.mulighetsrom.setOpen({ ...grimstad, assessmentId: id, version: -1, open: "ja" as unknown as boolean }),
      ),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Ugyldig versjon.", "Velg åpen eller avsluttet."] });

    expect(await db.select().from(assessment)).toHaveLength(1);
    expect(await db.select().from(assessmentAnswer)).toHaveLength(0);
    expect((await assessmentRow(id)).version).toBe(1);
  });

  it("answers NOT_FOUND for an assessment id that does not exist", async () => {
    await expect(as(leader).mulighetsrom.get({ ...grimstad, assessmentId: "finnes-ikke" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(as(leader).mulighetsrom.plan({ ...grimstad, planId: "finnes-ikke" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the assessment spreadsheet", () => {
  const sheetTexts = async (bytes: Uint8Array<ArrayBuffer>) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    return Object.fromEntries(
      workbook.worksheets.map((sheet) => {
        const texts: string[] = [];
        sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
        return [sheet.name, texts];
      }),
    );
  };

  it("is in bokmål by default and in nynorsk when that is the document language", async () => {
    const report = await as(leader).mulighetsrom.report({ ...grimstad, assessmentId: await createAssessment() });

    const bokmal = await sheetTexts(await assessmentWorkbook(report));
    expect(Object.keys(bokmal)).toEqual(["Status", "Betingelser", "Tiltak", "Om vurderingen"]);
    expect(bokmal.Status).toEqual(expect.arrayContaining(["Område", "Hovedområde", "Stat: Kan styrkes", "Samfunnsoppdrag og strategi"]));
    expect(bokmal["Om vurderingen"]).toEqual(expect.arrayContaining(["Svar levert", "0 av 4 deltakere", "Åpen"]));

    const nynorsk = await sheetTexts(await assessmentWorkbook(report, "nn"));
    expect(Object.keys(nynorsk)).toEqual(["Status", "Vilkår", "Tiltak", "Om vurderinga"]);
    expect(nynorsk.Status).toEqual(expect.arrayContaining(["Område", "Hovudområde", "Stat: Kan styrkjast", "Ikkje vurdert"]));
    expect(nynorsk["Om vurderinga"]).toEqual(expect.arrayContaining(["Svar leverte", "0 av 4 deltakarar", "Open"]));
    expect(nynorsk.Status!.join(" ")).not.toMatch(/Kan styrkes|Ikke vurdert|Hovedområde/);
  });
});
