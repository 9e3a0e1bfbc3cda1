import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { activity, area, documentOf, goal, indicator, snapshot } from "~/server/domain/business-plan/fixtures.test-helpers";
import { planWorkbook } from "./plan-xlsx";

const plan = () =>
  documentOf(
    snapshot({
      focusAreas: [
        area({
          title: "Arbeid og aktivitet",
          goals: [goal({ text: "Flere unge i arbeid", activities: [activity({ text: "Jobbmesse for unge", status: "ikke_startet" })] })],
        }),
      ],
      indicators: [indicator({ name: "Andel unge i arbeid", targetKind: "retning", targetValue: null, targetDirection: "oke" })],
    }),
  );

async function workbookOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

const headerRow = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);

describe("planWorkbook's language", () => {
  it("writes bokmål by default", async () => {
    const workbook = await workbookOf(await planWorkbook(plan(), new Date("2027-02-01T12:00:00Z")));
    expect(workbook.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual([
      "Aktiviteter",
      "Indikatorer",
      "Måleverdier",
      "Om planen",
    ]);
    expect(headerRow(workbook.getWorksheet("Aktiviteter")!)).toEqual([
      "Satsingsområde",
      "Mål",
      "Kilde",
      "Aktivitet",
      "Ansvar",
      "Ansvarlig person",
      "Når",
      "Status",
      "Nøkkel",
    ]);
    expect(workbook.getWorksheet("Om planen")!.getCell("B2").value).toBe("Felles virksomhetsplan 2027");
  });

  it("writes its sheets, headings and words in nynorsk when asked, and people's texts as written", async () => {
    const workbook = await workbookOf(await planWorkbook(plan(), new Date("2027-02-01T12:00:00Z"), "nn"));
    expect(workbook.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual([
      "Aktivitetar",
      "Indikatorar",
      "Måleverdiar",
      "Om planen",
    ]);
    const activities = workbook.getWorksheet("Aktivitetar")!;
    expect(headerRow(activities)).toEqual(["Satsingsområde", "Mål", "Kjelde", "Aktivitet", "Ansvar", "Ansvarleg person", "Når", "Status", "Nøkkel"]);
    expect((activities.getRow(2).values as unknown[]).slice(1, 9)).toEqual([
      "Arbeid og aktivitet",
      "Flere unge i arbeid",
      "Felles",
      "Jobbmesse for unge",
      "Avdelingsleder marked",
      "",
      "Fortløpande",
      "Ikkje starta",
    ]);
    const indicators = workbook.getWorksheet("Indikatorar")!;
    expect(headerRow(indicators)).toEqual(["Namn", "Kjelde", "Eining", "Utgangsverdi", "Mål", "Målast per", "Nøkkel"]);
    expect(indicators.getCell("E2").value).toBe("Skal auke");
    const about = workbook.getWorksheet("Om planen")!;
    expect(about.getCell("B2").value).toBe("Felles verksemdsplan 2027");
    expect(about.getCell("B5").text).not.toMatch(/virksomhetsplan|ikke|Behold navnene/);
    expect(workbook.title).toContain("Felles verksemdsplan 2027");
  });
});
