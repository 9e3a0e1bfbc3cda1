import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildOverview } from "~/server/domain/network/overview-model";
import { networkOverviewWorkbook } from "./network-xlsx";

const network = { name: "Agder-nettverket", periodStart: "2026-01-01", periodEnd: "2027-12-31" };

async function areaColumnOf(locale: "nb" | "nn") {
  const bytes = await networkOverviewWorkbook(network, buildOverview([]), new Date("2027-02-01T12:00:00Z"), locale);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer);
  const sheet = workbook.worksheets.find((s) => s.state === "visible")!;
  return sheet.getColumn(2).values.slice(2).map(String);
}

describe("the network overview workbook's areas", () => {
  it("names the 20 areas in the workbook's language", async () => {
    const bokmal = await areaColumnOf("nb");
    const nynorsk = await areaColumnOf("nn");
    expect(bokmal).toHaveLength(20);
    expect(bokmal[1]).toBe("God og synlig ledelse");
    expect(nynorsk[1]).toBe("God og synleg leiing");
    expect(nynorsk[14]).toBe("Tillit til Nav-leiar");
  });
});
