import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { auditEvent, cycleEvent, cycleTemplateEvent, kommune } from "~/db/schema";
import { createTestDatabase, makeFylke, makeKommune, makePartnership, makeUser } from "~/test/factories";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import { partnershipScope, type PartnershipRef } from "~/server/domain/scope";
import { DEFAULT_TEMPLATE, defaultTemplate } from "./default-template";
import { addEvent, moveEvent } from "./events";
import { addTemplateEvent, describeTemplateTiming, loadTemplate, removeTemplateEvent, startYear, templateDates, updateTemplateEvent } from "./template";

describe("templateDates", () => {
  it("turns a month into a month-only event", () => {
    expect(templateDates({ month: 4, day: null, endMonth: null, endDay: null }, 2027)).toEqual({ dateKind: "maned", startDate: null, endDate: null, month: 4 });
  });

  it("clamps a day past the month's end", () => {
    expect(templateDates({ month: 2, day: 29, endMonth: null, endDay: null }, 2027).startDate).toBe("2027-02-28");
    expect(templateDates({ month: 2, day: 29, endMonth: null, endDay: null }, 2028).startDate).toBe("2028-02-29");
  });

  it("makes a period from whole months, and one over New Year ends the next year", () => {
    expect(templateDates({ month: 1, day: null, endMonth: 2, endDay: null }, 2027)).toEqual({ dateKind: "periode", startDate: "2027-01-01", endDate: "2027-02-28", month: null });
    expect(templateDates({ month: 12, day: 10, endMonth: 1, endDay: 15 }, 2027)).toMatchObject({ startDate: "2027-12-10", endDate: "2028-01-15" });
    expect(describeTemplateTiming({ month: 12, day: 10, endMonth: 1, endDay: 15 })).toBe("10. desember – 15. januar året etter");
    expect(describeTemplateTiming({ month: 3, day: null, endMonth: null, endDay: null }, "nn")).toBe("i mars");
    expect(describeTemplateTiming({ month: 12, day: 10, endMonth: 1, endDay: 15 }, "nn")).toBe("10. desember – 15. januar året etter");
  });
});

