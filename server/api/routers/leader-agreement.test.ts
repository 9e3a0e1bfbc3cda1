import { hashPassword } from "better-auth/crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { auditEvent, leaderAgreementSignature, leaderAgreementVersion, roleAssignment } from "~/db/schema";
import { createTestDatabase, grantRole, makeFylke, makeKommune, makePartnership, makeUser } from "~/test/factories";
import type { DomainError } from "~/server/domain/errors";
import { sha256 } from "~/server/domain/leader-agreement/canonical";
import { agreementTemplate } from "~/server/domain/leader-agreement/template";
import { agreementsAwaitingSignature, agreementStatusByPartnership } from "~/server/domain/leader-agreement/view";
import { callerFor, refusal, sessionUserOf } from "~/test/caller";
import { createCaller } from "~/server/api/root";

const { purpose: defaultPurpose, leaderDuties: defaultLeaderDuties, ownerDuties: defaultOwnerDuties } = agreementTemplate("nb");

const PASSWORD = "riktig-passord-123";
const G = "grimstad";
const YEAR = 2027;

type User = Awaited<ReturnType<typeof makeUser>>;

let passwordHash: string;
let db: Database;
let fylkeId: string;
let home: Awaited<ReturnType<typeof makePartnership>>;
let other: Awaited<ReturnType<typeof makePartnership>>;
let eier: User;
let fylkesdirektor: User;
let leder: User;
let delegat: User;
let avdelingsleder: User;
let outsider: User;

beforeAll(async () => {
  // scrypt is slow: hash once for every person who signs.
  passwordHash = await hashPassword(PASSWORD);
});

beforeEach(async () => {
  db = await createTestDatabase();
  fylkeId = (await makeFylke(db, { slug: "agder", name: "Agder" })).id;
  const grimstad = await makeKommune(db, fylkeId, { name: "Grimstad" });
  home = await makePartnership(db, fylkeId, { slug: G, officeName: "Nav Grimstad", kommuneIds: [grimstad.id] });
  other = await makePartnership(db, fylkeId, { slug: "arendal", officeName: "Nav Arendal" });

  eier = await makeUser(db, { name: "Kari Eier", passwordHash });
  await grantRole(db, eier.id, "kommunal_eier", { partnershipId: home.id, kommuneId: grimstad.id, title: "Kommunedirektør" });
  fylkesdirektor = await makeUser(db, { name: "Finn Fylke", passwordHash });
  await grantRole(db, fylkesdirektor.id, "fylkesdirektor", { fylkeId });
  leder = await makeUser(db, { name: "Nora Leder", passwordHash });
  await grantRole(db, leder.id, "nav_leder", { partnershipId: home.id });
  delegat = await makeUser(db, { name: "Dag Delegat", passwordHash });
  await grantRole(db, delegat.id, "kommunal_delegat", { partnershipId: home.id, kommuneId: grimstad.id, title: "Kommunalsjef" });
  avdelingsleder = await makeUser(db, { name: "Anne Avdeling", passwordHash });
  await grantRole(db, avdelingsleder.id, "avdelingsleder", { partnershipId: home.id });
  outsider = await makeUser(db, { name: "Ola Utenfor", passwordHash });
  await grantRole(db, outsider.id, "nav_leder", { partnershipId: other.id });
});

const call = (user: User | null) => callerFor(db, user);

async function create(by: User = leder, year = YEAR) {
  const { id } = await call(by).leaderAgreement.create({ partnership: G, year, basis: "mal" });
  return id;
}

async function current(versionId?: string, by: User = leder, year = YEAR) {
  const result = await call(by).leaderAgreement.year({ partnership: G, year, versionId });
  if (!result.current) throw new Error("Expected an agreement");
  return result.current;
}

async function signAs(user: User, versionId: string, password = PASSWORD) {
  const { hash } = await current(versionId);
  return call(user).leaderAgreement.sign({ partnership: G, versionId, expectedHash: hash, password });
}

async function signAll(versionId: string) {
  for (const user of [fylkesdirektor, leder, eier]) await signAs(user, versionId);
}

const rowOf = async (versionId: string) =>
  (await db.select().from(leaderAgreementVersion).where(eq(leaderAgreementVersion.id, versionId)).limit(1))[0]!;
const signaturesOf = (versionId: string) => db.select().from(leaderAgreementSignature).where(eq(leaderAgreementSignature.versionId, versionId));
/** audit_event is append-only, so its rows come back in the order they were written. */
const auditOf = (entity: string) => db.select().from(auditEvent).where(eq(auditEvent.entity, entity));

async function errorOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    return error as { code: string; message: string; cause?: unknown };
  }
  throw new Error("Expected the call to be refused, but it succeeded.");
}

