import { eq } from "drizzle-orm";
import { verifyPassword } from "better-auth/crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { account, auditEvent, kommune, partnershipKommune, roleAssignment, user } from "~/db/schema";
import { createTestDatabase, makeFylke, makeKommune, makePartnership, makePersonWithRole } from "~/test/factories";
import { callerFor, refusal, sessionUserOf } from "~/test/caller";
import { createCaller } from "~/server/api/root";
import { signedInCookie, signIn } from "~/test/http";
import { getDb } from "~/db/client";
import { auth, AUTH_SECRET } from "~/server/auth/auth";
import { readSessionUser } from "~/server/auth/read-session";

let db: Database;
let fylkeId: string;
let admin: ReturnType<typeof callerFor>;

beforeEach(async () => {
  db = await createTestDatabase();
  fylkeId = (await makeFylke(db, { slug: "agder", name: "Agder" })).id;
  admin = callerFor(db, await makePersonWithRole(db, "admin"));
});

describe("admin access", () => {
  it("refuses everyone who is not an administrator", async () => {
    const office = await makePartnership(db, fylkeId);
    for (const caller of [
      callerFor(db, await makePersonWithRole(db, "nav_leder", { partnershipId: office.id })),
      callerFor(db, await makePersonWithRole(db, "fylkesdirektor", { fylkeId })),
      callerFor(db, await makePersonWithRole(db, "fasilitator")),
    ]) {
      await expect(caller.admin.partnerships({ page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        caller.admin.invite({ name: "X", email: "x@test.no", role: "admin" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.admin.people({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.admin.deactivate({ userId: office.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.admin.reactivate({ userId: office.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.select().from(user).where(eq(user.email, "x@test.no"))).toHaveLength(0);
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "user"))).toHaveLength(0);
  });

  it("does not give an administrator access to a partnership's page", async () => {
    const office = await makePartnership(db, fylkeId, { slug: "grimstad" });
    expect(office.slug).toBe("grimstad");
    await expect(admin.partnership.overview({ partnership: "grimstad" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("admin.createPartnership", () => {
  it("creates a vertskommune office with its kommuner, § 14 points and services, audited", async () => {
    const host = await makeKommune(db, fylkeId, { name: "Valle" });
    const guest = await makeKommune(db, fylkeId, { name: "Bykle" });
    const { slug } = await admin.admin.createPartnership({
      officeName: "Nav Setesdal",
      slug: "setesdal",
      fylkeId,
      kommuneIds: [host.id, guest.id],
      leaderModel: "en_leder",
    });
    const list = await admin.admin.partnerships({ page: 1 });
    const created = list.partnerships.find((p) => p.slug === slug)!;
    expect(created.kommuner.map((k) => [k.name, k.isHost])).toEqual([
      ["Valle", true],
      ["Bykle", false],
    ]);
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "partnership"))).toHaveLength(1);
  });

  it("refuses a taken address, a kommune from another fylke and an empty kommune list", async () => {
    await makePartnership(db, fylkeId, { slug: "grimstad" });
    const base = { officeName: "Nav Ny", fylkeId, leaderModel: "en_leder" as const };
    expect(await refusal(admin.admin.createPartnership({ ...base, slug: "grimstad", kommuneIds: [(await makeKommune(db, fylkeId)).id] }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Et annet partnerskap bruker allerede denne adressen."],
    });
    const foreign = await makeKommune(db, (await makeFylke(db)).id);
    expect(await refusal(admin.admin.createPartnership({ ...base, slug: "ny", kommuneIds: [foreign.id] }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Velg kommuner som ligger i partnerskapets fylke."],
    });
    expect(await refusal(admin.admin.createPartnership({ ...base, slug: "ny", kommuneIds: [] }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Velg minst én kommune."],
    });
    expect(await refusal(admin.admin.createPartnership({ ...base, slug: "Ny Adresse!", kommuneIds: [foreign.id] }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await admin.admin.partnerships({ page: 1 })).total).toBe(1);
  });

  it("adds a kommune to an existing partnership once", async () => {
    const office = await makePartnership(db, fylkeId);
    const extra = await makeKommune(db, fylkeId);
    await admin.admin.addKommune({ partnershipId: office.id, kommuneId: extra.id });
    await expect(admin.admin.addKommune({ partnershipId: office.id, kommuneId: extra.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.select().from(partnershipKommune).where(eq(partnershipKommune.partnershipId, office.id))).toHaveLength(2);
  });

  it("pages the partnership list", async () => {
    for (let i = 0; i < 30; i++) await makePartnership(db, fylkeId);
    const first = await admin.admin.partnerships({ page: 1 });
    const second = await admin.admin.partnerships({ page: 2 });
    expect([first.total, first.pageCount, first.partnerships.length, second.partnerships.length]).toEqual([30, 2, 25, 5]);
  });
});

describe("invitations", () => {
  const anonymous = () => callerFor(db, null);

  it("creates a one-time link that sets a hashed password and grants the role", async () => {
    const office = await makePartnership(db, fylkeId, { officeName: "Nav Grimstad" });
    const invited = await admin.admin.invite({ name: "Ny Leder", email: "Ny.Leder@Test.no", role: "nav_leder", partnershipId: office.id });
    if (invited.kind !== "invited") throw new Error("expected a link");

    await expect(anonymous().invitation.get({ token: invited.token })).resolves.toMatchObject({
      name: "Ny Leder",
      email: "ny.leder@test.no",
      roleLabel: "Nav-leder",
      officeName: "Nav Grimstad",
    });
    await anonymous().invitation.accept({ token: invited.token, password: "et-langt-passord", passwordRepeat: "et-langt-passord" });

    const person = (await db.select().from(user).where(eq(user.email, "ny.leder@test.no")).limit(1))[0]!;
    const credential = (await db.select().from(account).where(eq(account.userId, person.id)).limit(1))[0]!;
    expect(credential.password).not.toContain("et-langt-passord");
    expect(await verifyPassword({ hash: credential.password!, password: "et-langt-passord" })).toBe(true);
    const roles = await db.select().from(roleAssignment).where(eq(roleAssignment.userId, person.id));
    expect(roles).toMatchObject([{ role: "nav_leder", partnershipId: office.id }]);
    await expect(callerFor(db, person).partnership.overview({ partnership: office.slug })).resolves.toBeTruthy();
  });

  it("refuses to use a link twice, or an unknown or revoked link", async () => {
    const invited = await admin.admin.invite({ name: "A", email: "a@test.no", role: "fasilitator" });
    if (invited.kind !== "invited") throw new Error("expected a link");
    const accept = (token: string) => anonymous().invitation.accept({ token, password: "blå-fjell-og-grønn-dal", passwordRepeat: "blå-fjell-og-grønn-dal" });
    await accept(invited.token);
    await expect(accept(invited.token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(anonymous().invitation.get({ token: "ukjent-lenke-som-ikke-finnes" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const second = await admin.admin.invite({ name: "B", email: "b@test.no", role: "fasilitator" });
    if (second.kind !== "invited") throw new Error("expected a link");
    const [pending] = await admin.admin.pendingInvitations();
    await admin.admin.revokeInvitation({ invitationId: pending!.id });
    await expect(accept(second.token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.select().from(user).where(eq(user.email, "b@test.no"))).toHaveLength(0);
  });

  it("checks the password before creating anything", async () => {
    const invited = await admin.admin.invite({ name: "C", email: "c@test.no", role: "fasilitator" });
    if (invited.kind !== "invited") throw new Error("expected a link");
    expect(await refusal(anonymous().invitation.accept({ token: invited.token, password: "kort", passwordRepeat: "annet" }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Passordet må ha minst 10 tegn.", "Passordene er ikke like."],
    });
    await expect(anonymous().invitation.get({ token: invited.token })).resolves.toMatchObject({ email: "c@test.no" });
  });

  it("refuses common passwords, the person's own e-mail or name and repetitions, and creates nothing", async () => {
    const invited = await admin.admin.invite({ name: "Lars Aasen", email: "lars.aasen@test.no", role: "fasilitator" });
    if (invited.kind !== "invited") throw new Error("expected a link");
    const accept = (password: string) => anonymous().invitation.accept({ token: invited.token, password, passwordRepeat: password });
    const refused = {
      sommer2024: "Passordet er for vanlig og står på lister over lekkede passord. Velg et annet.",
      password123: "Passordet er for vanlig og står på lister over lekkede passord. Velg et annet.",
      "lars.aasen@test.no": "Passordet kan ikke inneholde e-postadressen eller navnet ditt.",
      "Aasen-2026!": "Passordet kan ikke inneholde e-postadressen eller navnet ditt.",
      aaaaaaaaaaaa: "Passordet kan ikke bestå av samme tegn eller mønster om og om igjen.",
    };
    for (const [password, message] of Object.entries(refused)) {
      const error = await accept(password).then(
        () => null,
        (e: unknown) => e as { code: string; message: string; cause?: { field?: string } },
      );
      expect(error, password).toMatchObject({ code: "BAD_REQUEST", message, cause: { field: "password" } });
    }
    expect(await db.select().from(user).where(eq(user.email, "lars.aasen@test.no"))).toHaveLength(0);
    await expect(anonymous().invitation.get({ token: invited.token })).resolves.toMatchObject({ name: "Lars Aasen" });
    await accept("blå-fjell-og-grønn-dal");
    expect(await db.select().from(user).where(eq(user.email, "lars.aasen@test.no"))).toHaveLength(1);
  });

  it("gives an existing person the role at once, and refuses the same role twice", async () => {
    const office = await makePartnership(db, fylkeId);
    const existing = await makePersonWithRole(db, "fylkesdirektor", { fylkeId });
    const input = { name: existing.name, email: existing.email, role: "kommunal_eier" as const, partnershipId: office.id };
    await expect(admin.admin.invite(input)).resolves.toEqual({ kind: "role_added", name: existing.name });
    expect(await refusal(admin.admin.invite(input))).toEqual({ code: "BAD_REQUEST", messages: ["Personen har allerede denne rollen."] });
  });

  it("requires the scope that belongs to the role", async () => {
    expect(await refusal(admin.admin.invite({ name: "D", email: "d@test.no", role: "nav_leder" }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Velg partnerskapet rollen gjelder."],
    });
    expect(await refusal(admin.admin.invite({ name: "D", email: "d@test.no", role: "fylkesdirektor" }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Velg fylket rollen gjelder."],
    });
    expect(await refusal(admin.admin.invite({ name: "D", email: "ikke-en-epost", role: "admin" }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Skriv en gyldig e-postadresse, for eksempel navn@kommune.no."],
    });
  });
});

describe("the people list and deactivation", () => {
  // Sessions come from better-auth itself, which uses the app's own (in-memory) connection.
  const appDb = () => getDb();
  const readCookie = (cookie: string) => readSessionUser(appDb(), new Headers({ cookie }), AUTH_SECRET);
  const password = "riktig-passord-123";

  it("lists people with how they sign in, and refuses a search that is too long", async () => {
    const list = await admin.admin.people({ search: "" });
    expect(list.people).toMatchObject([{ signInMethods: [{ kind: "password" }], roles: [{ role: "admin" }], deactivatedAt: null }]);
    expect(await refusal(admin.admin.people({ search: "x".repeat(101) }))).toEqual({ code: "BAD_REQUEST", messages: ["Søket kan ha høyst 100 tegn."] });
  });

  it("ends a deactivated person's sessions at once and refuses their sign-in; reactivating lets them in again", async () => {
    const appAdmin = callerFor(appDb(), await makePersonWithRole(appDb(), "admin"));
    const cookie = await signedInCookie("deaktiveres@test.no", password);
    const otherBrowser = await signedInCookie("deaktiveres-2@test.no", password);
    const person = (await appDb().select().from(user).where(eq(user.email, "deaktiveres@test.no")).limit(1))[0]!;
    // A second session of the same person, as from another browser.
    const secondSession = (await signIn("deaktiveres@test.no", password, "203.0.113.11")).headers.getSetCookie()[0]!.split(";")[0]!;
    expect(await readCookie(cookie)).toMatchObject({ email: "deaktiveres@test.no" });
    expect(await readCookie(secondSession)).toMatchObject({ email: "deaktiveres@test.no" });

    await expect(appAdmin.admin.deactivate({ userId: person.id })).resolves.toEqual({ sessionsEnded: 2 });

    expect(await readCookie(cookie)).toBeNull();
    expect(await readCookie(secondSession)).toBeNull();
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    expect(await readCookie(otherBrowser)).toMatchObject({ email: "deaktiveres-2@test.no" });
    await expect(auth.api.signInEmail({ body: { email: "deaktiveres@test.no", password } })).rejects.toMatchObject({
      body: { code: "account_deactivated", message: "Kontoen din er deaktivert. Ta kontakt med administratoren hvis du skal ha tilgang igjen." },
    });
    const refused = await signIn("deaktiveres@test.no", password, "203.0.113.12");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "account_deactivated" });
    const listed = (await appAdmin.admin.people({ search: "deaktiveres@" })).people[0]!;
    expect([listed.deactivatedAt instanceof Date, listed.lastSignInAt]).toEqual([true, null]);
    expect(await refusal(appAdmin.admin.deactivate({ userId: person.id }))).toEqual({ code: "BAD_REQUEST", messages: ["Personen er allerede deaktivert."] });

    await expect(appAdmin.admin.reactivate({ userId: person.id })).resolves.toEqual({ reactivated: true });
    const again = await signIn("deaktiveres@test.no", password, "203.0.113.13");
    expect(again.status).toBe(200);
    const newCookie = again.headers.getSetCookie()[0]!.split(";")[0]!;
    expect(await readCookie(newCookie)).toMatchObject({ email: "deaktiveres@test.no" });
    // The old sessions stay ended.
    expect(await readCookie(cookie)).toBeNull();
    expect(await appDb().select().from(auditEvent).where(eq(auditEvent.entity, "user"))).toHaveLength(2);
  });

  it("refuses an administrator deactivating themselves, and unknown people", async () => {
    const me = await makePersonWithRole(db, "admin");
    const caller = callerFor(db, me);
    expect(await refusal(caller.admin.deactivate({ userId: me.id }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Du kan ikke deaktivere deg selv. Be en annen administrator om å gjøre det."],
    });
    expect(await refusal(caller.admin.deactivate({ userId: "finnes-ikke" }))).toEqual({ code: "NOT_FOUND", messages: ["Fant ikke personen."] });
    expect(await refusal(caller.admin.reactivate({ userId: me.id }))).toEqual({ code: "BAD_REQUEST", messages: ["Personen er ikke deaktivert."] });
    expect(await refusal(caller.admin.deactivate({ userId: "" }))).toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("kommune målform", () => {
  const malformOf = async (id: string) => (await db.select({ malform: kommune.malform }).from(kommune).where(eq(kommune.id, id)))[0]?.malform;

  it("lets the administrator list and set a kommune's målform, audited", async () => {
    const bykle = await makeKommune(db, fylkeId, { name: "Bykle" });
    expect(await admin.admin.setKommuneMalform({ kommuneId: bykle.id, malform: "nynorsk" })).toEqual({ changed: true });
    const agder = (await admin.admin.kommuneMalform()).find((f) => f.id === fylkeId)!;
    expect(agder.kommuner).toEqual([{ id: bykle.id, name: "Bykle", number: bykle.number, malform: "nynorsk" }]);
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "kommune"))).toHaveLength(1);
  });

  it("refuses everyone who is not an administrator and changes nothing", async () => {
    const bykle = await makeKommune(db, fylkeId, { name: "Bykle" });
    const office = await makePartnership(db, fylkeId, { kommuneIds: [bykle.id] });
    for (const caller of [
      callerFor(db, await makePersonWithRole(db, "nav_leder", { partnershipId: office.id })),
      callerFor(db, await makePersonWithRole(db, "fylkesdirektor", { fylkeId })),
    ]) {
      await expect(caller.admin.kommuneMalform()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.admin.setKommuneMalform({ kommuneId: bykle.id, malform: "nynorsk" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await malformOf(bykle.id)).toBe("bokmal");
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "kommune"))).toHaveLength(0);
  });

  it("refuses a målform that does not exist and an unknown kommune with a clear message", async () => {
    const bykle = await makeKommune(db, fylkeId, { name: "Bykle" });
    expect(await refusal(admin.admin.setKommuneMalform({ kommuneId: bykle.id, malform: "riksmal" as "nynorsk" }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Velg bokmål, nynorsk eller nøytral."],
    });
    expect(await refusal(admin.admin.setKommuneMalform({ kommuneId: "finnes-ikke", malform: "nynorsk" }))).toEqual({
      code: "NOT_FOUND",
      messages: ["Fant ikke kommunen."],
    });
    const nynorsk = createCaller({ db, user: sessionUserOf(await makePersonWithRole(db, "admin")), locale: "nn" });
    expect(await refusal(nynorsk.admin.setKommuneMalform({ kommuneId: "finnes-ikke", malform: "nynorsk" }))).toMatchObject({
      messages: ["Fann ikkje kommunen."],
    });
    expect(await malformOf(bykle.id)).toBe("bokmal");
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "kommune"))).toHaveLength(0);
  });
});