describe("template chain", () => {
  const NOW = new Date("2027-03-01T12:00:00Z"); // the current year is 2027
  let db: Database;
  let fylkeId: string;
  let p: PartnershipRef;
  let elsewhere: PartnershipRef;
  const actor = async () => ({ userId: (await makeUser(db)).id });
  /** Someone new, scoped to the partnership as a request would be. */
  const someoneIn = async (target: PartnershipRef) => {
    const { userId } = await actor();
    return partnershipScope(db, userId, target, await loadPartnershipAccess(db, userId, target));
  };

  const copies = (partnershipId: string, year: number, key: string) =>
    db.select().from(cycleEvent).where(and(eq(cycleEvent.partnershipId, partnershipId), eq(cycleEvent.year, year), eq(cycleEvent.templateKey, key)));
  const version = async (key: string) => (await loadTemplate(db, fylkeId)).events.find((e) => e.key === key)!.version;
  const statsbudsjett = DEFAULT_TEMPLATE.find((e) => e.key === "statsbudsjett")!;

  beforeEach(async () => {
    db = await createTestDatabase();
    fylkeId = (await makeFylke(db)).id;
    p = await makePartnership(db, fylkeId);
    const otherFylke = (await makeFylke(db)).id;
    elsewhere = await makePartnership(db, otherFylke);
    for (const year of [2026, 2027, 2028]) await startYear(await someoneIn(p), { year });
    await startYear(await someoneIn(elsewhere), { year: 2027 });
  });

  it("starts a year from the default when the fylke has no template", async () => {
    expect((await loadTemplate(db, fylkeId)).source).toBe("standard");
    const rows = await db.select().from(cycleEvent).where(and(eq(cycleEvent.partnershipId, p.id), eq(cycleEvent.year, 2027)));
    expect(rows).toHaveLength(DEFAULT_TEMPLATE.length);
    expect(rows.every((r) => r.templateKey !== null && !r.customised)).toBe(true);
    await expect(startYear(await someoneIn(p), { year: 2027 })).rejects.toThrow("Årshjulet for 2027 er allerede startet.");
  });

  it("a change reaches uncustomised copies in this and later years, not customised ones or past years", async () => {
    const [customised] = await copies(p.id, 2028, "statsbudsjett");
    await moveEvent(await someoneIn(p), { id: customised!.id, version: customised!.version, when: { dateKind: "dato", startDate: "2028-10-09", endDate: null, month: null } });

    const fields = { ...statsbudsjett, day: 6 };
    const { key: _key, ...rest } = fields;
    await updateTemplateEvent(db, await actor(), fylkeId, { key: "statsbudsjett", version: 1, fields: rest }, NOW);

    expect((await loadTemplate(db, fylkeId)).source).toBe("fylke");
    expect((await copies(p.id, 2027, "statsbudsjett"))[0]).toMatchObject({ dateKind: "dato", startDate: "2027-10-06", version: 2 });
    expect((await copies(p.id, 2028, "statsbudsjett"))[0]).toMatchObject({ startDate: "2028-10-09", customised: true });
    expect((await copies(p.id, 2026, "statsbudsjett"))[0]).toMatchObject({ dateKind: "maned", month: 10 });
    // Another fylke's partnership has the same default key but is not this fylke's.
    expect((await copies(elsewhere.id, 2027, "statsbudsjett"))[0]).toMatchObject({ dateKind: "maned" });

    // A year started later gets the fylke's version.
    await startYear(await someoneIn(p), { year: 2029 });
    expect((await copies(p.id, 2029, "statsbudsjett"))[0]).toMatchObject({ startDate: "2029-10-06" });

    const audits = await db.select().from(auditEvent).where(eq(auditEvent.entity, "cycle_template_event"));
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "update"]); // the copy of the default, and the change
  });

  it("removing an event removes its uncustomised copies in open years only", async () => {
    const [kept] = await copies(p.id, 2027, "tertial-1");
    await moveEvent(await someoneIn(p), { id: kept!.id, version: kept!.version, when: { dateKind: "dato", startDate: "2027-05-20", endDate: null, month: null } });
    await removeTemplateEvent(db, await actor(), fylkeId, { key: "tertial-1", version: 1 }, NOW);

    expect((await loadTemplate(db, fylkeId)).events.some((e) => e.key === "tertial-1")).toBe(false);
    expect(await copies(p.id, 2027, "tertial-1")).toHaveLength(1); // customised: kept
    expect(await copies(p.id, 2028, "tertial-1")).toHaveLength(0);
    expect(await copies(p.id, 2026, "tertial-1")).toHaveLength(1); // past: kept
    expect(await copies(elsewhere.id, 2027, "tertial-1")).toHaveLength(1);
  });

  it("adding an event adds it to open years, and leaves the partnership's own events alone", async () => {
    const own = await addEvent(await someoneIn(p), { year: 2027, fields: { title: "Egen fagdag", category: "utvikling", when: { dateKind: "maned", startDate: null, endDate: null, month: 9 }, responsible: "", description: "", link: null } });
    const { key } = await addTemplateEvent(
      db,
      await actor(),
      fylkeId,
      { fields: { title: "Felles ledersamling", category: "utvikling", month: 9, day: 15, endMonth: null, endDay: null, responsible: "Nav fylke", description: "" } },
      NOW,
    );
    expect(await copies(p.id, 2027, key)).toHaveLength(1);
    expect((await copies(p.id, 2028, key))[0]).toMatchObject({ startDate: "2028-09-15" });
    expect(await copies(p.id, 2026, key)).toHaveLength(0);
    expect(await copies(elsewhere.id, 2027, key)).toHaveLength(0);

    await updateTemplateEvent(db, await actor(), fylkeId, { key, version: await version(key), fields: { title: "Ledersamling i fylket", category: "utvikling", month: 9, day: 16, endMonth: null, endDay: null, responsible: "Nav fylke", description: "" } }, NOW);
    expect((await copies(p.id, 2027, key))[0]).toMatchObject({ title: "Ledersamling i fylket", startDate: "2027-09-16" });
    expect((await db.select().from(cycleEvent).where(eq(cycleEvent.id, own.id)))[0]).toMatchObject({ title: "Egen fagdag", templateKey: null });
  });

  it("refuses a stale template save", async () => {
    const { key: _k, ...fields } = statsbudsjett;
    await updateTemplateEvent(db, await actor(), fylkeId, { key: "statsbudsjett", version: 1, fields: { ...fields, day: 6 } }, NOW);
    await expect(updateTemplateEvent(db, await actor(), fylkeId, { key: "statsbudsjett", version: 1, fields: { ...fields, day: 8 } }, NOW)).rejects.toThrow(/Noen andre har lagret/);
  });
});