describe("leaderAgreement.create", () => {
  it("takes the template in the language of the person who makes the draft, and answers in it", async () => {
    const nynorsk = createCaller({ db, user: sessionUserOf(leder), locale: "nn" }).leaderAgreement;
    await nynorsk.create({ partnership: G, year: YEAR, basis: "mal" });
    const agreement = await current();
    const template = agreementTemplate("nn");
    expect(agreement.purpose).toBe(template.purpose);
    expect(agreement.purpose).toMatch(/^Avtalen skildrar kva eigarane i partnarskapet/);
    expect(agreement.leaderDuties.map((d) => d.text)).toEqual(template.leaderDuties);
    expect(agreement.ownerDuties.map((d) => d.text)).toEqual(template.ownerDuties);
    expect(agreement.changeClause).toBe(template.changeClause);
    // A party without a title of their own is named by their role, in the maker's language too.
    expect(agreement.parties.find((p) => p.party === "kontor")?.title).toBe("Nav-leiar");
    // The draft is data now: a bokmål reader sees it as written.
    expect((await current(undefined, eier)).purpose).toBe(template.purpose);
    expect(await refusal(nynorsk.create({ partnership: G, year: YEAR, basis: "mal" }))).toEqual({
      code: "CONFLICT",
      messages: ["Det finst allereie ein leiaravtale for 2027."],
    });
  });

  it("makes version 1 from the template with the kommunal eier, the fylkesdirektør and the Nav-leder as parties", async () => {
    const id = await create();
    const agreement = await current();
    expect(agreement).toMatchObject({ id, year: YEAR, versionNo: 1, status: "utkast", officeName: "Nav Grimstad", signedHash: null });
    expect(agreement.parties.map(({ userId, party, name, title }) => ({ userId, party, name, title }))).toEqual([
      { userId: eier.id, party: "kommune", name: "Kari Eier", title: "Kommunedirektør, Grimstad kommune" },
      { userId: fylkesdirektor.id, party: "stat", name: "Finn Fylke", title: "Fylkesdirektør" },
      { userId: leder.id, party: "kontor", name: "Nora Leder", title: "Nav-leder" },
    ]);
    expect(agreement.purpose).toBe(defaultPurpose);
    expect(agreement.leaderDuties.map((d) => d.text)).toEqual(defaultLeaderDuties);
    expect(agreement.ownerDuties.map((d) => d.text)).toEqual(defaultOwnerDuties);
    expect(new Set(agreement.leaderDuties.map((d) => d.id)).size).toBe(defaultLeaderDuties.length);
    expect(agreement.signatures).toEqual([]);
    expect(agreement.missing).toHaveLength(3);
    expect(agreement.editable).toBe(true);
    expect(agreement.canSign).toBe(true);

    const audit = await auditOf("leader_agreement");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: id, action: "create", actorUserId: leder.id, partnershipId: home.id });
    expect(audit[0]!.changes).toMatchObject({ year: YEAR, versionNo: 1, basis: "mal" });
  });

  it("lets a kommunal delegat draft it, but not an avdelingsleder", async () => {
    const refused = await refusal(call(avdelingsleder).leaderAgreement.create({ partnership: G, year: YEAR, basis: "mal" }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(await db.select().from(leaderAgreementVersion)).toHaveLength(0);
    await create(delegat);
    expect((await current()).createdByUserId).toBe(delegat.id);
  });

  it("refuses a second agreement for the same year with a conflict", async () => {
    await create();
    const refused = await refusal(call(eier).leaderAgreement.create({ partnership: G, year: YEAR, basis: "mal" }));
    expect(refused).toEqual({ code: "CONFLICT", messages: ["Det finnes allerede en lederavtale for 2027."] });
    expect(await db.select().from(leaderAgreementVersion)).toHaveLength(1);
  });

  it("refuses to build on last year's agreement when there is none", async () => {
    const refused = await refusal(call(leder).leaderAgreement.create({ partnership: G, year: YEAR, basis: "forrige" }));
    expect(refused).toEqual({ code: "BAD_REQUEST", messages: ["Det finnes ingen lederavtale for 2026 å bygge på."] });
    expect(await db.select().from(leaderAgreementVersion)).toHaveLength(0);
  });

  it("copies last year's latest text (with new duty ids) when building on it", async () => {
    const lastYear = await create(leder, 2026);
    const before = await current(lastYear, leder, 2026);
    await call(leder).leaderAgreement.editDuty({
      partnership: G,
      op: "add",
      versionId: lastYear,
      version: before.version,
      list: "ownerDuties",
      text: "Møtes hvert kvartal.",
    });
    await call(leder).leaderAgreement.updateText({
      partnership: G,
      versionId: lastYear,
      version: before.version + 1,
      purpose: "Fjorårets formål.",
      changeClause: "Fjorårets endringsregel.",
      place: "Grimstad",
      signingDate: "2026-01-15",
    });
    expect((await call(leder).leaderAgreement.year({ partnership: G, year: YEAR })).hasPreviousYear).toBe(true);
    const { id } = await call(leder).leaderAgreement.create({ partnership: G, year: YEAR, basis: "forrige" });
    const agreement = await current(id);
    expect(agreement).toMatchObject({ purpose: "Fjorårets formål.", changeClause: "Fjorårets endringsregel.", place: "Grimstad", signingDate: null });
    expect(agreement.ownerDuties.map((d) => d.text)).toEqual([...defaultOwnerDuties, "Møtes hvert kvartal."]);
    const oldIds = new Set([...before.leaderDuties, ...before.ownerDuties].map((d) => d.id));
    expect([...agreement.leaderDuties, ...agreement.ownerDuties].some((d) => oldIds.has(d.id))).toBe(false);
  });

  it("refuses a partnership that has no fylkesdirektør, in Norwegian", async () => {
    const vestland = (await makeFylke(db, { slug: "vestland" })).id;
    const kommune = await makeKommune(db, vestland, { name: "Bergen" });
    const bergen = await makePartnership(db, vestland, { slug: "bergen", kommuneIds: [kommune.id] });
    const navLeder = await makeUser(db, { passwordHash });
    await grantRole(db, navLeder.id, "nav_leder", { partnershipId: bergen.id });
    await grantRole(db, (await makeUser(db)).id, "kommunal_eier", { partnershipId: bergen.id, kommuneId: kommune.id });
    const refused = await refusal(call(navLeder).leaderAgreement.create({ partnership: "bergen", year: YEAR, basis: "mal" }));
    expect(refused).toEqual({
      code: "BAD_REQUEST",
      messages: ["Avtalen trenger alle tre parter. Partnerskapet mangler en fylkesdirektør."],
    });
    expect(await db.select().from(leaderAgreementVersion)).toHaveLength(0);
  });
});

