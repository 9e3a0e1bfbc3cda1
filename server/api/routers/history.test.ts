import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { assessment, auditEvent, meeting } from "~/db/schema";
import { createTestDatabase, makeFylke, makePartnership, makePersonWithRole } from "~/test/factories";
import { callerFor, refusal } from "~/test/caller";
import { auditEventId } from "~/server/domain/audit/record";

let db: Database;
let fylkeId: string;
let home: Awaited<ReturnType<typeof makePartnership>>;
let other: Awaited<ReturnType<typeof makePartnership>>;
let leder: Awaited<ReturnType<typeof makePersonWithRole>>;
let radmann: Awaited<ReturnType<typeof makePersonWithRole>>;

beforeEach(async () => {
  db = await createTestDatabase();
  fylkeId = (await makeFylke(db, { slug: "agder", name: "Agder" })).id;
  home = await makePartnership(db, fylkeId, { slug: "grimstad", officeName: "Nav Grimstad" });
  other = await makePartnership(db, fylkeId, { slug: "arendal", officeName: "Nav Arendal" });
  leder = await makePersonWithRole(db, "nav_leder", { partnershipId: home.id });
  radmann = await makePersonWithRole(db, "kommunal_eier", { partnershipId: home.id });
  // Each test writes the history it reads; the factories' own rows would only shift the counts.
  await db.delete(auditEvent);
});

const at = { partnership: "grimstad" };
const history = (input: Record<string, unknown> = {}, by = leder) => callerFor(db, by).history.list({ ...at, ...input });

let clock = Date.UTC(2026, 0, 1, 8);
/** An audit row as the domain writes it; `sameTime` keeps the previous row's timestamp. */
async function audit(
  row: { entity: string; entityId?: string; action?: "create" | "update" | "delete"; changes?: Record<string, unknown>; by?: { id: string } | null; partnershipId?: string },
  { sameTime = false } = {},
) {
  if (!sameTime) clock += 60_000;
  const [written] = await db
    .insert(auditEvent)
    .values({
      id: auditEventId(),
      at: new Date(clock),
      actorUserId: row.by === undefined ? leder.id : (row.by?.id ?? null),
      partnershipId: row.partnershipId ?? home.id,
      entity: row.entity,
      entityId: row.entityId ?? crypto.randomUUID(),
      action: row.action ?? "update",
      changes: row.changes ?? {},
    })
    .returning();
  return written!;
}

const cycleEvent = (title: string, extra: Parameters<typeof audit>[0] = { entity: "cycle_event" }, options = {}) =>
  audit({ ...extra, entity: "cycle_event", action: "create", changes: { title, year: 2026 } }, options);

describe("history.list: pages", () => {
  it("pages through every change, newest first, with no entry lost or repeated", async () => {
    const written: Awaited<ReturnType<typeof audit>>[] = [];
    for (let i = 0; i < 30; i++) written.push(await cycleEvent(`Hendelse ${i + 1}`));
    const first = await history();
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 30, pageSize: 25 });
    expect(first.entries).toHaveLength(25);
    expect(first.entries[0]!.text).toBe("la til hendelsen «Hendelse 30» i årshjulet for 2026");
    const second = await history({ page: 2 });
    expect(second.entries).toHaveLength(5);
    expect(second.entries.at(-1)!.text).toBe("la til hendelsen «Hendelse 1» i årshjulet for 2026");
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(written.map((w) => w.id).reverse());
  });

  it("keeps a stable order for changes made in the same millisecond: the last written comes first", async () => {
    const rows: Awaited<ReturnType<typeof audit>>[] = [];
    for (const [i, title] of ["A", "B", "C", "D", "E"].entries()) rows.push(await cycleEvent(title, undefined, { sameTime: i > 0 }));
    const pages = [await history({ pageSize: 2 }), await history({ pageSize: 2, page: 2 }), await history({ pageSize: 2, page: 3 })];
    const ids = pages.flatMap((p) => p.entries.map((e) => e.id));
    expect(ids).toEqual(rows.map((r) => r.id).reverse());
    expect((await history({ pageSize: 2 })).entries.map((e) => e.id)).toEqual(ids.slice(0, 2));
  });

  it("shows the last page for a page past the end, and an empty first page for an empty history", async () => {
    await cycleEvent("Eneste");
    expect(await history({ page: 9 })).toMatchObject({ page: 1, pageCount: 1, total: 1 });
    expect((await history({ area: "lederavtale" })).entries).toEqual([]);
  });

  it("never shows private answers or another partnership's rows", async () => {
    await audit({ entity: "assessment_answer", changes: { item: "1" } });
    await audit({ entity: "partnership", partnershipId: other.id, action: "create" });
    await cycleEvent("Vår egen");
    const { entries, total } = await history();
    expect(total).toBe(1);
    expect(entries.map((e) => e.text)).toEqual(["la til hendelsen «Vår egen» i årshjulet for 2026"]);
  });
});

