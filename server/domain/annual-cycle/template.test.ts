import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { auditEvent, cycleEvent } from "~/db/schema";
import { createTestDatabase, makeFylke, makePartnership, makeUser } from "~/test/factories";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import { partnershipScope, type PartnershipRef } from "~/server/domain/scope";
import { DEFAULT_TEMPLATE } from "./default-template";
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
  });
});

describe("template chain", () => {
  const NOW = new Date("2027-03-01T12:00:00Z"); // the current year is 2027
  let db: Database;
  let fylkeId: string;
  let p: PartnershipRef;
  let elsewhere: PartnershipRef;
  const actor = () => ({ userId: makeUser(db).id });
  /** Someone new, scoped to the partnership as a request would be. */
  const someoneIn = (target: PartnershipRef) => {
    const { userId } = actor();
    return partnershipScope(db, userId, target, loadPartnershipAccess(db, userId, target));
  };

  const copies = (partnershipId: string, year: number, key: string) =>
    db.select().from(cycleEvent).where(and(eq(cycleEvent.partnershipId, partnershipId), eq(cycleEvent.year, year), eq(cycleEvent.templateKey, key))).all();
  const version = (key: string) => loadTemplate(db, fylkeId).events.find((e) => e.key === key)!.version;
  const statsbudsjett = DEFAULT_TEMPLATE.find((e) => e.key === "statsbudsjett")!;

  beforeEach(() => {
    db = createTestDatabase();
    fylkeId = makeFylke(db).id;
    p = makePartnership(db, fylkeId);
    const otherFylke = makeFylke(db).id;
    elsewhere = makePartnership(db, otherFylke);
    for (const year of [2026, 2027, 2028]) startYear(someoneIn(p), { year });
    startYear(someoneIn(elsewhere), { year: 2027 });
  });

  it("starts a year from the default when the fylke has no template", () => {
    expect(loadTemplate(db, fylkeId).source).toBe("standard");
    const rows = db.select().from(cycleEvent).where(and(eq(cycleEvent.partnershipId, p.id), eq(cycleEvent.year, 2027))).all();
    expect(rows).toHaveLength(DEFAULT_TEMPLATE.length);
    expect(rows.every((r) => r.templateKey !== null && !r.customised)).toBe(true);
    expect(() => startYear(someoneIn(p), { year: 2027 })).toThrow("Årshjulet for 2027 er allerede startet.");
  });

  it("a change reaches uncustomised copies in this and later years, not customised ones or past years", () => {
    const [customised] = copies(p.id, 2028, "statsbudsjett");
    moveEvent(someoneIn(p), { id: customised!.id, version: customised!.version, when: { dateKind: "dato", startDate: "2028-10-09", endDate: null, month: null } });

    const fields = { ...statsbudsjett, day: 6 };
    const { key: _key, ...rest } = fields;
    updateTemplateEvent(db, actor(), fylkeId, { key: "statsbudsjett", version: 1, fields: rest }, NOW);

    expect(loadTemplate(db, fylkeId).source).toBe("fylke");
    expect(copies(p.id, 2027, "statsbudsjett")[0]).toMatchObject({ dateKind: "dato", startDate: "2027-10-06", version: 2 });
    expect(copies(p.id, 2028, "statsbudsjett")[0]).toMatchObject({ startDate: "2028-10-09", customised: true });
    expect(copies(p.id, 2026, "statsbudsjett")[0]).toMatchObject({ dateKind: "maned", month: 10 });
    // Another fylke's partnership has the same default key but is not this fylke's.
    expect(copies(elsewhere.id, 2027, "statsbudsjett")[0]).toMatchObject({ dateKind: "maned" });

    // A year started later gets the fylke's version.
    startYear(someoneIn(p), { year: 2029 });
    expect(copies(p.id, 2029, "statsbudsjett")[0]).toMatchObject({ startDate: "2029-10-06" });

    const audits = db.select().from(auditEvent).where(eq(auditEvent.entity, "cycle_template_event")).all();
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "update"]); // the copy of the default, and the change
  });

  it("removing an event removes its uncustomised copies in open years only", () => {
    const [kept] = copies(p.id, 2027, "tertial-1");
    moveEvent(someoneIn(p), { id: kept!.id, version: kept!.version, when: { dateKind: "dato", startDate: "2027-05-20", endDate: null, month: null } });
    removeTemplateEvent(db, actor(), fylkeId, { key: "tertial-1", version: 1 }, NOW);

    expect(loadTemplate(db, fylkeId).events.some((e) => e.key === "tertial-1")).toBe(false);
    expect(copies(p.id, 2027, "tertial-1")).toHaveLength(1); // customised: kept
    expect(copies(p.id, 2028, "tertial-1")).toHaveLength(0);
    expect(copies(p.id, 2026, "tertial-1")).toHaveLength(1); // past: kept
    expect(copies(elsewhere.id, 2027, "tertial-1")).toHaveLength(1);
  });

  it("adding an event adds it to open years, and leaves the partnership's own events alone", () => {
    const own = addEvent(someoneIn(p), { year: 2027, fields: { title: "Egen fagdag", category: "utvikling", when: { dateKind: "maned", startDate: null, endDate: null, month: 9 }, responsible: "", description: "", link: null } });
    const { key } = addTemplateEvent(
      db,
      actor(),
      fylkeId,
      { fields: { title: "Felles ledersamling", category: "utvikling", month: 9, day: 15, endMonth: null, endDay: null, responsible: "Nav fylke", description: "" } },
      NOW,
    );
    expect(copies(p.id, 2027, key)).toHaveLength(1);
    expect(copies(p.id, 2028, key)[0]).toMatchObject({ startDate: "2028-09-15" });
    expect(copies(p.id, 2026, key)).toHaveLength(0);
    expect(copies(elsewhere.id, 2027, key)).toHaveLength(0);

    updateTemplateEvent(db, actor(), fylkeId, { key, version: version(key), fields: { title: "Ledersamling i fylket", category: "utvikling", month: 9, day: 16, endMonth: null, endDay: null, responsible: "Nav fylke", description: "" } }, NOW);
    expect(copies(p.id, 2027, key)[0]).toMatchObject({ title: "Ledersamling i fylket", startDate: "2027-09-16" });
    expect(db.select().from(cycleEvent).where(eq(cycleEvent.id, own.id)).get()).toMatchObject({ title: "Egen fagdag", templateKey: null });
  });

  it("refuses a stale template save", () => {
    const { key: _k, ...fields } = statsbudsjett;
    updateTemplateEvent(db, actor(), fylkeId, { key: "statsbudsjett", version: 1, fields: { ...fields, day: 6 } }, NOW);
    expect(() => updateTemplateEvent(db, actor(), fylkeId, { key: "statsbudsjett", version: 1, fields: { ...fields, day: 8 } }, NOW)).toThrow(/Noen andre har lagret/);
  });
});