describe("leaderAgreement.year", () => {
  it("answers an empty year without an agreement", async () => {
    const result = await call(leder).leaderAgreement.year({ partnership: G, year: YEAR });
    expect(result).toMatchObject({ year: YEAR, versions: [], current: null, canEdit: true, hasPreviousYear: false });
  });

  it("returns the canonical text and its hash, also to a reader who may not edit", async () => {
    await create();
    const agreement = await current(undefined, avdelingsleder);
    expect(agreement.text.split("\n")[0]).toBe("LEDERAVTALE 2027 – Nav Grimstad");
    expect(agreement.text).toContain(`2.1 ${defaultLeaderDuties[0]}`);
    expect(agreement.text).toContain("- For kommunen: Kari Eier, Kommunedirektør, Grimstad kommune");
    expect(agreement.text).toContain("Sted og dato: (ikke satt), (ikke satt)");
    expect(agreement.hash).toBe(sha256(agreement.text));
    expect(agreement.editable).toBe(false);
    expect(agreement.canSign).toBe(false);
    expect((await call(avdelingsleder).leaderAgreement.year({ partnership: G, year: YEAR })).canEdit).toBe(false);
    // A delegate edits but is not a party.
    const forDelegate = await current(undefined, delegat);
    expect(forDelegate.editable).toBe(true);
    expect(forDelegate.canSign).toBe(false);
  });
});

