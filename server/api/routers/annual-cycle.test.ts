import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { assessment, auditEvent, calendarToken, cycleEvent, meeting, roleAssignment, user } from "~/db/schema";
import { createTestDatabase, grantRole, makeUser, type makePartnership } from "~/test/factories";
import type { Role } from "~/lib/roles";
import type { EventFields } from "~/server/domain/annual-cycle/events";
import { isoToday } from "~/lib/dates";
import { calendarFeedResponse } from "~/server/export/calendar-http";
import { createCaller } from "~/server/api/root";
import { callerFor, refusal, sessionUserOf } from "~/test/caller";
import { grimstadCast, person as castPerson, type User } from "~/test/cast";

const G = "grimstad";
const YEAR = Number(isoToday().slice(0, 4));
const at = { partnership: G } as const;

let db: Database;
let home: Awaited<ReturnType<typeof makePartnership>>;
let other: Awaited<ReturnType<typeof makePartnership>>;
let leder: User;
let avdelingsleder: User;
let eier: User;
let direktor: User;
let otherDirektor: User;
let outsider: User;
let admin: User;

function person(name: string, role: Role, scope: Parameters<typeof grantRole>[3]) {
  return castPerson(db, name, role, scope);
}

beforeEach(async () => {
  db = await createTestDatabase();
  let otherFylke: string;
  ({ otherFylkeId: otherFylke, home, other, leder, avdelingsleder, eier, direktor, outsider } = await grimstadCast(db, {
    other: { slug: "bergen", officeName: "Nav Bergen", ownFylke: { slug: "vestland", name: "Vestland" } },
  }));
  otherDirektor = await person("Vera Vest", "fylkesdirektor", { fylkeId: otherFylke });
  admin = await person("Ada Admin", "admin", {});
});

const call = (user: User | null) => callerFor(db, user).annualCycle;
/** The first cycle_event whose column has the value, or undefined. */
const one = async (column: typeof cycleEvent.id | typeof cycleEvent.partnershipId, value: string) =>
  (await db.select().from(cycleEvent).where(eq(column, value)).limit(1))[0];

const fields = (over: Partial<EventFields> = {}) => ({
  title: "Fagdag for hele kontoret",
  category: "utvikling" as const,
  when: { dateKind: "dato" as const, startDate: `${YEAR}-09-03`, endDate: null, month: null },
  responsible: "Avdelingsleder oppfølging",
  description: "",
  link: null,
  ...over,
});

async function started() {
  await call(leder).start({ ...at, year: YEAR });
}

