import ExcelJS from "exceljs";
import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { auditEvent, businessPlanVersion, planActivity, planFocusArea, planGoal, planIndicator, planIndicatorValue } from "~/db/schema";
import { renderText } from "~/lib/i18n/text";
import { createTestDatabase, grantRole, makeFylke, makePartnership, makeUser } from "~/test/factories";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import { partnershipScope, type PartnershipScope } from "~/server/domain/scope";
import { planWorkbook } from "~/server/export/plan-xlsx";
import { activity, area, copyVersion, documentOf, goal, indicator, snapshot, YEAR } from "./fixtures.test-helpers";
import { applyImport, planImport, previewImport, STALE_PREVIEW, type StoredValue } from "./import-sync";
import { addItem, updateItem } from "./items";
import { createPlan } from "./plans";
import { loadSnapshot, type PlanSnapshot } from "./snapshot";
import { parsePlanWorkbook } from "./xlsx-import";


/** Two goals with three activities, two indicators with values. */
const fixture = () =>
  snapshot({
    focusAreas: [
      area({
        key: "arbeid",
        title: "Arbeid og aktivitet",
        goals: [
          goal({
            key: "g1",
            text: "Flere unge i arbeid",
            source: "felles",
            activities: [
              activity({ key: "a1", text: "Jobbmesse for unge", timingKind: "maned", timingValue: "2027-03", status: "pagar" }),
              activity({ key: "a2", text: "Tettere oppfølging", responsible: "Avdelingsleder marked" }),
            ],
          }),
          goal({ key: "g2", text: "Færre unge uføre", source: "stat", activities: [activity({ key: "a3", text: "Kartlegging" })] }),
        ],
      }),
    ],
    indicators: [
      indicator({ key: "i1", name: "Andel unge i arbeid", unit: "%", targetValue: 60, values: [{ period: "2027-T1", value: 52, version: 1 }] }),
      indicator({ key: "i2", name: "Ventetid", unit: "dager", targetKind: "grense", targetValue: 14, targetOperator: "<=", periodKind: "ar" }),
    ],
  });

const storedOf = (s: PlanSnapshot): StoredValue[] =>
  s.indicators.flatMap((i) => i.values.map((v) => ({ indicatorKey: i.key, period: v.period, value: v.value })));

/** The export of the plan, changed the way a person would in Excel, and read back. */
async function editedExport(s: PlanSnapshot, edit: (workbook: ExcelJS.Workbook) => void = () => {}, year = s.plan.year) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await planWorkbook(documentOf(s))) as unknown as ArrayBuffer);
  edit(workbook);
  return parsePlanWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), year);
}

/**
 * Writes a row below the last one with anything in it, as a person typing in Excel does (the
 * export leaves spare rows with drop-downs, which addRow would skip past).
 */
function appendRow(sheet: ExcelJS.Worksheet, values: ExcelJS.CellValue[]) {
  let last = 1;
  sheet.eachRow((row, n) => {
    if (row.values && (row.values as ExcelJS.CellValue[]).some((v) => v !== null && v !== undefined && v !== "")) last = n;
  });
  const row = sheet.getRow(last + 1);
  values.forEach((v, i) => (row.getCell(i + 1).value = v));
  return row;
}

/** The column of a header in a sheet of the export. */
function column(sheet: ExcelJS.Worksheet, header: string) {
  let found = 0;
  sheet.getRow(1).eachCell((cell, n) => {
    if (cell.text === header) found = n;
  });
  expect(found, `the sheet «${sheet.name}» has the column «${header}»`).toBeGreaterThan(0);
  return found;
}

/** The sheet row holding the text in the column. */
function rowWith(sheet: ExcelJS.Worksheet, header: string, text: string) {
  const col = column(sheet, header);
  let found = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(col).text === text) found = n;
  });
  expect(found, `a row with «${text}»`).toBeGreaterThan(0);
  return found;
}

const setCell = (workbook: ExcelJS.Workbook, sheetName: string, match: { header: string; text: string }, header: string, value: ExcelJS.CellValue) => {
  const sheet = workbook.getWorksheet(sheetName)!;
  sheet.getCell(rowWith(sheet, match.header, match.text), column(sheet, header)).value = value;
};