describe("editing a draft", () => {
  it("saves the text for the Nav-leder, bumps the version, changes the hash and audits it", async () => {
    const id = await create();
    const before = await current(id);
    const result = await call(leder).leaderAgreement.updateText({
      partnership: G,
      versionId: id,
      version: before.version,
      purpose: "Nytt formål.",
      changeClause: before.changeClause,
      place: "Grimstad",
      signingDate: "2027-03-05",
    });
    expect(result.version).toBe(before.version + 1);
    const after = await current(id);
    expect(after).toMatchObject({ purpose: "Nytt formål.", place: "Grimstad", signingDate: "2027-03-05" });
    expect(after.text).toContain("Sted og dato: Grimstad, 5.3.2027");
    expect(after.hash).not.toBe(before.hash);
    const audit = (await auditOf("leader_agreement")).filter((a) => a.action === "update");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: id, actorUserId: leder.id, partnershipId: home.id });
    expect(audit[0]!.changes).toMatchObject({ purpose: { from: defaultPurpose, to: "Nytt formål." }, place: { from: "", to: "Grimstad" } });
    expect(audit[0]!.changes).not.toHaveProperty("changeClause");
  });

  it("lets a kommunal delegat add, change, move and remove duties, each step audited", async () => {
    const id = await create();
    const me = call(delegat).leaderAgreement;
    let version = (await current(id)).version;
    const audits = async () => (await auditOf("leader_agreement")).filter((a) => a.entityId === id && a.action === "update");

    ({ version } = await me.editDuty({ partnership: G, op: "add", versionId: id, version, list: "leaderDuties", text: "Nytt ansvar." }));
    let duties = (await current(id)).leaderDuties;
    expect(duties.map((d) => d.text)).toEqual([...defaultLeaderDuties, "Nytt ansvar."]);
    expect(await audits()).toHaveLength(1);
    const added = duties.at(-1)!;

    ({ version } = await me.editDuty({ partnership: G, op: "update", versionId: id, version, list: "leaderDuties", itemId: added.id, text: "Endret ansvar." }));
    duties = (await current(id)).leaderDuties;
    expect(duties.at(-1)).toEqual({ id: added.id, text: "Endret ansvar." });
    expect((await audits()).at(-1)!.changes).toMatchObject({ list: "leaderDuties", item: { from: "Nytt ansvar.", to: "Endret ansvar." } });

    ({ version } = await me.editDuty({ partnership: G, op: "move", versionId: id, version, list: "leaderDuties", itemId: added.id, direction: "up" }));
    duties = (await current(id)).leaderDuties;
    expect(duties.map((d) => d.text).slice(-2)).toEqual(["Endret ansvar.", defaultLeaderDuties.at(-1)]);
    expect((await current(id)).text).toContain(`2.${defaultLeaderDuties.length} Endret ansvar.\n2.${defaultLeaderDuties.length + 1} ${defaultLeaderDuties.at(-1)}`);

    ({ version } = await me.editDuty({ partnership: G, op: "remove", versionId: id, version, list: "leaderDuties", itemId: added.id }));
    duties = (await current(id)).leaderDuties;
    expect(duties.map((d) => d.text)).toEqual(defaultLeaderDuties);
    expect(await audits()).toHaveLength(4);
    expect((await audits()).every((a) => a.actorUserId === delegat.id)).toBe(true);
    expect((await current(id)).version).toBe(version);
  });

  it("refuses an avdelingsleder and changes nothing", async () => {
    const id = await create();
    const before = await current(id);
    const reader = call(avdelingsleder).leaderAgreement;
    const text = { partnership: G, versionId: id, version: before.version, purpose: "X", changeClause: "Y", place: "", signingDate: null };
    expect((await refusal(reader.updateText(text))).code).toBe("FORBIDDEN");
    expect(
      (await refusal(reader.editDuty({ partnership: G, op: "add", versionId: id, version: before.version, list: "ownerDuties", text: "Z" }))).code,
    ).toBe("FORBIDDEN");
    expect((await refusal(reader.startAmendment({ partnership: G, versionId: id }))).code).toBe("FORBIDDEN");
    expect((await current(id)).hash).toBe(before.hash);
    expect((await auditOf("leader_agreement")).filter((a) => a.action === "update")).toHaveLength(0);
  });

  it("answers a stale version with a conflict and keeps the first save", async () => {
    const id = await create();
    const { version } = await current(id);
    await call(leder).leaderAgreement.updateText({ partnership: G, versionId: id, version, purpose: "Først.", changeClause: "K", place: "", signingDate: null });
    const stale = await refusal(
      call(eier).leaderAgreement.updateText({ partnership: G, versionId: id, version, purpose: "Sist.", changeClause: "K", place: "", signingDate: null }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.messages[0]).toMatch(/^Noen andre har lagret en endring/);
    const staleDuty = await refusal(
      call(delegat).leaderAgreement.editDuty({ partnership: G, op: "add", versionId: id, version, list: "ownerDuties", text: "For sent." }),
    );
    expect(staleDuty.code).toBe("CONFLICT");
    const after = await current(id);
    expect(after.purpose).toBe("Først.");
    expect(after.ownerDuties.map((d) => d.text)).toEqual(defaultOwnerDuties);
  });

  it("answers NOT_FOUND for a duty that is not in the list", async () => {
    const id = await create();
    const agreement = await current(id);
    const refused = await refusal(
      call(leder).leaderAgreement.editDuty({
        partnership: G,
        op: "remove",
        versionId: id,
        version: agreement.version,
        list: "ownerDuties",
        itemId: agreement.leaderDuties[0]!.id,
      }),
    );
    expect(refused).toEqual({ code: "NOT_FOUND", messages: ["Fant ikke punktet."] });
  });
});

