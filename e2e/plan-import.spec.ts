import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectNoA11yViolations } from "./axe";
import { bytesOf, download, escapeRegExp, expect, test } from "./fixtures";

/**
 * Issue 13, point 1: the spreadsheet round trip. Grimstad's seeded 2027 draft is exported from
 * the page, one activity's text is changed in the file, and the file is imported again: the
 * preview says «1 endret», and after confirming the plan has the same activities with the new
 * text (before, every activity was added a second time). Only this spec changes the 2027 draft's
 * activities; the suite's other specs read it or copy it without looking at this activity.
 */
const run = Date.now().toString(36);
const PLAN = "/partnerskap/grimstad/virksomhetsplan/2027";
/** Added in the seeded 2027 draft (db/seed/virksomhetsplan-demo.ts). */
const ACTIVITY = "Felles gjennomgang av alle under 30 år med arbeidsavklaringspenger, sammen med helsetjenesten i kommunen.";
const EDITED = `Felles gjennomgang av alle under 30 år med arbeidsavklaringspenger, sammen med helsetjenesten og fastlegene (${run}).`;

const statusBox = (page: Page) => page.getByRole("region", { name: /^Versjon \d+$/ });
const areasSection = (page: Page) => page.getByRole("region", { name: "4. Satsingsområder, mål og aktiviteter" });
/** Each activity shows one «Ansvar: …» line. */
const activityLines = (page: Page) => areasSection(page).getByText(/^Ansvar: /);
const activityText = (page: Page, text: string) =>
  areasSection(page).getByRole("paragraph").filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) });

/** The sheet's column with this header, or 0. */
function columnOf(sheet: ExcelJS.Worksheet, header: string) {
  let found = 0;
  sheet.getRow(1).eachCell((cell, column) => {
    if (cell.text === header) found = column;
  });
  return found;
}

test("the Nav-leder exports the 2027 draft, changes one activity in Excel, imports it, sees «1 endret» and confirms: no activity is added twice", async ({
  pageAs,
}) => {
  test.setTimeout(180_000);
  const navleder = await pageAs("navleder");
  await navleder.goto(PLAN);
  await expect(navleder.getByRole("heading", { level: 1, name: "Felles virksomhetsplan 2027" })).toBeVisible();
  await expect(activityText(navleder, ACTIVITY)).toBeVisible();
  const before = await activityLines(navleder).count();
  expect(before, "the draft has activities").toBeGreaterThan(1);
  await expectNoA11yViolations(navleder);

  // --- Export through the page's link, and edit the one row in the file ------------------------
  const form = navleder.getByRole("form", { name: "Importer fra regneark" });
  const exportLink = statusBox(navleder).getByRole("link", { name: "Aktiviteter og indikatorer (.xlsx)" });
  // The hint names the link as the page does.
  await expect(form.getByText("Bruk regnearket fra «Aktiviteter og indikatorer (.xlsx)» over.", { exact: false })).toBeVisible();
  const exported = await bytesOf(await download(navleder, exportLink), /^virksomhetsplan-grimstad-2027-v\d+\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(exported as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Aktiviteter")!;
  expect(sheet, "the export has the sheet «Aktiviteter»").toBeTruthy();
  const textColumn = columnOf(sheet, "Aktivitet");
  const keyColumn = columnOf(sheet, "Nøkkel");
  expect(textColumn, "the sheet has an «Aktivitet» column").toBeGreaterThan(0);
  expect(keyColumn, "the sheet has a key column").toBeGreaterThan(0);
  expect(sheet.getColumn(keyColumn).hidden, "the key column is hidden").toBe(true);
  let edited = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(textColumn).text === ACTIVITY) {
      expect(row.getCell(keyColumn).text, "the row carries its key").not.toBe("");
      row.getCell(textColumn).value = EDITED;
      edited = n;
    }
  });
  expect(edited, "the activity is a row in the file").toBeGreaterThan(1);
  const file = Buffer.from(await workbook.xlsx.writeBuffer());

  // --- Import: first a preview, nothing written -------------------------------------------------
  await form.getByLabel("Regneark (.xlsx)").setInputFiles({
    name: "grimstad-2027.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file,
  });
  await form.getByRole("button", { name: "Importer" }).click();
  const preview = navleder.getByRole("region", { name: "Se over før du importerer" });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Se over før du importerer" })).toBeFocused();
  await expect(preview.getByRole("listitem").filter({ hasText: /^Aktiviteter: 0 nye, 1 endret, \d+ uendret, 0 fjernes$/ })).toBeVisible();
  // Everything else in the file reads back as it is in the plan.
  await expect(preview.getByRole("listitem").filter({ hasText: /^Indikatorer: 0 nye, 0 endret, [1-9]\d* uendret, 0 fjernes$/ })).toBeVisible();
  await expect(preview.getByRole("listitem").filter({ hasText: /^Måleverdier: 0 nye, 0 endret, \d+ uendret, 0 fjernes$/ })).toBeVisible();
  await expect(preview.getByRole("group")).toHaveCount(0);
  await expect(
    preview.getByRole("listitem").filter({ hasText: new RegExp(`^Aktivitet: fra «${escapeRegExp(ACTIVITY)}» til «${escapeRegExp(EDITED)}»$`) }),
  ).toBeVisible();
  await expect(preview.getByRole("button", { name: "Bekreft importen" })).toBeVisible();
  await expectNoA11yViolations(navleder);

  // --- Confirm ---------------------------------------------------------------------------------
  await preview.getByRole("button", { name: "Bekreft importen" }).click();
  await expect(form.getByText("Importen er lagret: 1 aktivitet endret.")).toBeVisible();
  await expect(preview).toHaveCount(0);
  await expect(activityText(navleder, EDITED)).toBeVisible();

  await navleder.reload();
  await expect(navleder.getByRole("heading", { level: 1, name: "Felles virksomhetsplan 2027" })).toBeVisible();
  await expect(activityText(navleder, EDITED)).toBeVisible();
  await expect(activityText(navleder, ACTIVITY)).toHaveCount(0);
  await expect(activityLines(navleder)).toHaveCount(before);
  await expectNoA11yViolations(navleder);
});