describe("the default template in nynorsk", () => {
  const NOW = new Date("2027-03-01T12:00:00Z");
  let db: Database;
  let fylkeId: string;
  const someoneIn = async (target: PartnershipRef) => {
    const { id } = await makeUser(db);
    return partnershipScope(db, id, target, await loadPartnershipAccess(db, id, target));
  };
  /** Each event's words by its template key. */
  const wordsOf = (events: { key: string | null; title: string; responsible: string; description: string }[]): Record<string, string[]> =>
    Object.fromEntries(events.map((e) => [e.key ?? "", [e.title, e.responsible, e.description]]));
  const yearWords = async (partnershipId: string) =>
    wordsOf((await db.select().from(cycleEvent).where(eq(cycleEvent.partnershipId, partnershipId))).map((e) => ({ ...e, key: e.templateKey })));

  beforeEach(async () => {
    db = await createTestDatabase();
    fylkeId = (await makeFylke(db)).id;
  });

  it("has the same events as the bokmål one, in other words", () => {
    const nn = defaultTemplate("nn");
    expect(nn.map(({ title: _t, responsible: _r, description: _d, ...rest }) => rest)).toEqual(
      DEFAULT_TEMPLATE.map(({ title: _t, responsible: _r, description: _d, ...rest }) => rest),
    );
    expect(nn.find((e) => e.key === "partnerskapsmote-host")).toMatchObject({ title: "Partnarskapsmøte (haust)", responsible: "Nav-leiaren kallar inn" });
    expect(nn.filter((e, i) => e.description === DEFAULT_TEMPLATE[i]!.description).map((e) => e.key)).toEqual([]);
  });

  it("starts the year of a partnership whose kommune writes nynorsk in nynorsk, and others in bokmål", async () => {
    const bykle = await makeKommune(db, fylkeId, { name: "Bykle" });
    await db.update(kommune).set({ malform: "nynorsk" }).where(eq(kommune.id, bykle.id));
    const nynorsk = await makePartnership(db, fylkeId, { kommuneIds: [bykle.id] });
    const bokmal = await makePartnership(db, fylkeId);
    for (const p of [nynorsk, bokmal]) await startYear(await someoneIn(p), { year: 2027 });

    expect(await yearWords(nynorsk.id)).toEqual(wordsOf(defaultTemplate("nn")));
    expect(await yearWords(bokmal.id)).toEqual(wordsOf([...DEFAULT_TEMPLATE]));
  });

  it("copies the default in the language of the person who first adjusts the fylke's template", async () => {
    expect((await loadTemplate(db, fylkeId, "nn")).events.find((e) => e.key === "statsbudsjett")!.title).toBe("Statsbudsjettet blir lagt fram");
    const { key: _key, ...fields } = defaultTemplate("nn").find((e) => e.key === "statsbudsjett")!;
    await updateTemplateEvent(db, { userId: (await makeUser(db)).id }, fylkeId, { key: "statsbudsjett", version: 1, fields: { ...fields, day: 6 } }, NOW, "nn");

    const rows = await db.select().from(cycleTemplateEvent).where(eq(cycleTemplateEvent.fylkeId, fylkeId));
    expect(wordsOf(rows)).toEqual(wordsOf(defaultTemplate("nn")));
    // The fylke's template is now its own words, whoever reads it.
    expect(wordsOf(await loadTemplate(db, fylkeId, "nb").then((t) => t.events))).toEqual(wordsOf(defaultTemplate("nn")));
  });
});