describe("leaderAgreement.sign", () => {
  it("refuses a wrong password, signs nothing and audits the refusal", async () => {
    const id = await create();
    const error = await errorOf(signAs(leder, id, "feil-passord"));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Passordet stemmer ikke. Avtalen er ikke signert.");
    expect((error.cause as DomainError).field).toBe("password");
    expect(await signaturesOf(id)).toHaveLength(0);
    const audit = await auditOf("leader_agreement_signature");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: id, actorUserId: leder.id, partnershipId: home.id });
    expect(audit[0]!.changes).toMatchObject({ refused: "wrong_password", year: YEAR, versionNo: 1 });
  });

  it("stops after five wrong passwords, even when the sixth is right, for that person only", async () => {
    const id = await create();
    for (let i = 0; i < 5; i++) expect((await refusal(signAs(leder, id, `feil-${i}`))).code).toBe("BAD_REQUEST");
    const blocked = await refusal(signAs(leder, id));
    expect(blocked).toEqual({ code: "FORBIDDEN", messages: ["For mange forsøk med feil passord. Vent et kvarter og prøv igjen."] });
    expect(await signaturesOf(id)).toHaveLength(0);
    await expect(signAs(eier, id)).resolves.toMatchObject({ complete: false });
  });

  it("counts only refusals from the last fifteen minutes", async () => {
    const id = await create();
    for (let i = 0; i < 5; i++) await refusal(signAs(leder, id, `feil-${i}`));
    await db
      .update(auditEvent)
      .set({ at: new Date(Date.now() - 16 * 60 * 1000) })
      .where(eq(auditEvent.entity, "leader_agreement_signature"));
    await expect(signAs(leder, id)).resolves.toMatchObject({ complete: false });
  });

  it("does not let a delegate sign, even with the right password", async () => {
    const id = await create();
    const refused = await refusal(signAs(delegat, id));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.messages[0]).toBe("Bare Nav-lederen, rådmannen (kommunedirektøren) og fylkesdirektøren signerer lederavtalen.");
    expect(await signaturesOf(id)).toHaveLength(0);
    expect((await refusal(signAs(avdelingsleder, id))).code).toBe("FORBIDDEN");
  });

  it("refuses a signature on a text that changed after it was shown", async () => {
    const id = await create();
    const shown = await current(id);
    await call(delegat).leaderAgreement.editDuty({ partnership: G, op: "add", versionId: id, version: shown.version, list: "ownerDuties", text: "Nytt." });
    const refused = await refusal(call(leder).leaderAgreement.sign({ partnership: G, versionId: id, expectedHash: shown.hash, password: PASSWORD }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.messages[0]).toMatch(/^Teksten er endret/);
    expect(await signaturesOf(id)).toHaveLength(0);
  });

  it("completes after all three have signed, in any order, and fixes the hash", async () => {
    const id = await create();
    const { hash } = await current(id);
    expect(await signAs(fylkesdirektor, id)).toEqual({ complete: false, hash });
    expect(await signAs(leder, id)).toEqual({ complete: false, hash });
    const halfway = await current(id);
    expect(halfway.status).toBe("utkast");
    expect(halfway.missing.map((p) => p.userId)).toEqual([eier.id]);
    expect((await rowOf(id)).signedHash).toBeNull();
    expect(await signAs(eier, id)).toEqual({ complete: true, hash });

    const signed = await current(id);
    expect(signed.status).toBe("signert");
    expect(signed.signedHash).toBe(hash);
    expect(signed.signedAt).toBeInstanceOf(Date);
    expect(signed.missing).toEqual([]);
    expect(signed.editable).toBe(false);
    expect(signed.canSign).toBe(false);
    expect(signed.canAmend).toBe(true);
    expect(signed.signatures.map((s) => [s.userId, s.party, s.textHash])).toEqual(
      expect.arrayContaining([
        [fylkesdirektor.id, "stat", hash],
        [leder.id, "kontor", hash],
        [eier.id, "kommune", hash],
      ]),
    );
    const audit = (await auditOf("leader_agreement_signature")).filter((a) => a.action === "create");
    expect(audit.map((a) => (a.changes as { complete: boolean }).complete)).toEqual([false, false, true]);
  });

  it("completes in another order too (Nav-leder, kommunal eier, fylkesdirektør)", async () => {
    const id = await create();
    for (const [user, done] of [
      [leder, false],
      [eier, false],
      [fylkesdirektor, true],
    ] as const) {
      expect((await signAs(user, id)).complete).toBe(done);
    }
    expect((await rowOf(id)).status).toBe("signert");
  });

  it("refuses signing twice", async () => {
    const id = await create();
    await signAs(leder, id);
    expect((await current(id)).signedByMe).toBe(true);
    expect(await refusal(signAs(leder, id))).toEqual({ code: "BAD_REQUEST", messages: ["Du har allerede signert denne versjonen."] });
    expect(await signaturesOf(id)).toHaveLength(1);
  });
});

