import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { planWorkbook } from "~/server/export/plan-xlsx";
import { activity, area, documentOf, goal, indicator, snapshot, YEAR } from "./fixtures.test-helpers";
import { renderText } from "~/lib/i18n/text";
import { MAX_IMPORT_BYTES } from "~/lib/limits";
import { FILE_TOO_LARGE, type ParsedActivity, NOT_XLSX, parsePeriod, parsePlanWorkbook } from "./xlsx-import";

const notXlsx = renderText(NOT_XLSX, "nb");


/** A plan with every kind of row the sheets hold: timings of each kind, names, a goal and an area left empty. */
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
              activity({
                key: "a2",
                text: "Tettere oppfølging\nmed to møter i måneden",
                responsible: "Avdelingsleder marked",
                responsiblePerson: "Kari Nordmann",
                timingKind: "dato",
                timingValue: "2027-06-15",
                status: "fullfort",
              }),
            ],
          }),
          goal({ key: "g2", text: "Færre unge uføre", source: "stat", activities: [activity({ key: "a3", text: "Kartlegging", timingKind: "halvar", timingValue: "2027-H2", status: "utsatt" })] }),
          goal({ key: "g3", text: "Et mål uten aktiviteter", source: "kommune" }),
        ],
      }),
      area({ key: "tom", title: "Et satsingsområde uten mål" }),
    ],
    indicators: [
      indicator({
        key: "i1",
        name: "Andel unge i arbeid",
        source: "felles",
        unit: "%",
        baseline: 48.5,
        targetKind: "tall",
        targetValue: 60,
        values: [
          { period: "2027-T1", value: 52.25, version: 1 },
          { period: "2026-T3", value: 50, version: 1 },
        ],
      }),
      indicator({ key: "i2", name: "Unge på sosialhjelp", source: "kommune", unit: "", targetKind: "retning", targetValue: null, targetDirection: "synke", periodKind: "maned", values: [{ period: "2027-02", value: 1234, version: 1 }] }),
      indicator({ key: "i3", name: "Ventetid", source: "stat", unit: "dager", baseline: 30, targetKind: "grense", targetValue: 14, targetOperator: "<=", periodKind: "ar", values: [{ period: "2027", value: 21, version: 1 }] }),
    ],
  });