function planned(s: PlanSnapshot, parsed: Awaited<ReturnType<typeof parsePlanWorkbook>>) {
  const result = planImport(s, storedOf(s), parsed);
  if ("errors" in result) throw new Error(`Unexpected errors: ${result.errors.map((e) => e.message).join("; ")}`);
  return result.plan.preview;
}

const countsOf = (t: { added: unknown[]; changed: unknown[]; unchanged: number; missing: unknown[] }) => ({
  added: t.added.length,
  changed: t.changed.length,
  unchanged: t.unchanged,
  missing: t.missing.length,
});

describe("planImport: matching the file's rows to the plan", () => {
  it("finds nothing to do in the plan's own export", async () => {
    const plan = fixture();
    const preview = planned(plan, await editedExport(plan));
    expect(countsOf(preview.activities)).toEqual({ added: 0, changed: 0, unchanged: 3, missing: 0 });
    expect(countsOf(preview.indicators)).toEqual({ added: 0, changed: 0, unchanged: 2, missing: 0 });
    expect(countsOf(preview.values)).toEqual({ added: 0, changed: 0, unchanged: 1, missing: 0 });
    expect(preview).toMatchObject({ newAreas: [], newGoals: [], changedGoals: [] });
  });

  it("updates a keyed row in place and says which fields change, from what to what", async () => {
    const plan = fixture();
    const parsed = await editedExport(plan, (wb) => {
      setCell(wb, "Aktiviteter", { header: "Aktivitet", text: "Tettere oppfølging" }, "Aktivitet", "Tettere oppfølging med to møter i måneden");
      setCell(wb, "Aktiviteter", { header: "Aktivitet", text: "Jobbmesse for unge" }, "Status", "Fullført");
    });
    const preview = planned(plan, parsed);
    expect(countsOf(preview.activities)).toEqual({ added: 0, changed: 2, unchanged: 1, missing: 0 });
    expect(preview.activities.changed).toEqual([
      { ref: "activity:a1", row: 2, label: "Jobbmesse for unge", context: "Flere unge i arbeid", changes: [{ field: "Status", from: "Pågår", to: "Fullført" }] },
      {
        ref: "activity:a2",
        row: 3,
        label: "Tettere oppfølging",
        context: "Flere unge i arbeid",
        changes: [{ field: "Aktivitet", from: "Tettere oppfølging", to: "Tettere oppfølging med to møter i måneden" }],
      },
    ]);
  });

  it("adds a row without a key, and a copied row (its key already used) as a new one", async () => {
    const plan = fixture();
    const parsed = await editedExport(plan, (wb) => {
      const sheet = wb.getWorksheet("Aktiviteter")!;
      appendRow(sheet, ["Arbeid og aktivitet", "Flere unge i arbeid", "Felles", "Sommerjobb for unge", "Ungdomsteamet", "", "juni 2027", ""]);
      // A copy of row 2 with the hidden key, changed: the original stays, the copy is new.
      const copy = appendRow(sheet, (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1));
      copy.getCell(column(sheet, "Aktivitet")).value = "Jobbmesse for unge, høst";
    });
    const preview = planned(plan, parsed);
    expect(countsOf(preview.activities)).toEqual({ added: 2, changed: 0, unchanged: 3, missing: 0 });
    expect(preview.activities.added.map((r) => [r.row, r.label])).toEqual([
      [5, "Sommerjobb for unge"],
      [6, "Jobbmesse for unge, høst"],
    ]);
  });

  it("lists what the plan has and the file does not, for the person to choose", async () => {
    const plan = fixture();
    const parsed = await editedExport(plan, (wb) => {
      wb.getWorksheet("Aktiviteter")!.spliceRows(rowWith(wb.getWorksheet("Aktiviteter")!, "Aktivitet", "Kartlegging"), 1);
      wb.getWorksheet("Indikatorer")!.spliceRows(rowWith(wb.getWorksheet("Indikatorer")!, "Navn", "Ventetid"), 1);
      wb.getWorksheet("Måleverdier")!.spliceRows(2, 1);
    });
    const preview = planned(plan, parsed);
    expect(countsOf(preview.activities)).toEqual({ added: 0, changed: 0, unchanged: 2, missing: 1 });
    expect(preview.activities.missing).toEqual([{ ref: "activity:a3", row: null, label: "Kartlegging", context: "Færre unge uføre", changes: [] }]);
    expect(preview.indicators.missing.map((r) => r.ref)).toEqual(["indicator:i2"]);
    expect(preview.values.missing).toEqual([
      { ref: "value:i1:2027-T1", row: null, label: "Andel unge i arbeid, 1. tertial 2027", context: "Verdi 52", changes: [] },
    ]);
  });

  it("does not count a sheet left out of the file as rows removed", async () => {
    const plan = fixture();
    const parsed = await editedExport(plan, (wb) => {
      wb.removeWorksheet(wb.getWorksheet("Indikatorer")!.id);
      wb.removeWorksheet(wb.getWorksheet("Måleverdier")!.id);
    });
    const preview = planned(plan, parsed);
    expect(preview.indicators.missing).toEqual([]);
    expect(preview.values.missing).toEqual([]);
    expect(countsOf(preview.activities)).toEqual({ added: 0, changed: 0, unchanged: 3, missing: 0 });
  });

  it("keys a measurement by its indicator and period, also when the indicator is renamed in the file", async () => {
    const plan = fixture();
    const parsed = await editedExport(plan, (wb) => {
      // Renamed in «Indikatorer»; «Måleverdier» still says the old name, but carries the key.
      setCell(wb, "Indikatorer", { header: "Navn", text: "Andel unge i arbeid" }, "Navn", "Andel unge under 30 i arbeid");
      setCell(wb, "Måleverdier", { header: "Periode", text: "1. tertial 2027" }, "Verdi", 53.5);
      appendRow(wb.getWorksheet("Måleverdier")!, ["Andel unge i arbeid", "2. tertial 2027", 55, "i1"]);
    });
    const preview = planned(plan, parsed);
    expect(preview.indicators.changed).toEqual([
      { ref: "indicator:i1", row: 2, label: "Andel unge i arbeid", changes: [{ field: "Navn", from: "Andel unge i arbeid", to: "Andel unge under 30 i arbeid" }] },
    ]);
    expect(countsOf(preview.values)).toEqual({ added: 1, changed: 1, unchanged: 0, missing: 0 });
    expect(preview.values.changed[0]).toMatchObject({ ref: "value:i1:2027-T1", changes: [{ field: "Verdi", from: "52", to: "53,5" }] });
    expect(preview.values.added[0]).toMatchObject({ label: "Andel unge under 30 i arbeid, 2. tertial 2027" });
  });

  it("matches a file from an earlier version of the same plan by its keys", async () => {
    const first = fixture();
    const second = copyVersion(first, (copy) => {
      copy.focusAreas[0]!.goals[0]!.activities[0]!.text = "Jobbmesse for unge (endret i versjon 2)";
    });
    const preview = planned(second, await editedExport(first));
    expect(countsOf(preview.activities)).toEqual({ added: 0, changed: 1, unchanged: 2, missing: 0 });
    expect(preview.activities.changed[0]!.changes).toEqual([
      { field: "Aktivitet", from: "Jobbmesse for unge (endret i versjon 2)", to: "Jobbmesse for unge" },
    ]);
  });

  it("refuses a file from another partnership or another year's plan, naming where it comes from", async () => {
    const plan = fixture();
    const fromArendal = snapshot({ focusAreas: fixture().focusAreas });
    fromArendal.plan = { ...fromArendal.plan, id: "plan-arendal", partnershipId: "partnership-arendal" };
    const arendalFile = await parsePlanWorkbook(
      await planWorkbook({ ...documentOf(fromArendal), officeName: "Nav Arendal" }),
      YEAR,
    );
    expect(planImport(plan, [], arendalFile)).toEqual({
      errors: [
        {
          sheet: "",
          row: 0,
          message:
            "Regnearket er lastet ned fra et annet partnerskap (Nav Arendal), så det ble ikke importert. Last ned regnearket fra denne planen og gjør endringene der.",
        },
      ],
    });

    const lastYear = snapshot({ year: YEAR - 1, focusAreas: fixture().focusAreas });
    lastYear.plan = { ...lastYear.plan, id: "plan-2026" };
    const lastYearFile = await parsePlanWorkbook(await planWorkbook(documentOf(lastYear)), YEAR);
    expect(planImport(plan, [], lastYearFile)).toEqual({
      errors: [
        {
          sheet: "",
          row: 0,
          message: `Regnearket er lastet ned fra virksomhetsplanen for ${YEAR - 1}, ikke fra planen for ${YEAR}, så det ble ikke importert. Last ned regnearket fra planen for ${YEAR} og gjør endringene der.`,
        },
      ],
    });
  });

  it("reports a goal given two sources, and a value for an indicator nobody has, by sheet, row and column", async () => {
    const plan = fixture();
    const parsed = await editedExport(plan, (wb) => {
      setCell(wb, "Aktiviteter", { header: "Aktivitet", text: "Tettere oppfølging" }, "Kilde", "Stat");
      appendRow(wb.getWorksheet("Måleverdier")!, ["Finnes ikke", "2027", 3]);
    });
    const result = planImport(plan, storedOf(plan), parsed);
    expect(result).toEqual({
      errors: [
        {
          sheet: "Aktiviteter",
          row: 3,
          message:
            "Aktiviteter, rad 3, kolonne «Kilde»: Målet «Flere unge i arbeid» har kilden «Felles» på rad 2. Et mål har én kilde: skriv den samme på alle radene for målet.",
        },
        {
          sheet: "Måleverdier",
          row: 3,
          message: "Måleverdier, rad 3, kolonne «Indikator»: Fant ikke indikatoren «Finnes ikke», verken i arket «Indikatorer» eller i planen.",
        },
      ],
    });
  });

  it("writes the preview and the errors in the reader's language", async () => {
    const plan = fixture();
    const edited = await editedExport(plan, (wb) => {
      setCell(wb, "Aktiviteter", { header: "Aktivitet", text: "Jobbmesse for unge" }, "Status", "Ikkje starta");
      setCell(wb, "Indikatorer", { header: "Navn", text: "Ventetid" }, "Måles per", "Tertial");
    });
    const nynorsk = planImport(plan, storedOf(plan), edited, "nn");
    if ("errors" in nynorsk) throw new Error(nynorsk.errors[0]!.message);
    expect(nynorsk.plan.preview.activities.changed[0]!.changes).toEqual([{ field: "Status", from: "Pågår", to: "Ikkje starta" }]);
    expect(nynorsk.plan.preview.indicators.changed[0]!.changes).toEqual([{ field: "Målast per", from: "År", to: "Tertial" }]);

    const twoSources = await editedExport(plan, (wb) => {
      setCell(wb, "Aktiviteter", { header: "Aktivitet", text: "Tettere oppfølging" }, "Kilde", "Stat");
    });
    expect(planImport(plan, storedOf(plan), twoSources, "nn")).toEqual({
      errors: [
        {
          sheet: "Aktivitetar",
          row: 3,
          message:
            "Aktivitetar, rad 3, kolonne «Kjelde»: Målet «Flere unge i arbeid» har kjelda «Felles» på rad 2. Eit mål har éi kjelde: skriv den same på alle radene for målet.",
        },
      ],
    });
  });

  it("changes a goal's source when every row of the goal says so, and names new satsingsområder and goals", async () => {
    const plan = fixture();
    const parsed = await editedExport(plan, (wb) => {
      setCell(wb, "Aktiviteter", { header: "Aktivitet", text: "Kartlegging" }, "Kilde", "Kommune");
      appendRow(wb.getWorksheet("Aktiviteter")!, ["Kompetanse", "Alle veiledere kan motiverende intervju", "Stat", "Kurs", "", "", "", ""]);
    });
    const preview = planned(plan, parsed);
    expect(preview.changedGoals).toEqual([
      { ref: "goal:g2", row: 4, label: "Færre unge uføre", changes: [{ field: "Kilde", from: "Stat", to: "Kommune" }] },
    ]);
    expect(preview.newAreas).toEqual(["Kompetanse"]);
    expect(preview.newGoals).toEqual(["Alle veiledere kan motiverende intervju"]);
    expect(countsOf(preview.activities)).toEqual({ added: 1, changed: 0, unchanged: 3, missing: 0 });
  });
});