describe("a draft with a signature", () => {
  it("cannot be edited until the signature is withdrawn", async () => {
    const id = await create();
    await signAs(leder, id);
    const { version } = await current(id);
    const text = await refusal(
      call(eier).leaderAgreement.updateText({ partnership: G, versionId: id, version, purpose: "Endret.", changeClause: "K", place: "", signingDate: null }),
    );
    expect(text.code).toBe("BAD_REQUEST");
    expect(text.messages[0]).toMatch(/^Minst én part har signert/);
    const duty = await refusal(
      call(delegat).leaderAgreement.editDuty({ partnership: G, op: "add", versionId: id, version, list: "leaderDuties", text: "Nytt." }),
    );
    expect(duty.code).toBe("BAD_REQUEST");
    expect((await current(id, delegat)).editable).toBe(false);

    expect(await refusal(call(eier).leaderAgreement.withdrawSignature({ partnership: G, versionId: id }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Du har ikke signert denne versjonen."],
    });
    await expect(call(leder).leaderAgreement.withdrawSignature({ partnership: G, versionId: id })).resolves.toEqual({ withdrawn: true });
    expect(await signaturesOf(id)).toHaveLength(0);
    expect((await auditOf("leader_agreement_signature")).filter((a) => a.action === "delete")).toHaveLength(1);

    await call(eier).leaderAgreement.updateText({ partnership: G, versionId: id, version, purpose: "Endret.", changeClause: "K", place: "", signingDate: null });
    expect((await current(id)).purpose).toBe("Endret.");
  });
});

describe("a signed version", () => {
  async function signedAgreement() {
    const id = await create();
    await signAll(id);
    return { id, signed: await current(id) };
  }

  it("refuses every change at the router: text, duties, signatures", async () => {
    const { id, signed } = await signedAgreement();
    const version = signed.version;
    const first = signed.leaderDuties[0]!.id;
    const last = signed.leaderDuties.at(-1)!.id;
    const attempts: [string, () => Promise<unknown>][] = [
      ["updateText", () => call(leder).leaderAgreement.updateText({ partnership: G, versionId: id, version, purpose: "Etterpå.", changeClause: "K", place: "", signingDate: null })],
      ["add", () => call(delegat).leaderAgreement.editDuty({ partnership: G, op: "add", versionId: id, version, list: "leaderDuties", text: "Etterpå." })],
      ["update", () => call(eier).leaderAgreement.editDuty({ partnership: G, op: "update", versionId: id, version, list: "leaderDuties", itemId: first, text: "Etterpå." })],
      ["remove", () => call(eier).leaderAgreement.editDuty({ partnership: G, op: "remove", versionId: id, version, list: "leaderDuties", itemId: first })],
      ["move", () => call(eier).leaderAgreement.editDuty({ partnership: G, op: "move", versionId: id, version, list: "leaderDuties", itemId: first, direction: "down" })],
      // Moving past the ends changes nothing, but must not look like a successful edit either.
      ["move up at top", () => call(eier).leaderAgreement.editDuty({ partnership: G, op: "move", versionId: id, version, list: "leaderDuties", itemId: first, direction: "up" })],
      ["move down at bottom", () => call(eier).leaderAgreement.editDuty({ partnership: G, op: "move", versionId: id, version, list: "leaderDuties", itemId: last, direction: "down" })],
      ["sign", () => call(leder).leaderAgreement.sign({ partnership: G, versionId: id, expectedHash: signed.hash, password: PASSWORD })],
      ["withdrawSignature", () => call(eier).leaderAgreement.withdrawSignature({ partnership: G, versionId: id })],
    ];
    for (const [what, attempt] of attempts) {
      const refused = await refusal(attempt());
      expect({ what, code: refused.code }).toEqual({ what, code: "BAD_REQUEST" });
    }
    const after = await current(id);
    expect(after.hash).toBe(signed.hash);
    expect(after.version).toBe(signed.version);
    expect(after.status).toBe("signert");
    expect(await signaturesOf(id)).toHaveLength(3);
    await expect(call(avdelingsleder).leaderAgreement.verify({ partnership: G, versionId: id })).resolves.toEqual({
      signedHash: signed.hash,
      currentHash: signed.hash,
      unchanged: true,
      signaturesMatch: true,
    });
  });

  it("shows tampering with the stored text in verify", async () => {
    const { id, signed } = await signedAgreement();
    await db.update(leaderAgreementVersion).set({ purpose: "Forfalsket formål." }).where(eq(leaderAgreementVersion.id, id));
    const result = await call(leder).leaderAgreement.verify({ partnership: G, versionId: id });
    expect(result.unchanged).toBe(false);
    expect(result.signaturesMatch).toBe(false);
    expect(result.signedHash).toBe(signed.hash);
    expect(result.currentHash).not.toBe(signed.hash);
  });

  it("shows tampering with a duty in verify", async () => {
    const { id, signed } = await signedAgreement();
    const duties = signed.ownerDuties.map((d, i) => (i === 0 ? { ...d, text: `${d.text} Men bare av og til.` } : d));
    await db.update(leaderAgreementVersion).set({ ownerDuties: duties }).where(eq(leaderAgreementVersion.id, id));
    expect((await call(leder).leaderAgreement.verify({ partnership: G, versionId: id })).unchanged).toBe(false);
  });

  it("is not 'unchanged' while still a draft", async () => {
    const id = await create();
    const result = await call(leder).leaderAgreement.verify({ partnership: G, versionId: id });
    expect(result).toMatchObject({ signedHash: null, unchanged: false });
  });
});

describe("leaderAgreement.startAmendment", () => {
  it("makes version 2 as an unsigned draft and keeps version 1 with its signatures", async () => {
    const v1 = await create();
    await signAll(v1);
    const signedV1 = await current(v1);
    const amendment = await call(delegat).leaderAgreement.startAmendment({ partnership: G, versionId: v1 });
    expect(amendment.versionNo).toBe(2);

    const year = await call(leder).leaderAgreement.year({ partnership: G, year: YEAR });
    expect(year.versions.map((v) => [v.versionNo, v.status])).toEqual([
      [2, "utkast"],
      [1, "signert"],
    ]);
    const v2 = year.current!;
    expect(v2).toMatchObject({ id: amendment.id, versionNo: 2, status: "utkast", amendmentOf: v1, signedHash: null, signingDate: null, isLatest: true });
    expect(v2.signatures).toEqual([]);
    expect(v2.missing).toHaveLength(3);
    expect(v2.canSign).toBe(true);
    expect(v2.editable).toBe(true);
    expect(v2.text).toContain("Versjon 2");
    expect(v2.hash).not.toBe(signedV1.hash);
    expect(v2.leaderDuties).toEqual(signedV1.leaderDuties);

    const old = await current(v1);
    expect(old).toMatchObject({ status: "signert", signedHash: signedV1.hash, isLatest: false, canAmend: false });
    expect(old.signatures).toHaveLength(3);
    expect((await auditOf("leader_agreement")).filter((a) => a.entityId === amendment.id)[0]!.changes).toMatchObject({ versionNo: 2, amendmentOf: 1 });

    // The amendment is edited and signed by all three again; version 1 stays as it was.
    await call(leder).leaderAgreement.updateText({ partnership: G, versionId: amendment.id, version: v2.version, purpose: "Endret formål.", changeClause: v2.changeClause, place: "", signingDate: null });
    await signAll(amendment.id);
    expect((await rowOf(amendment.id)).status).toBe("signert");
    expect(await call(leder).leaderAgreement.verify({ partnership: G, versionId: v1 })).toMatchObject({ unchanged: true, signedHash: signedV1.hash });
    expect((await rowOf(v1)).purpose).toBe(defaultPurpose);
  });

  it("refuses an amendment of a draft", async () => {
    const id = await create();
    const refused = await refusal(call(leder).leaderAgreement.startAmendment({ partnership: G, versionId: id }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.messages[0]).toMatch(/^Bare en signert avtale kan endres/);
    await signAs(leder, id);
    expect((await refusal(call(leder).leaderAgreement.startAmendment({ partnership: G, versionId: id }))).code).toBe("BAD_REQUEST");
    expect(await db.select().from(leaderAgreementVersion)).toHaveLength(1);
  });

  it("refuses a second amendment from the old version with a conflict", async () => {
    const v1 = await create();
    await signAll(v1);
    await call(leder).leaderAgreement.startAmendment({ partnership: G, versionId: v1 });
    const refused = await refusal(call(eier).leaderAgreement.startAmendment({ partnership: G, versionId: v1 }));
    expect(refused).toEqual({ code: "CONFLICT", messages: ["Det finnes allerede en nyere versjon (versjon 2)."] });
    expect(await db.select().from(leaderAgreementVersion)).toHaveLength(2);
  });

  it("refuses an amendment when the partnership no longer has all three parties", async () => {
    const v1 = await create();
    await signAll(v1);
    await db.delete(roleAssignment).where(and(eq(roleAssignment.userId, fylkesdirektor.id), eq(roleAssignment.role, "fylkesdirektor")));
    const refused = await refusal(call(leder).leaderAgreement.startAmendment({ partnership: G, versionId: v1 }));
    expect(refused).toEqual({
      code: "BAD_REQUEST",
      messages: ["Avtalen trenger alle tre parter. Partnerskapet mangler en fylkesdirektør."],
    });
    expect(await db.select().from(leaderAgreementVersion)).toHaveLength(1);
  });
});

describe("across partnerships", () => {
  it("refuses a Nav-leder of another partnership", async () => {
    const id = await create();
    const { hash, version } = await current(id);
    const them = call(outsider).leaderAgreement;
    const attempts = [
      () => them.year({ partnership: G, year: YEAR }),
      () => them.create({ partnership: G, year: 2028, basis: "mal" }),
      () => them.sign({ partnership: G, versionId: id, expectedHash: hash, password: PASSWORD }),
      () => them.updateText({ partnership: G, versionId: id, version, purpose: "X", changeClause: "Y", place: "", signingDate: null }),
      () => them.editDuty({ partnership: G, op: "add", versionId: id, version, list: "ownerDuties", text: "X" }),
      () => them.verify({ partnership: G, versionId: id }),
      () => them.withdrawSignature({ partnership: G, versionId: id }),
    ];
    for (const attempt of attempts) expect((await refusal(attempt())).code).toBe("FORBIDDEN");
    expect(await db.select().from(leaderAgreementVersion)).toHaveLength(1);
    expect(await signaturesOf(id)).toHaveLength(0);
    await expect(callerFor(db, null).leaderAgreement.year({ partnership: G, year: YEAR })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND for this partnership's version under another partnership's address", async () => {
    const id = await create();
    await signAll(id);
    const { hash, version } = await current(id);
    for (const user of [outsider, fylkesdirektor]) {
      const them = call(user).leaderAgreement;
      const A = "arendal";
      const attempts = [
        () => them.year({ partnership: A, year: YEAR, versionId: id }),
        () => them.updateText({ partnership: A, versionId: id, version, purpose: "X", changeClause: "Y", place: "", signingDate: null }),
        () => them.editDuty({ partnership: A, op: "add", versionId: id, version, list: "ownerDuties", text: "X" }),
        () => them.sign({ partnership: A, versionId: id, expectedHash: hash, password: PASSWORD }),
        () => them.withdrawSignature({ partnership: A, versionId: id }),
        () => them.startAmendment({ partnership: A, versionId: id }),
        () => them.verify({ partnership: A, versionId: id }),
      ];
      for (const attempt of attempts) expect(await refusal(attempt())).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await signaturesOf(id)).toHaveLength(3);
    expect(await db.select().from(leaderAgreementVersion)).toHaveLength(1);
    expect((await current(id)).hash).toBe(hash);
  });
});

describe("malformed input", () => {
  it("answers BAD_REQUEST with Norwegian messages, never an internal error", async () => {
    const id = await create();
    const { hash, version } = await current(id);
    const me = call(leder).leaderAgreement;
    const cases: [() => Promise<unknown>, string | RegExp][] = [
      [() => me.create({ partnership: G, year: 1999, basis: "mal" }), "Året må være mellom 2000 og 2100."],
      [() => me.year({ partnership: G, year: 2101 }), "Året må være mellom 2000 og 2100."],
      [() => me.year({ partnership: G, year: 2027.5 }), "Velg et år."],
      [() => me.year({ partnership: G, year: "2027" as unknown as number }), "Velg et år."],
      [() => me.create({ partnership: G, year: YEAR, basis: "tom" as "mal" }), "Velg om avtalen skal bygge på malen eller fjorårets avtale."],
      [() => me.sign({ partnership: G, versionId: id, expectedHash: "abc", password: PASSWORD }), "Ugyldig kontrollsum."],
      [() => me.sign({ partnership: G, versionId: id, expectedHash: hash.toUpperCase(), password: PASSWORD }), "Ugyldig kontrollsum."],
      [() => me.sign({ partnership: G, versionId: id, expectedHash: hash } as never), "Skriv passordet ditt."],
      [() => me.sign({ partnership: G, versionId: id, expectedHash: hash, password: "" }), "Skriv passordet ditt."],
      [() => me.sign({ partnership: G, versionId: id, expectedHash: hash, password: "x".repeat(201) }), "Passordet er for langt."],
      [() => me.editDuty({ partnership: G, op: "swap", versionId: id, version, list: "leaderDuties" } as never), /^Ugyldig/],
      [() => me.editDuty({ partnership: G, op: "add", versionId: id, version, list: "otherDuties" as "leaderDuties", text: "X" }), "Ukjent liste."],
      [() => me.editDuty({ partnership: G, op: "add", versionId: id, version, list: "leaderDuties", text: "   " }), "Punktet må fylles ut."],
      [
        () => me.editDuty({ partnership: G, op: "move", versionId: id, version, list: "leaderDuties", itemId: "x", direction: "left" as "up" }),
        "Velg opp eller ned.",
      ],
      [() => me.updateText({ partnership: G, versionId: id, version, purpose: "X", changeClause: "Y", place: "", signingDate: "2027-02-31" }), "Dato må være en dato som finnes."],
      [() => me.updateText({ partnership: G, versionId: id, version, purpose: "", changeClause: "Y", place: "", signingDate: null }), "Formålet må fylles ut."],
      [() => me.updateText({ partnership: G, versionId: id, version: -1, purpose: "X", changeClause: "Y", place: "", signingDate: null }), "Ugyldig versjon."],
      [() => me.verify({ partnership: G, versionId: "" }), "Mangler id."],
    ];
    for (const [attempt, message] of cases) {
      const refused = await refusal(attempt());
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.messages[0]).toMatch(message);
      // zod's English fallback would say "Invalid …"/"expected …".
      expect(refused.messages.join(" ")).not.toMatch(/invalid|expected|required/i);
    }
    expect((await current(id)).hash).toBe(hash);
    expect(await auditOf("leader_agreement_signature")).toHaveLength(0);
  });
});

describe("read models for the dashboard and the fylke", () => {
  it("lists the drafts a party has not signed yet", async () => {
    expect(await agreementsAwaitingSignature(db, leder.id)).toEqual([]);
    const id = await create();
    const expected = [{ id, year: YEAR, slug: G, officeName: "Nav Grimstad" }];
    for (const party of [leder, eier, fylkesdirektor]) expect(await agreementsAwaitingSignature(db, party.id)).toEqual(expected);
    expect(await agreementsAwaitingSignature(db, delegat.id)).toEqual([]);
    expect(await agreementsAwaitingSignature(db, outsider.id)).toEqual([]);

    await signAs(leder, id);
    expect(await agreementsAwaitingSignature(db, leder.id)).toEqual([]);
    expect(await agreementsAwaitingSignature(db, eier.id)).toEqual(expected);

    await signAs(eier, id);
    await signAs(fylkesdirektor, id);
    for (const party of [leder, eier, fylkesdirektor]) expect(await agreementsAwaitingSignature(db, party.id)).toEqual([]);

    const amendment = await call(leder).leaderAgreement.startAmendment({ partnership: G, versionId: id });
    expect(await agreementsAwaitingSignature(db, leder.id)).toEqual([{ ...expected[0], id: amendment.id }]);
  });

  it("tells each partnership's status for the year from its latest version", async () => {
    const status = async () => Object.fromEntries(await agreementStatusByPartnership(db, [home.id, other.id], YEAR));
    expect((await agreementStatusByPartnership(db, [], YEAR)).size).toBe(0);
    expect(await status()).toEqual({ [home.id]: "mangler", [other.id]: "mangler" });
    const id = await create();
    expect(await status()).toEqual({ [home.id]: "utkast", [other.id]: "mangler" });
    await signAs(fylkesdirektor, id);
    expect((await status())[home.id]).toBe("delvis_signert");
    await signAs(leder, id);
    await signAs(eier, id);
    expect((await status())[home.id]).toBe("signert");
    await call(leder).leaderAgreement.startAmendment({ partnership: G, versionId: id });
    expect((await status())[home.id]).toBe("utkast");
    expect((await agreementStatusByPartnership(db, [home.id], 2026)).get(home.id)).toBe("mangler");
  });
});