describe("who sees and changes the årshjul", () => {
  it("shows the wheel to every role in the partnership and refuses others", async () => {
    for (const user of [leder, eier, direktor]) {
      await expect(call(user).year({ ...at, year: YEAR })).resolves.toMatchObject({ year: YEAR, started: false, canEdit: true });
    }
    await expect(call(avdelingsleder).year({ ...at, year: YEAR })).resolves.toMatchObject({ year: YEAR, canEdit: false });
    expect((await refusal(call(outsider).year({ ...at, year: YEAR }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(otherDirektor).year({ ...at, year: YEAR }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(admin).year({ ...at, year: YEAR }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(null).year({ ...at, year: YEAR }))).code).toBe("UNAUTHORIZED");
    expect((await refusal(call(leder).year({ partnership: "finnes-ikke", year: YEAR }))).code).toBe("NOT_FOUND");
  });

  it("lets the Nav-leder and the owners start the year and edit; others are refused before anything changes", async () => {
    expect((await refusal(call(outsider).start({ ...at, year: YEAR }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(admin).start({ ...at, year: YEAR }))).code).toBe("FORBIDDEN");
    expect(await refusal(call(avdelingsleder).start({ ...at, year: YEAR }))).toEqual({
      code: "FORBIDDEN",
      messages: ["Bare Nav-lederen og eierne kan endre årshjulet."],
    });
    await call(leder).start({ ...at, year: YEAR });
    const again = await refusal(call(eier).start({ ...at, year: YEAR }));
    expect(again).toEqual({ code: "BAD_REQUEST", messages: [`Årshjulet for ${YEAR} er allerede startet.`] });
    await call(eier).addEvent({ ...at, year: YEAR, fields: fields() });
    await call(direktor).addEvent({ ...at, year: YEAR, fields: fields({ title: "Besøk fra fylket" }) });
    expect((await refusal(call(outsider).addEvent({ ...at, year: YEAR, fields: fields() }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(avdelingsleder).addEvent({ ...at, year: YEAR, fields: fields() }))).code).toBe("FORBIDDEN");
    expect((await call(leder).year({ ...at, year: YEAR })).events.filter((e) => e.title === fields().title)).toHaveLength(1);
  });
});

describe("events", () => {
  beforeEach(started);

  it("starts from the template and says where each copy comes from", async () => {
    const view = await call(leder).year({ ...at, year: YEAR });
    expect(view.started).toBe(true);
    expect(view.templateOrigin).toBe("Fra standardmalen");
    const meetings = view.events.filter((e) => e.category === "partnerskapsmote");
    expect(meetings.map((e) => e.title)).toEqual(["Partnerskapsmøte (vår)", "Partnerskapsmøte (høst)"]);
    expect(meetings.every((e) => e.origin === "mal" && !e.customised)).toBe(true);
  });

  it("adds, edits, moves and removes, marking changed template copies and auditing each change", async () => {
    const { id } = await call(leder).addEvent({ ...at, year: YEAR, fields: fields() });
    const { version } = await call(leder).updateEvent({ ...at, id, version: 1, fields: fields({ title: "Fagdag" }) });
    expect(version).toBe(2);
    await call(leder).moveEvent({ ...at, id, version: 2, when: { dateKind: "maned", startDate: null, endDate: null, month: 11 } });
    expect(await one(cycleEvent.id, id)).toMatchObject({ title: "Fagdag", dateKind: "maned", month: 11, startDate: null, customised: false, version: 3 });

    const [copy] = await db.select().from(cycleEvent).where(and(eq(cycleEvent.partnershipId, home.id), eq(cycleEvent.templateKey, "tertial-1"))).limit(1);
    if (!copy) throw new Error("no copy of tertial-1");
    await call(eier).moveEvent({ ...at, id: copy.id, version: copy.version, when: { dateKind: "dato", startDate: `${YEAR}-05-28`, endDate: null, month: null } });
    const moved = (await call(leder).year({ ...at, year: YEAR })).events.find((e) => e.id === copy.id)!;
    expect(moved).toMatchObject({ origin: "mal", customised: true, startDate: `${YEAR}-05-28` });

    await call(leder).removeEvent({ ...at, id, version: 3 });
    expect(await one(cycleEvent.id, id)).toBeUndefined();

    const actions = (await db.select().from(auditEvent).where(and(eq(auditEvent.entity, "cycle_event"), eq(auditEvent.entityId, id)))).map((a) => a.action);
    expect(actions.sort()).toEqual(["create", "delete", "update", "update"]);
  });

  it("refuses a stale save with CONFLICT and keeps the newer text", async () => {
    const { id } = await call(leder).addEvent({ ...at, year: YEAR, fields: fields() });
    await call(eier).updateEvent({ ...at, id, version: 1, fields: fields({ title: "Eierens tittel" }) });
    const stale = await refusal(call(leder).updateEvent({ ...at, id, version: 1, fields: fields({ title: "Lederens tittel" }) }));
    expect(stale.code).toBe("CONFLICT");
    expect((await refusal(call(leder).removeEvent({ ...at, id, version: 1 }))).code).toBe("CONFLICT");
    expect((await one(cycleEvent.id, id))!.title).toBe("Eierens tittel");
  });

  it("answers NOT_FOUND for another partnership's event ids", async () => {
    await call(outsider).start({ partnership: "bergen", year: YEAR });
    const theirs = (await one(cycleEvent.partnershipId, other.id))!;
    expect((await refusal(call(leder).updateEvent({ ...at, id: theirs.id, version: theirs.version, fields: fields() }))).code).toBe("NOT_FOUND");
    expect((await refusal(call(leder).moveEvent({ ...at, id: theirs.id, version: theirs.version, when: fields().when }))).code).toBe("NOT_FOUND");
    expect((await refusal(call(leder).removeEvent({ ...at, id: theirs.id, version: theirs.version }))).code).toBe("NOT_FOUND");
    expect(await one(cycleEvent.id, theirs.id)).toMatchObject({ title: theirs.title, version: theirs.version });
  });

  it("refuses bad dates with Norwegian messages, and allows a period over New Year", async () => {
    const add = (when: Record<string, unknown>) => refusal(call(leder).addEvent({ ...at, year: YEAR, fields: { ...fields(), when } as never }));
    expect(await add({ dateKind: "periode", startDate: `${YEAR}-05-10`, endDate: `${YEAR}-05-01` })).toEqual({ code: "BAD_REQUEST", messages: ["Sluttdatoen kan ikke være før startdatoen."] });
    expect((await add({ dateKind: "dato", startDate: `${YEAR}-02-30` })).messages).toEqual(["Datoen må være en dato som finnes."]);
    expect((await add({ dateKind: "dato", startDate: "5.3.2027" })).messages[0]).toBe("Datoen må være en gyldig dato (d.m.åååå).");
    expect((await add({ dateKind: "maned", month: 13 })).messages).toEqual(["Velg måneden."]);
    expect((await add({ dateKind: "periode", startDate: `${YEAR}-05-10` })).messages).toEqual(["Skriv inn sluttdatoen."]);
    expect((await add({ dateKind: "hver uke" })).code).toBe("BAD_REQUEST");
    expect(await add({ dateKind: "dato", startDate: `${YEAR + 1}-01-05` })).toEqual({
      code: "BAD_REQUEST",
      messages: [`Hendelsen må starte i ${YEAR}. Legg den i årshjulet for ${YEAR + 1} i stedet.`],
    });
    expect((await add({ dateKind: "periode", startDate: `${YEAR}-12-01`, endDate: `${YEAR + 2}-01-01` })).messages).toEqual([`En periode kan vare til og med ${YEAR + 1}, ikke lenger.`]);
    expect((await refusal(call(leder).addEvent({ ...at, year: YEAR, fields: fields({ title: "   " }) }))).messages).toEqual(["Tittelen må fylles ut."]);
    expect((await refusal(call(leder).addEvent({ ...at, year: YEAR + 5, fields: fields() }))).messages).toEqual([`Start årshjulet for ${YEAR + 5} før du legger til hendelser.`]);

    const { id } = await call(leder).addEvent({ ...at, year: YEAR, fields: fields({ when: { dateKind: "periode", startDate: `${YEAR}-12-15`, endDate: `${YEAR + 1}-01-10`, month: null } }) });
    expect(await one(cycleEvent.id, id)).toMatchObject({ startDate: `${YEAR}-12-15`, endDate: `${YEAR + 1}-01-10` });
  });

  it("links only to things in the same partnership", async () => {
    const [mine] = await db.insert(assessment).values({ partnershipId: home.id, heldOn: `${YEAR}-04-10`, occasion: "Vårmøtet" }).returning();
    const [theirs] = await db.insert(assessment).values({ partnershipId: other.id, heldOn: `${YEAR}-04-10`, occasion: "Deres" }).returning();
    if (!mine || !theirs) throw new Error("assessments not made");
    const { id } = await call(leder).addEvent({ ...at, year: YEAR, fields: fields({ link: { kind: "vurdering", id: mine.id } }) });
    const view = await call(leder).year({ ...at, year: YEAR });
    expect(view.events.find((e) => e.id === id)!.link).toMatchObject({ href: `/partnerskap/${G}/mulighetsrom/${mine.id}` });
    expect(view.linkOptions.some((o) => o.id === mine.id)).toBe(true);
    const refused = await refusal(call(leder).addEvent({ ...at, year: YEAR, fields: fields({ link: { kind: "vurdering", id: theirs.id } }) }));
    expect(refused).toEqual({ code: "BAD_REQUEST", messages: ["Fant ikke det hendelsen skal lenke til i dette partnerskapet."] });
  });

  it("shows meetings and assessments as read-only derived events, without cancelled meetings", async () => {
    await db.insert(meeting).values({ partnershipId: home.id, title: "Partnerskapsmøte april", date: `${YEAR}-04-22`, startTime: "09:00", endTime: "11:00" });
    await db.insert(meeting).values({ partnershipId: home.id, title: "Avlyst møte", date: `${YEAR}-05-22`, status: "avlyst" });
    await db.insert(meeting).values({ partnershipId: other.id, title: "Deres møte", date: `${YEAR}-05-22` });
    await db.insert(assessment).values({ partnershipId: home.id, heldOn: `${YEAR}-04-22`, occasion: "Vårmøtet" });
    const derived = (await call(eier).year({ ...at, year: YEAR })).events.filter((e) => e.origin === "avledet");
    expect(derived.map((e) => e.title)).toEqual(["Mulighetsrom-vurdering: Vårmøtet", "Partnerskapsmøte april"]);
    expect(derived[1]).toMatchObject({ startTime: "09:00", version: 0, derivedFrom: "Fra møtene", category: "partnerskapsmote" });
    expect((await refusal(call(leder).removeEvent({ ...at, id: derived[1]!.id, version: 0 }))).code).toBe("NOT_FOUND");
  });
});

describe("the fylke's template", () => {
  const timing = { month: 9, day: 15, endMonth: null, endDay: null };

  it("is for that fylke's own people", async () => {
    await expect(call(direktor).template({ fylke: "agder" })).resolves.toMatchObject({ source: "standard", canEdit: true, fylkeName: "Agder" });
    expect((await refusal(call(otherDirektor).template({ fylke: "agder" }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(leder).template({ fylke: "agder" }))).code).toBe("FORBIDDEN");
    const add = (user: User) => call(user).addTemplateEvent({ fylke: "agder", fields: { title: "Ledersamling", category: "utvikling", ...timing, responsible: "", description: "" } });
    expect((await refusal(add(otherDirektor))).code).toBe("FORBIDDEN");
    expect((await refusal(add(leder))).code).toBe("FORBIDDEN");
    expect((await refusal(add(eier))).code).toBe("FORBIDDEN");
    await add(direktor);
    const template = await call(direktor).template({ fylke: "agder" });
    expect(template.source).toBe("fylke");
    expect(template.events.some((e) => e.title === "Ledersamling")).toBe(true);
  });

  it("reaches the partnership's uncustomised copies, and its origin label changes", async () => {
    await started();
    const template = await call(direktor).template({ fylke: "agder" });
    const spring = template.events.find((e) => e.key === "partnerskapsmote-var")!;
    const { key: _k, version, position: _p, ...rest } = spring;
    await call(direktor).updateTemplateEvent({ fylke: "agder", key: spring.key, version, fields: { ...rest, title: "Vårens partnerskapsmøte" } });
    const view = await call(leder).year({ ...at, year: YEAR });
    expect(view.templateOrigin).toBe("Fra malen til Nav Agder");
    expect(view.events.some((e) => e.title === "Vårens partnerskapsmøte" && e.origin === "mal")).toBe(true);
  });

  it("shows the default in the reader's language, and a fylke's first change copies it in the changer's", async () => {
    const nynorsk = createCaller({ db, user: sessionUserOf(direktor), locale: "nn" }).annualCycle;
    const shown = await nynorsk.template({ fylke: "agder" });
    expect(shown.events.find((e) => e.key === "partnerskapsmote-host")!.title).toBe("Partnarskapsmøte (haust)");
    const add = { fylke: "agder", fields: { title: "Leiarsamling", category: "utvikling" as const, ...timing, responsible: "", description: "" } };
    await nynorsk.addTemplateEvent(add);
    // Saved in nynorsk: a bokmål reader now sees the fylke's own words.
    const template = await call(direktor).template({ fylke: "agder" });
    expect(template.events.find((e) => e.key === "partnerskapsmote-host")!.title).toBe("Partnarskapsmøte (haust)");
  });

  it("refuses malformed template input with Norwegian messages", async () => {
    const bad = await refusal(
      call(direktor).addTemplateEvent({ fylke: "agder", fields: { title: "X", category: "utvikling", month: 2, day: 30, endMonth: null, endDay: null, responsible: "", description: "" } }),
    );
    expect(bad).toEqual({ code: "BAD_REQUEST", messages: ["februar har ikke 30 dager."] });
    expect((await refusal(call(direktor).removeTemplateEvent({ fylke: "agder", key: "finnes-ikke", version: 1 }))).code).toBe("NOT_FOUND");
  });
});

describe("calendar subscriptions", () => {
  it("shows the secret once, serves the person's partnerships, and stops after revoking", async () => {
    await started();
    await db.insert(meeting).values({ partnershipId: home.id, title: "Sommermøtet", date: `${YEAR}-06-10`, startTime: "09:00" });
    const { id, token } = await call(eier).subscribe();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [stored] = await db.select().from(calendarToken).where(eq(calendarToken.id, id)).limit(1);
    if (!stored) throw new Error("the subscription was not stored");
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toHaveLength(64);

    const ok = await calendarFeedResponse(db, token, "https://partnerskap.example");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/calendar");
    const body = await ok.text();
    expect(body).toContain("SUMMARY:Nav Grimstad: Sommermøtet");
    expect(body).toContain("Nav Grimstad: Partnerskapsmøte (vår)");
    expect((await calendarFeedResponse(db, `${token}.ics`, "https://x.example")).status).toBe(200);
    expect((await call(eier).subscriptions())[0]).toMatchObject({ id });
    expect((await call(eier).subscriptions())[0]!.lastUsedAt).toBeInstanceOf(Date);

    expect((await refusal(call(leder).unsubscribe({ id }))).code).toBe("NOT_FOUND");
    await call(eier).unsubscribe({ id });
    expect((await calendarFeedResponse(db, token, "https://x.example")).status).toBe(404);
    expect(await call(eier).subscriptions()).toEqual([]);
    expect((await db.select().from(auditEvent).where(eq(auditEvent.entity, "calendar_token"))).map((a) => a.action).sort()).toEqual(["create", "update"]);
  });

  it("writes the words it adds in the subscriber's language, and the titles as written", async () => {
    await started();
    await db.insert(meeting).values({ partnershipId: home.id, title: "Sommermøtet", date: `${YEAR}-06-10`, startTime: "09:00" });
    await db.update(user).set({ language: "nn" }).where(eq(user.id, eier.id));
    const { token } = await call(eier).subscribe();
    const body = await (await calendarFeedResponse(db, token, "https://partnerskap.example")).text();
    const calendar = new ICAL.Component(ICAL.parse(body) as unknown[]);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Årshjul – Partnerskapsrommet");
    const summer = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)).find((e) => e.summary === "Nav Grimstad: Sommermøtet")!;
    expect(summer.description).toContain("Årshjul: Partnarskapsmøte");
    expect(summer.description).toContain("Frå møta");
    expect(summer.description).toContain("Lenkje: https://partnerskap.example/partnerskap/grimstad/moter/");
    expect(summer.description).not.toContain("Fra møtene");
  });

  it("answers 404 for unknown and malformed secrets", async () => {
    expect((await calendarFeedResponse(db, "a".repeat(43), "https://x.example")).status).toBe(404);
    expect((await calendarFeedResponse(db, "../../etc/passwd", "https://x.example")).status).toBe(404);
    expect((await calendarFeedResponse(db, "", "https://x.example")).status).toBe(404);
  });

  it("drops a partnership from the feed when the person loses the role", async () => {
    await started();
    const delegat = await makeUser(db);
    const role = await grantRole(db, delegat.id, "kommunal_delegat", { partnershipId: home.id });
    const { token } = await call(delegat).subscribe();
    expect(await (await calendarFeedResponse(db, token, "https://x.example")).text()).toContain("Nav Grimstad:");
    await db.delete(roleAssignment).where(eq(roleAssignment.id, role.id));
    expect(await (await calendarFeedResponse(db, token, "https://x.example")).text()).not.toContain("Nav Grimstad:");
  });
});