describe("previewImport and applyImport on the database", () => {
  let db: Database;
  let partnershipId: string;
  let leader: Awaited<ReturnType<typeof makeUser>>;
  let versionId: string;
  let planId: string;

  const rows = async (table: typeof planActivity | typeof planGoal | typeof planFocusArea | typeof planIndicator | typeof planIndicatorValue | typeof auditEvent) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  const counts = async () => ({
    areas: await rows(planFocusArea),
    goals: await rows(planGoal),
    activities: await rows(planActivity),
    indicators: await rows(planIndicator),
    values: await rows(planIndicatorValue),
    audit: await rows(auditEvent),
  });
  const current = async () => (await loadSnapshot(db, versionId))!;
  let as: PartnershipScope;

  beforeEach(async () => {
    db = await createTestDatabase();
    const office = await makePartnership(db, (await makeFylke(db)).id, { slug: "grimstad", officeName: "Nav Grimstad" });
    partnershipId = office.id;
    leader = await makeUser(db, { name: "Nora Leder" });
    await grantRole(db, leader.id, "nav_leder", { partnershipId });
    as = partnershipScope(db, leader.id, office, await loadPartnershipAccess(db, leader.id, office));
    ({ versionId, planId } = await createPlan(as, { year: YEAR, basis: "tom" }));
    const workArea = await addItem(as, { versionId, fields: { kind: "focus_area", title: "Arbeid og aktivitet", description: "" } });
    const youth = await addItem(as, {
      versionId,
      parentId: workArea.id,
      fields: { kind: "goal", text: "Flere unge i arbeid", source: "felles", foundationKey: null },
    });
    for (const text of ["Jobbmesse for unge", "Tettere oppfølging", "Kartlegging"]) {
      await addItem(as, {
        versionId,
        parentId: youth.id,
        fields: { kind: "activity", text, responsible: "", responsiblePerson: "", timing: { kind: "fortlopende", value: null }, status: "ikke_startet", developmentActionId: null },
      });
    }
    const waiting = await addItem(as, {
      versionId,
      fields: {
        kind: "indicator",
        name: "Ventetid",
        source: "kommune",
        unit: "dager",
        baseline: null,
        targetKind: "grense",
        targetValue: 14,
        targetDirection: null,
        targetOperator: "<=",
        periodKind: "ar",
      },
    });
    await db.insert(planIndicatorValue).values({ planId, indicatorKey: waiting.key, period: "2027", value: 21 });
  });

  /** The draft's own export, edited: one activity's text changed and a row added. */
  async function editedFile() {
    return editedExport(await current(), (wb) => {
      setCell(wb, "Aktiviteter", { header: "Aktivitet", text: "Tettere oppfølging" }, "Aktivitet", "Tettere oppfølging med faste møter");
      appendRow(wb.getWorksheet("Aktiviteter")!, ["Arbeid og aktivitet", "Flere unge i arbeid", "Felles", "Sommerjobb for unge", "", "", "", ""]);
      wb.getWorksheet("Aktiviteter")!.spliceRows(rowWith(wb.getWorksheet("Aktiviteter")!, "Aktivitet", "Kartlegging"), 1);
      setCell(wb, "Måleverdier", { header: "Periode", text: "2027" }, "Verdi", 18);
    });
  }

  it("previews without writing, then updates in place, adds, keeps what was not chosen for removal, and audits it all", async () => {
    const parsed = await editedFile();
    const before = await counts();
    const result = await previewImport(as, { versionId, parsed });
    expect(await counts()).toEqual(before);
    const preview = result.preview!;
    expect(countsOf(preview.activities)).toEqual({ added: 1, changed: 1, unchanged: 1, missing: 1 });
    expect(countsOf(preview.values)).toEqual({ added: 0, changed: 1, unchanged: 0, missing: 0 });

    const changedKey = (await current()).focusAreas[0]!.goals[0]!.activities[1]!.key;
    expect(await applyImport(as, { versionId, parsed, token: preview.token, remove: [] })).toEqual({
      imported: {
        activities: { added: 1, changed: 1, removed: 0 },
        indicators: { added: 0, changed: 0, removed: 0 },
        values: { added: 0, changed: 1, removed: 0 },
      },
    });
    const after = await current();
    expect(after.focusAreas[0]!.goals[0]!.activities.map((a) => a.text)).toEqual([
      "Jobbmesse for unge",
      "Tettere oppfølging med faste møter",
      "Kartlegging",
      "Sommerjobb for unge",
    ]);
    // The same item, not a copy: its key (which comments and version comparison follow) is kept.
    expect(after.focusAreas[0]!.goals[0]!.activities[1]!.key).toBe(changedKey);
    expect(after.indicators[0]!.values.map((v) => v.value)).toEqual([18]);
    expect((await counts()).activities).toBe(before.activities + 1);

    // audit_event is append-only, so its rows come back in the order they were written.
    const audits = (await db.select().from(auditEvent)).slice(before.audit);
    expect(audits.map((a) => [a.action, (a.changes as { kind: string }).kind])).toEqual([
      ["update", "activity"],
      ["create", "activity"],
      ["update", "indicator_value"],
      ["update", "import"],
    ]);
    expect(audits[0]!.changes).toMatchObject({ text: { from: "Tettere oppfølging", to: "Tettere oppfølging med faste møter" }, via: "import" });
  });

  it("removes only the missing rows the person chose", async () => {
    const parsed = await editedExport(await current(), (wb) => {
      const sheet = wb.getWorksheet("Aktiviteter")!;
      sheet.spliceRows(rowWith(sheet, "Aktivitet", "Kartlegging"), 1);
      sheet.spliceRows(rowWith(sheet, "Aktivitet", "Jobbmesse for unge"), 1);
    });
    const { preview } = await previewImport(as, { versionId, parsed });
    const kartlegging = preview!.activities.missing.find((m) => m.label === "Kartlegging")!;
    const result = await applyImport(as, { versionId, parsed, token: preview!.token, remove: [kartlegging.ref] });
    expect(result.imported?.activities).toEqual({ added: 0, changed: 0, removed: 1 });
    expect((await current()).focusAreas[0]!.goals[0]!.activities.map((a) => a.text)).toEqual(["Jobbmesse for unge", "Tettere oppfølging"]);
    const deleted = (await db.select().from(auditEvent)).find((a) => a.action === "delete")!;
    expect(deleted.changes).toMatchObject({ kind: "activity", text: "Kartlegging", via: "import" });
  });

  it("refuses to apply when the plan changed since the preview, and writes nothing", async () => {
    const parsed = await editedFile();
    const { preview } = await previewImport(as, { versionId, parsed });
    const other = (await current()).focusAreas[0]!.goals[0]!.activities[0]!;
    await updateItem(as, {
      id: other.id,
      version: other.version,
      fields: { kind: "activity", text: "Jobbmesse for unge og foreldre", responsible: "", responsiblePerson: "", timing: { kind: "fortlopende", value: null }, status: "ikke_startet", developmentActionId: null },
    });
    const before = await counts();
    await expect(applyImport(as, { versionId, parsed, token: preview!.token, remove: [] })).rejects.toThrow(renderText(STALE_PREVIEW, "nb"));
    expect(await counts()).toEqual(before);
  });

  it("writes nothing when any row is wrong, and lists the row and column", async () => {
    const parsed = await editedExport(await current(), (wb) => {
      setCell(wb, "Aktiviteter", { header: "Aktivitet", text: "Tettere oppfølging" }, "Aktivitet", "Endret tekst");
      setCell(wb, "Aktiviteter", { header: "Aktivitet", text: "Kartlegging" }, "Når", "snart");
    });
    expect(parsed.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^Aktiviteter, rad 4, kolonne «Når»: /)]);
    const before = await counts();
    expect(await previewImport(as, { versionId, parsed })).toEqual({ errors: parsed.errors });
    expect(await applyImport(as, { versionId, parsed, token: "0".repeat(64), remove: [] })).toEqual({ errors: parsed.errors });
    expect(await counts()).toEqual(before);
  });

  it("refuses a removal the preview did not offer", async () => {
    const parsed = await editedExport(await current());
    const { preview } = await previewImport(as, { versionId, parsed });
    const keep = (await current()).focusAreas[0]!.goals[0]!.activities[0]!.key;
    const before = await counts();
    await expect(applyImport(as, { versionId, parsed, token: preview!.token, remove: [`activity:${keep}`] })).rejects.toThrow(
      "Det du valgte å fjerne, finnes ikke i planen lenger. Importer regnearket på nytt.",
    );
    expect(await counts()).toEqual(before);
  });

  it("is refused unless the version is an editable draft", async () => {
    const parsed = await editedFile();
    await db.update(businessPlanVersion).set({ status: "godkjent" }).where(eq(businessPlanVersion.id, versionId));
    const before = await counts();
    await expect(previewImport(as, { versionId, parsed })).rejects.toThrow("Planen er godkjent. Start en ny versjon for å endre den.");
    await expect(applyImport(as, { versionId, parsed, token: "0".repeat(64), remove: [] })).rejects.toThrow(
      "Planen er godkjent. Start en ny versjon for å endre den.",
    );
    expect(await counts()).toEqual(before);
    expect(planId).toBeTruthy();
  });
});