describe("history.list: filters", () => {
  it("filters by area, and says which area each entry belongs to", async () => {
    await cycleEvent("Budsjett");
    await audit({ entity: "meeting", action: "create", changes: { date: "2026-10-20" } });
    await audit({ entity: "follow_up", action: "create", changes: { meetingId: "m", text: "Avklare bemanningen" } });
    await audit({ entity: "agreement_point", changes: { point: "lokalisering", status: { from: "ikke_avklart", to: "avklart" } } });
    const moter = await history({ area: "moter" });
    expect(moter.entries.map((e) => e.text)).toEqual(["la til oppfølgingspunktet «Avklare bemanningen»", "planla et partnerskapsmøte 20.10.2026"]);
    expect(moter.entries.every((e) => e.areaLabel === "Møter")).toBe(true);
    expect(moter.filters).toEqual({ area: "moter", person: null });
    const all = await history();
    expect(all.entries.map((e) => e.areaLabel)).toEqual(["Partnerskapet", "Møter", "Møter", "Årshjul"]);
  });

  it("filters by person, offering only the people who appear in this partnership's history", async () => {
    await cycleEvent("Lederens");
    await cycleEvent("Rådmannens", { entity: "cycle_event", by: radmann });
    const outsider = await makePersonWithRole(db, "nav_leder", { partnershipId: other.id });
    await audit({ entity: "partnership", partnershipId: other.id, by: outsider });
    const mine = await history({ person: radmann.id });
    expect(mine.entries.map((e) => [e.actorName, e.text])).toEqual([[radmann.name, "la til hendelsen «Rådmannens» i årshjulet for 2026"]]);
    expect(mine.people.map((p) => p.name).sort()).toEqual([leder.name, radmann.name].sort());
    expect(mine.people.map((p) => p.id)).not.toContain(outsider.id);
  });

  it("combines area and person", async () => {
    await cycleEvent("Lederens");
    await audit({ entity: "meeting", action: "create", changes: { date: "2026-04-21" }, by: radmann });
    await audit({ entity: "meeting", action: "create", changes: { date: "2026-10-20" } });
    const { entries } = await history({ area: "moter", person: leder.id });
    expect(entries.map((e) => e.text)).toEqual(["planla et partnerskapsmøte 20.10.2026"]);
  });

  it("filters on one meeting, including its agenda, decisions and follow-ups, and names it", async () => {
    const april = (await db.insert(meeting).values({ partnershipId: home.id, title: "Partnerskapsmøte", date: "2026-04-21" }).returning())[0]!;
    const october = (await db.insert(meeting).values({ partnershipId: home.id, title: "Partnerskapsmøte", date: "2026-10-20" }).returning())[0]!;
    await audit({ entity: "meeting", entityId: april.id, action: "create", changes: { date: april.date } });
    await audit({ entity: "meeting", entityId: october.id, action: "create", changes: { date: october.date } });
    await audit({ entity: "agenda_item", action: "create", changes: { meetingId: april.id, title: "Status i mulighetsrommet" } });
    await audit({ entity: "follow_up", action: "create", changes: { meetingId: october.id, text: "Ikke april" } });
    const result = await history({ subject: { kind: "mote", id: april.id } });
    expect(result.subject).toEqual({ kind: "mote", id: april.id, label: "Partnerskapsmøte 21.4.2026" });
    expect(result.entries.map((e) => e.text)).toEqual(["la til «Status i mulighetsrommet» på sakslisten", "planla et partnerskapsmøte 21.4.2026"]);
  });

  it("filters on one assessment, including its areas, and refuses another partnership's assessment", async () => {
    const mine = (await db.insert(assessment).values({ partnershipId: home.id, heldOn: "2026-03-10", occasion: "Vårmøtet" }).returning())[0]!;
    const theirs = (await db.insert(assessment).values({ partnershipId: other.id, heldOn: "2026-03-10", occasion: "Deres" }).returning())[0]!;
    await audit({ entity: "assessment", entityId: mine.id, action: "create", changes: { occasion: "Vårmøtet" } });
    await audit({ entity: "assessment", action: "create", changes: { occasion: "En annen" } });
    const result = await history({ subject: { kind: "vurdering", id: mine.id } });
    expect(result.entries.map((e) => e.text)).toEqual(["startet mulighetsrom-vurderingen «Vårmøtet»"]);
    expect(await refusal(history({ subject: { kind: "vurdering", id: theirs.id } }))).toEqual({ code: "NOT_FOUND", messages: ["Fant ikke vurderingen."] });
  });

  it("keeps a removed plan item in its version's history", async () => {
    const plans = callerFor(db, leder).businessPlan;
    const { versionId } = await plans.create({ ...at, year: 2027, basis: "tom" });
    const area = await plans.addItem({ ...at, versionId, fields: { kind: "focus_area", title: "Flere i arbeid", description: "" } });
    await plans.removeItem({ ...at, kind: "focus_area", id: area.id, version: 1 });
    const other2027 = await callerFor(db, await makePersonWithRole(db, "nav_leder", { partnershipId: other.id })).businessPlan.create({
      partnership: "arendal",
      year: 2027,
      basis: "tom",
    });
    const result = await history({ subject: { kind: "virksomhetsplan", id: versionId } });
    expect(result.subject?.label).toBe("Virksomhetsplanen 2027, versjon 1");
    expect(result.entries.map((e) => e.text)).toEqual([
      "fjernet satsingsområdet «Flere i arbeid» i virksomhetsplanen",
      "la til satsingsområdet «Flere i arbeid» i virksomhetsplanen",
      "lagde virksomhetsplanen for 2027",
    ]);
    expect(await refusal(history({ subject: { kind: "virksomhetsplan", id: other2027.versionId } }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("history.list: who may read it", () => {
  it("lets every role in the partnership and over its fylke read it", async () => {
    await cycleEvent("Synlig");
    for (const person of [
      await makePersonWithRole(db, "avdelingsleder", { partnershipId: home.id }),
      await makePersonWithRole(db, "kommunal_delegat", { partnershipId: home.id }),
      await makePersonWithRole(db, "fylkesdirektor", { fylkeId }),
      await makePersonWithRole(db, "fylkesstab", { fylkeId }),
      radmann,
    ]) {
      expect((await history({}, person)).total).toBe(1);
    }
  });

  it("refuses another partnership's Nav-leder and anonymous callers, and answers NOT_FOUND for an unknown office", async () => {
    await cycleEvent("Hemmelig");
    const outsider = await makePersonWithRole(db, "nav_leder", { partnershipId: other.id });
    expect((await refusal(history({}, outsider))).code).toBe("FORBIDDEN");
    expect((await refusal(callerFor(db, null).history.list(at))).code).toBe("UNAUTHORIZED");
    expect((await refusal(history({ partnership: "finnes-ikke" }))).code).toBe("NOT_FOUND");
  });

  it("refuses malformed input with a Norwegian message", async () => {
    for (const input of [{ page: 0 }, { page: 1.5 }, { page: "to" }, { area: "regnskap" }, { pageSize: 1000 }, { subject: { kind: "faktura", id: "x" } }, { person: "" }]) {
      const result = await refusal(history(input));
      expect(result.code).toBe("BAD_REQUEST");
      expect(result.messages.join(" ")).not.toMatch(/expected|invalid/i);
    }
  });
});