/** A workbook written by hand, as a person might: sheets of rows under a header row. */
async function workbookOf(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const ACTIVITY_HEADER = ["Satsingsområde", "Mål", "Kilde", "Aktivitet", "Ansvar", "Ansvarlig person", "Når", "Status"];
const INDICATOR_HEADER = ["Navn", "Kilde", "Enhet", "Utgangsverdi", "Mål", "Måles per"];

describe("parsePlanWorkbook", () => {
  it("reads back exactly what the Excel export wrote", async () => {
    const plan = fixture();
    const parsed = await parsePlanWorkbook(await planWorkbook(documentOf(plan)), YEAR);
    expect(parsed.errors).toEqual([]);

    const expectedActivities = plan.focusAreas.flatMap((a): Omit<ParsedActivity, "sheetRow">[] =>
      a.goals.length === 0
        ? [{ key: null, area: a.title, goal: null, activity: null }]
        : a.goals.flatMap((g): Omit<ParsedActivity, "sheetRow">[] =>
            g.activities.length === 0
              ? [{ key: null, area: a.title, goal: { text: g.text, source: g.source }, activity: null }]
              : g.activities.map((x) => ({
                  key: x.key,
                  area: a.title,
                  goal: { text: g.text, source: g.source },
                  activity: {
                    text: x.text,
                    responsible: x.responsible,
                    responsiblePerson: x.responsiblePerson,
                    timingKind: x.timingKind,
                    timingValue: x.timingValue,
                    status: x.status,
                  },
                })),
          ),
    );
    expect(parsed.activities.map(({ sheetRow: _, ...rest }) => rest)).toEqual(expectedActivities);
    expect(parsed.activities.map((a) => a.sheetRow)).toEqual([2, 3, 4, 5, 6]);

    expect(parsed.indicators.map(({ sheetRow: _, ...rest }) => rest)).toEqual(
      plan.indicators.map((i) => ({
        key: i.key,
        name: i.name,
        source: i.source,
        unit: i.unit,
        baseline: i.baseline,
        targetKind: i.targetKind,
        targetValue: i.targetValue,
        targetDirection: i.targetDirection,
        targetOperator: i.targetOperator,
        periodKind: i.periodKind,
      })),
    );
    expect(parsed.values.map(({ sheetRow: _, ...rest }) => rest)).toEqual([
      { indicatorKey: "i1", indicator: "Andel unge i arbeid", period: "2026-T3", value: 50 },
      { indicatorKey: "i1", indicator: "Andel unge i arbeid", period: "2027-T1", value: 52.25 },
      { indicatorKey: "i2", indicator: "Unge på sosialhjelp", period: "2027-02", value: 1234 },
      { indicatorKey: "i3", indicator: "Ventetid", period: "2027", value: 21 },
    ]);
    // Where the file comes from, for refusing a file from another plan or partnership.
    expect(parsed.origin).toEqual({ partnershipId: plan.plan.partnershipId, planId: plan.plan.id, year: YEAR, versionNo: 1, officeName: "Nav Grimstad" });
    expect(parsed.sheets).toEqual({ activities: true, indicators: true, values: true });
  });

  it("reads back a file exported in nynorsk the same as one in bokmål", async () => {
    const plan = fixture();
    const bokmal = await parsePlanWorkbook(await planWorkbook(documentOf(plan)), YEAR);
    const nynorsk = await parsePlanWorkbook(await planWorkbook(documentOf(plan), new Date(), "nn"), YEAR);
    expect(nynorsk.errors).toEqual([]);
    expect(nynorsk.activities).toEqual(bokmal.activities);
    expect(nynorsk.indicators).toEqual(bokmal.indicators);
    expect(nynorsk.values).toEqual(bokmal.values);
    expect(nynorsk.sheets).toEqual({ activities: true, indicators: true, values: true });
  });

  it("finds columns by name in any order and case, and reads numbers, dates and blanks the way people type them", async () => {
    const file = await workbookOf({
      aktiviteter: [
        ["status", "AKTIVITET", "kilde", "mål", "satsingsområde", "når"],
        ["", "Kurs", "kommune", "Mål A", "Område A", ""],
        ["Pågår", "Møte", "Stat", "Mål A", "Område A", new Date(Date.UTC(2027, 2, 5))],
        [],
        ["fullført", "Rapport", "FELLES", "Mål B", "Område A", "2. halvår"],
      ],
      Indikatorer: [
        ["Navn", "Kilde", "Mål", "Utgangsverdi", "Enhet"],
        ["Sykefravær", "Stat", "< 6,3 %", "7,1", "%"],
      ],
    });
    const parsed = await parsePlanWorkbook(file, YEAR);
    expect(parsed.errors).toEqual([]);
    expect(parsed.activities.map((a) => [a.sheetRow, a.activity?.text, a.activity?.status, a.activity?.timingKind, a.activity?.timingValue])).toEqual([
      [2, "Kurs", "ikke_startet", "fortlopende", null],
      [3, "Møte", "pagar", "dato", "2027-03-05"],
      [5, "Rapport", "fullfort", "halvar", "2027-H2"],
    ]);
    expect(parsed.indicators[0]).toMatchObject({ baseline: 7.1, targetKind: "grense", targetOperator: "<", targetValue: 6.3, periodKind: "tertial" });
  });

  /** Rows with a mistake in nearly every column. */
  const badRows = () =>
    workbookOf({
      Aktiviteter: [
        ACTIVITY_HEADER,
        ["Arbeid", "Flere i jobb", "Staten", "Kurs", "", "", "", ""],
        ["Arbeid", "Flere i jobb", "Stat", "Kurs", "", "", "neste vinter", "Halvferdig"],
        ["", "Flere i jobb", "Stat", "Kurs", "", "", "", ""],
        ["Arbeid", "", "", "Kurs uten mål", "", "", "", ""],
        ["Arbeid", "Flere i jobb", "Stat", "Gyldig aktivitet", "Leder", "", "mars", "Pågår"],
        ["Arbeid", "Flere i jobb", "Stat", "x".repeat(1001), "", "", "", ""],
      ],
      Indikatorer: [
        INDICATOR_HEADER,
        ["Ventetid", "Stat", "dager", "tretti", "kortere", "Uke"],
        ["Ventetid", "Stat", "dager", "", "< 14", "År"],
      ],
      Måleverdier: [
        ["Indikator", "Periode", "Verdi"],
        ["Ventetid", "1. tertial 2027", "12"],
        ["Ventetid", "2020", "12"],
        ["Ventetid", "2027", "mye"],
      ],
    });

  it("reports every bad row by sheet, row and column", async () => {
    const parsed = await parsePlanWorkbook(await badRows(), YEAR);
    const at = (sheet: string, row: number) => parsed.errors.filter((e) => e.sheet === sheet && e.row === row).map((e) => e.message);

    expect(at("Aktiviteter", 2)).toEqual(["Aktiviteter, rad 2, kolonne «Kilde»: Kilden må være «Stat», «Kommune» eller «Felles»."]);
    expect(at("Aktiviteter", 3)).toEqual([
      expect.stringMatching(/^Aktiviteter, rad 3, kolonne «Når»: .*fortløpende/),
      "Aktiviteter, rad 3, kolonne «Status»: Status må være «Ikke startet», «Pågår», «Fullført» eller «Utsatt».",
    ]);
    expect(at("Aktiviteter", 4)).toEqual(["Aktiviteter, rad 4, kolonne «Satsingsområde»: Skriv inn satsingsområdet raden hører til."]);
    expect(at("Aktiviteter", 5)).toEqual(["Aktiviteter, rad 5, kolonne «Mål»: Skriv inn målet aktiviteten hører til."]);
    expect(at("Aktiviteter", 6)).toEqual([]);
    expect(at("Aktiviteter", 7)).toEqual(["Aktiviteter, rad 7, kolonne «Aktivitet»: Aktiviteten kan ha høyst 1000 tegn."]);
    expect(at("Indikatorer", 2)).toEqual([
      "Indikatorer, rad 2, kolonne «Utgangsverdi»: Utgangsverdien må være et tall, for eksempel 12,6.",
      expect.stringMatching(/^Indikatorer, rad 2, kolonne «Mål»: Målet må være/),
      "Indikatorer, rad 2, kolonne «Måles per»: «Måles per» må være «Måned», «Tertial» eller «År».",
    ]);
    expect(at("Indikatorer", 3)).toEqual(["Indikatorer, rad 3, kolonne «Navn»: Indikatoren «Ventetid» står også på rad 2."]);
    // Row 2 of Indikatorer failed, so the values can only be checked against the periods in general.
    expect(at("Måleverdier", 2)).toEqual([]);
    expect(at("Måleverdier", 3)).toEqual([expect.stringMatching(/^Måleverdier, rad 3, kolonne «Periode»: Velg et år fra 2025 til 2027\./)]);
    expect(at("Måleverdier", 4)).toEqual(["Måleverdier, rad 4, kolonne «Verdi»: Verdien må være et tall, for eksempel 12,6."]);
  });

  it("writes the errors in the reader's language, naming the sheets, columns and words of that language", async () => {
    const parsed = await parsePlanWorkbook(await badRows(), YEAR, "nn");
    const at = (sheet: string, row: number) => parsed.errors.filter((e) => e.sheet === sheet && e.row === row).map((e) => e.message);

    expect(at("Aktivitetar", 2)).toEqual(["Aktivitetar, rad 2, kolonne «Kjelde»: Kjelda må vere «Stat», «Kommune» eller «Felles»."]);
    expect(at("Aktivitetar", 3)).toEqual([
      "Aktivitetar, rad 3, kolonne «Når»: «når» må vere ein dato (15.03.2027), ein månad (mars 2027), eit halvår (1. halvår) eller «fortløpande».",
      "Aktivitetar, rad 3, kolonne «Status»: Status må vere «Ikkje starta», «Pågår», «Fullført» eller «Utsett».",
    ]);
    expect(at("Aktivitetar", 5)).toEqual(["Aktivitetar, rad 5, kolonne «Mål»: Skriv inn målet aktiviteten høyrer til."]);
    expect(at("Indikatorar", 2)).toEqual([
      "Indikatorar, rad 2, kolonne «Utgangsverdi»: Utgangsverdien må vere eit tal, til dømes 12,6.",
      "Indikatorar, rad 2, kolonne «Mål»: Målet må vere eit tal (50 %), ei grense (< 6,3 %) eller ei retning («skal auke», «skal minke»).",
      "Indikatorar, rad 2, kolonne «Målast per»: «Målast per» må vere «Månad», «Tertial» eller «År».",
    ]);
    expect(at("Indikatorar", 3)).toEqual(["Indikatorar, rad 3, kolonne «Namn»: Indikatoren «Ventetid» står òg på rad 2."]);
    expect(at("Måleverdiar", 3)).toEqual(["Måleverdiar, rad 3, kolonne «Periode»: Vel eit år frå 2025 til 2027."]);

    const missing = await workbookOf({ Aktiviteter: [["Satsingsområde", "Aktivitet"], ["A", "B"]] });
    expect((await parsePlanWorkbook(missing, YEAR, "nn")).errors).toEqual([
      { sheet: "Aktivitetar", row: 1, message: "Aktivitetar: Fann ikkje kolonnane «Mål» og «Kjelde» i overskriftsrada." },
    ]);
    expect((await parsePlanWorkbook(new Uint8Array(0), YEAR, "nn")).errors[0]?.message).toBe("Fila er ikkje eit Excel-rekneark (.xlsx).");
  });

  it("refuses a file that is not a spreadsheet, a spreadsheet without the sheets, and a file over 5 MB", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF");
    expect((await parsePlanWorkbook(pdf, YEAR)).errors).toEqual([{ sheet: "", row: 0, message: notXlsx }]);
    expect((await parsePlanWorkbook(new TextEncoder().encode("Satsingsområde;Mål\nA;B"), YEAR)).errors[0]?.message).toBe(notXlsx);
    expect((await parsePlanWorkbook(new Uint8Array(0), YEAR)).errors[0]?.message).toBe(notXlsx);

    // Zip magic followed by garbage: not a zip exceljs can read.
    const fakeZip = new Uint8Array(200).fill(7);
    fakeZip.set([0x50, 0x4b, 0x03, 0x04]);
    expect((await parsePlanWorkbook(fakeZip, YEAR)).errors[0]?.message).toBe(notXlsx);

    const other = await workbookOf({ Ark1: [["Hei"]] });
    expect((await parsePlanWorkbook(other, YEAR)).errors[0]?.message).toMatch(/^Fant ikke arkene «Aktiviteter» eller «Indikatorer»/);

    const missing = await workbookOf({ Aktiviteter: [["Satsingsområde", "Aktivitet"], ["A", "B"]] });
    expect((await parsePlanWorkbook(missing, YEAR)).errors).toEqual([
      { sheet: "Aktiviteter", row: 1, message: "Aktiviteter: Fant ikke kolonnene «Mål» og «Kilde» i overskriftsraden." },
    ]);

    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    expect((await parsePlanWorkbook(huge, YEAR)).errors).toEqual([{ sheet: "", row: 0, message: "Filen er større enn 5 MB." }]);
    expect(renderText(FILE_TOO_LARGE, "nb")).toBe("Filen er større enn 5 MB.");
  });

  it("reads periods as they are written", () => {
    expect(parsePeriod("1. tertial 2027", YEAR)).toEqual({ period: "2027-T1" });
    expect(parsePeriod("2026-T3", YEAR)).toEqual({ period: "2026-T3" });
    expect(parsePeriod("T2", YEAR)).toEqual({ period: "2027-T2" });
    expect(parsePeriod("mars 2027", YEAR)).toEqual({ period: "2027-03" });
    expect(parsePeriod("2027-11", YEAR)).toEqual({ period: "2027-11" });
    expect(parsePeriod("2026", YEAR)).toEqual({ period: "2026" });
    expect(parsePeriod("1. halvår", YEAR)).toHaveProperty("error");
  });
});

describe("a spreadsheet with far too many rows", () => {
  it("is refused within a second, counting rows as it reads instead of loading the whole file", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Aktiviteter");
    sheet.addRow(["Satsingsområde", "Mål", "Kilde", "Aktivitet", "Ansvar", "Ansvarlig person", "Når", "Status"]);
    for (let i = 0; i < 100_000; i++) sheet.addRow(["Arbeid", "Flere i arbeid", "Felles", `Aktivitet ${i}`, "Team", "", "Fortløpende", "Ikke startet"]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(file.byteLength).toBeLessThan(MAX_IMPORT_BYTES);

    const started = performance.now();
    const parsed = await parsePlanWorkbook(file, YEAR);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parsed.errors).toEqual([expect.objectContaining({ message: "Arket «Aktiviteter» har mer enn 1000 rader. Et ark kan ha høyst 1000 rader." })]);
    expect(parsed.activities).toEqual([]);
  }, 60_000);
});
