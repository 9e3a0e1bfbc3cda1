import type { Locator, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { areas, defaultEvaluationStatements, taskKindLabels, type WorkshopTaskKind } from "./support/bokmal";
import { expectNoA11yViolations } from "./axe";
import { expectNoBokmalOnlyWords } from "./support/language";
import { agderOffices, bytesOf, demoUsers, download, escapeRegExp, expect, hydrated, tabTo, test } from "./fixtures";

/**
 * Issue 7, networks and live workshops. The demo seed (db/seed/nettverk-demo.ts) gives the
 * facilitator the Agder pilot network (eleven members, four finished samlinger) and the current
 * network 2026–2027 (Grimstad, Arendal and Vennesla members, Kvinesdal invited) with «Samling 1:
 * Eierskap og felles mål», whose four tasks are ready and whose live mode is not opened.
 *
 * Each test works on data of its own: the live workshop and the self-assessment each create a
 * samling of their own on the current network, the invitation test creates a network of its own,
 * and only the keyboard test opens the demo samling's live mode. Participants are guests on
 * phones: each its own signed-out browser context, 390 × 844.
 */
const run = Date.now().toString(36);

// The demo's names (db/seed/nettverk-demo.ts).
const PILOT = "Pilotnettverk Agder";
const CURRENT = "Partnerskapsnettverk Agder 2026–2027";
const DEMO_SAMLING = "Samling 1: Eierskap og felles mål";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const FIRST_STATEMENT = defaultEvaluationStatements[0]!;
const EVALUATION = taskKindLabels.evaluering;
const SELF_ASSESSMENT = taskKindLabels.selvvurdering;
const CODE_NOT_IN_USE = "Koden er ikke i bruk. Sjekk koden på skjermen, eller spør fasilitatoren om samlingen er åpnet.";

const area = (no: number) => {
  const found = areas.find((a) => a.no === no);
  if (!found) throw new Error(`No area ${no}`);
  return found;
};

// --- Pages of the facilitator ------------------------------------------------------------------

/** From the network list to a network's page; returns its path. */
async function openNetwork(page: Page, name: string, checkA11y = false) {
  await page.goto("/nettverk");
  await expect(page.getByRole("heading", { level: 1, name: "Nettverk" })).toBeVisible();
  if (checkA11y) await expectNoA11yViolations(page);
  await page.getByRole("table", { name: "Nettverkene du leder eller er med i" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** «Ny samling» on the current network; the new samling's page opens. */
async function createSamling(page: Page, samling: { title: string; date: string; place: string }) {
  await openNetwork(page, CURRENT);
  await (await hydrated(page.getByRole("button", { name: "Ny samling" }))).click();
  const form = page.getByRole("form", { name: "Ny samling" });
  await form.getByRole("textbox", { name: "Tittel" }).fill(samling.title);
  await form.getByRole("textbox", { name: "Første dag" }).fill(samling.date);
  await form.getByRole("textbox", { name: "Sted" }).fill(samling.place);
  await form.getByRole("button", { name: "Opprett samlingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: samling.title })).toBeVisible();
  await expect(page).toHaveURL(/\/nettverk\/[^/]+\/samling\/[^/?#]+$/);
}

const direktemodus = (page: Page) => page.getByRole("region", { name: "Direktemodus", exact: true });
const taskItem = (page: Page, title: string) =>
  direktemodus(page).getByRole("region", { name: "Oppgaver", exact: true }).getByRole("listitem", { name: title, exact: true });
/** The big screen: the task it shows, its count and, once revealed, its results. */
const bigScreen = (page: Page, title: string) => direktemodus(page).getByRole("region", { name: title, exact: true });

async function addTask(page: Page, kind: WorkshopTaskKind) {
  const form = direktemodus(page).getByRole("form", { name: "Ny oppgave" });
  await form.getByRole("combobox", { name: "Type oppgave" }).selectOption({ label: taskKindLabels[kind] });
  await expect(form.getByRole("textbox", { name: "Tittel" })).toHaveValue(taskKindLabels[kind]);
  await form.getByRole("button", { name: "Legg til oppgave" }).click();
  await expect(form.getByRole("status")).toHaveText("Oppgaven er lagt til.");
  const item = taskItem(page, taskKindLabels[kind]);
  await expect(item).toContainText("Ikke åpnet");
  await expect(item).toContainText("0 har svart");
  return item;
}

/** Opens live mode and reads the join code off the screen, as the room does. */
async function openLive(page: Page) {
  const section = direktemodus(page);
  await expect(section.getByRole("status").filter({ hasText: "Direkteoppdatering: Tilkoblet" })).toBeVisible();
  await section.getByRole("button", { name: "Åpne direktemodus", exact: true }).click();
  await expect(section.getByText("Direktemodus er åpen", { exact: true })).toBeVisible();
  const join = section.getByRole("region", { name: "Bli med fra mobilen" });
  const codeOnScreen = join.getByLabel(/^Kode: /);
  const label = (await codeOnScreen.getAttribute("aria-label")) ?? "";
  // «Kode: K W F N C 7» for screen readers, «KWF NC7» on the screen.
  expect(label).toMatch(/^Kode: (\S ){5}\S$/);
  const code = label.replace(/^Kode: /, "").replace(/ /g, "");
  await expect(codeOnScreen).toHaveText(`${code.slice(0, 3)} ${code.slice(3)}`);
  await expect(join.getByRole("img", { name: `QR-kode som åpner ${new URL(page.url()).host}/delta med koden ${code}` })).toBeVisible();
  return code;
}

async function openTask(page: Page, title: string) {
  const item = taskItem(page, title);
  await item.getByRole("button", { name: "Åpne oppgaven", exact: true }).click();
  await expect(item).toContainText("Åpen for svar");
  await expect(item.getByRole("button", { name: "Lukk oppgaven" })).toBeVisible();
}

async function closeTask(page: Page, title: string) {
  const item = taskItem(page, title);
  await item.getByRole("button", { name: "Lukk oppgaven" }).click();
  await expect(item).toContainText("Lukket");
  await expect(item.getByRole("button", { name: "Åpne oppgaven igjen" })).toBeVisible();
}

/**
 * Marks the page's document; `expectSameDocument` later proves that nothing reloaded it in
 * between, so what changed on it came over the live connection.
 */
async function markDocument(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { e2eNotReloaded?: boolean }).e2eNotReloaded = true;
  });
}

async function expectSameDocument(page: Page) {
  const marked = await page.evaluate(() => (window as unknown as { e2eNotReloaded?: boolean }).e2eNotReloaded === true);
  expect(marked, `${page.url()} should not have been reloaded`).toBe(true);
}

// --- The phones ----------------------------------------------------------------------------------

interface Guest {
  name: string;
  /** The role group's label on the phone. */
  group: string;
  /** Left out for the fylke's people, who answer for no office. */
  office?: string;
}

/** Joins from the QR code's address as a named guest; the phone then shows the samling. */
async function joinAsGuest(phone: Page, code: string, guest: Guest, samlingTitle: string, checkA11y = false) {
  await phone.goto(`/delta?kode=${code}`);
  await expect(phone.getByRole("heading", { level: 1, name: "Bli med i samlingen" })).toBeVisible();
  await expect(phone.getByText(samlingTitle, { exact: true })).toBeVisible();
  await phone.getByRole("textbox", { name: "Navnet ditt" }).fill(guest.name);
  await phone.getByRole("radiogroup", { name: "Rollegruppe" }).getByRole("radio", { name: guest.group, exact: true }).check();
  const office = phone.getByRole("combobox", { name: "Kontoret du svarer for" });
  if (guest.office) await office.selectOption({ label: guest.office });
  else await expect(office).toHaveCount(0);
  if (checkA11y) await expectNoA11yViolations(phone);
  await phone.getByRole("button", { name: "Bli med", exact: true }).click();
  await expect(phone.getByRole("heading", { level: 1, name: samlingTitle })).toBeVisible();
  await expect(phone.getByText(`Du deltar som ${guest.name} (${guest.group}${guest.office ? `, ${guest.office}` : ""}).`)).toBeVisible();
}

/** An item's radio group on the phone: Aksel names it by its legend followed by its description. */
const radioGroup = (phone: Page, legend: string) => phone.getByRole("radiogroup", { name: new RegExp(`^${escapeRegExp(legend)}(\\s|$)`) });

const waitForNext = (phone: Page) => phone.getByRole("heading", { level: 2, name: "Vent på neste oppgave" });

/** Nothing runs off the side of the phone's screen. */
async function expectNoSidewaysScroll(phone: Page) {
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
}

async function answerEvaluation(phone: Page, value: number) {
  await expect(phone.getByRole("heading", { level: 2, name: EVALUATION })).toBeVisible();
  const group = radioGroup(phone, FIRST_STATEMENT);
  await group.getByRole("radio", { name: String(value), exact: true }).check();
  await expect(group.getByRole("radio", { name: String(value), exact: true })).toBeChecked();
  await expect(phone.getByText("✓ Lagret", { exact: true })).toBeVisible();
}

// --- Files -----------------------------------------------------------------------------------------

async function workbookOf(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as text, empty cells included. */
function rowsOf(workbook: ExcelJS.Workbook, name: string): string[][] {
  const sheet = workbook.getWorksheet(name);
  expect(sheet, `the workbook should have a sheet «${name}»`).toBeDefined();
  const rows: string[][] = [];
  sheet!.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
    rows.push(cells);
  });
  return rows;
}

// --- The overview table ----------------------------------------------------------------------------

const areaRow = (page: Page, table: Locator, no: number) =>
  table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `${no}. ${area(no).name}`, exact: true }) });

/** The totals' column headers, in each view. */
const totalHeaders = {
  status: [/^Sterk/, /^Kan styrkes/, /^Ikke vurdert/],
  // «Hoved­område» has a soft hyphen.
  prioriteringer: [/^Hoved\u00ad?område/, /^Prioritert/, /^Vurderes/],
} as const;

/** Where the three totals are among a row's cells (the area is a row header, so one less than its column). */
async function totalCells(table: Locator, view: keyof typeof totalHeaders): Promise<[number, number, number]> {
  const headers = (await table.getByRole("columnheader").allInnerTexts()).map((h) => h.trim());
  const [a, b, c] = totalHeaders[view].map((header) => {
    const column = headers.findIndex((h) => header.test(h));
    expect(column, `the table should have a column ${header}`).toBeGreaterThan(0);
    return column - 1;
  });
  return [a!, b!, c!];
}

/** An area row's three totals, as numbers. */
async function totalsOf(row: Locator, cells: [number, number, number], offices: number): Promise<[number, number, number]> {
  const all = row.getByRole("cell");
  await expect(all).toHaveCount(offices + 3);
  const total = async (i: number) => {
    const text = (await all.nth(i).innerText()).trim();
    expect(text, "a total is a count").toMatch(/^\d+$/);
    return Number(text);
  };
  return [await total(cells[0]), await total(cells[1]), await total(cells[2])];
}

/** How many of an area's office cells say this (the cells' accessible text: the word, not the symbol). */
const cellsSaying = (row: Locator, word: string) => row.getByRole("cell", { name: word, exact: true }).count();

// --- The tests -------------------------------------------------------------------------------------

test("the facilitator sees the pilot network: eleven members, the overview in both views sorted by totals, the samlinger and the spreadsheet", async ({
  pageAs,
}) => {
  test.setTimeout(90_000);
  const page = await pageAs("fasilitator");

  // --- The list of networks ----------------------------------------------------------------------
  await page.goto("/nettverk");
  const pilotRow = page
    .getByRole("table", { name: "Nettverkene du leder eller er med i" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: PILOT, exact: true }) });
  await expect(pilotRow.getByRole("cell")).toHaveText([PILOT, "1.3.2018–30.6.2019", "11", "4", "Fasilitator"]);
  const networkPath = await openNetwork(page, PILOT, true);
  await expect(page.getByText("Nettverk 1.3.2018–30.6.2019", { exact: true })).toBeVisible();

  // --- Members -------------------------------------------------------------------------------------
  await expect(page.getByRole("heading", { level: 2, name: "Medlemmer (11)" })).toBeVisible();
  const members = page.getByRole("table", { name: "Partnerskapene i nettverket, med status og hva de deler" });
  await expect(members.getByRole("row")).toHaveCount(1 + agderOffices.length);
  for (const office of agderOffices) {
    const row = members.getByRole("row").filter({ has: page.getByRole("cell", { name: office, exact: true }) });
    await expect(row).toContainText("Medlem");
    await expect(row).toContainText("5.3.2018 / 16.3.2018");
    // Arendal and Grimstad share their local work too, Arendal also its notes (db/seed/nettverk-demo.ts).
    await expect(row).toContainText(
      office === "Nav Arendal"
        ? "status, prioriteringer, beskrivelser og lokalt arbeid"
        : office === "Nav Grimstad"
          ? "status, prioriteringer og lokalt arbeid"
          : "status og prioriteringer",
    );
  }
  await expectNoA11yViolations(page);

  // --- The overview, status view (Tabell 1) ----------------------------------------------------------
  const visning = page.getByRole("navigation", { name: "Visning" });
  // Aksel gives its Button role="button" also when it renders as a link.
  await expect(visning.getByRole("button", { name: "Status" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Viser status, sortert etter områdenummer.", { exact: false })).toBeVisible();
  const legend = page.getByRole("list", { name: "Tegnforklaring" });
  // Colours always come with a symbol and a word.
  await expect(legend.getByRole("listitem")).toHaveText([/^S\s*Sterk$/, /^K\s*Kan styrkes$/, /^–\s*Ikke vurdert$/, /^\/\s*Ikke delt$/]);

  const statusTable = page.getByRole("table", { name: "Status for utviklingsområdene per kontor (tabell 1)" });
  await expect(page.getByRole("region", { name: "Status for utviklingsområdene per kontor (tabell 1) (rull sidelengs)" })).toBeVisible();
  for (const office of agderOffices) {
    await expect(statusTable.getByRole("columnheader", { name: new RegExp(`^${escapeRegExp(office)}`) })).toBeVisible();
  }
  for (const total of ["Sterk", "Kan styrkes"]) {
    await expect(statusTable.getByRole("columnheader", { name: `${total} (antall kontor, sorter etter denne)` })).toBeVisible();
  }
  await expect(statusTable.getByRole("columnheader", { name: "Ikke vurdert (antall kontor)" })).toBeVisible();
  await expect(statusTable.getByRole("row")).toHaveCount(1 + areas.length);

  // Each total counts the cells of its row; every member shares its statuses, so they add up to eleven.
  const statusTotals = await totalCells(statusTable, "status");
  let sterkAreaOne = -1;
  for (const no of [1, 16, 20]) {
    const row = areaRow(page, statusTable, no);
    const [sterk, kanStyrkes, ikkeVurdert] = await totalsOf(row, statusTotals, agderOffices.length);
    expect(sterk, `area ${no}: Sterk`).toBe(await cellsSaying(row, "Sterk"));
    expect(kanStyrkes, `area ${no}: Kan styrkes`).toBe(await cellsSaying(row, "Kan styrkes"));
    expect(ikkeVurdert, `area ${no}: Ikke vurdert`).toBe(await cellsSaying(row, "Ikke vurdert"));
    expect(sterk + kanStyrkes + ikkeVurdert, `area ${no}: all eleven offices`).toBe(agderOffices.length);
    if (no === 1) sterkAreaOne = sterk;
  }
  // A strong cell shows its symbol and, for screen readers, its word.
  expect(sterkAreaOne, "some pilot office finds area 1 strong").toBeGreaterThan(0);
  await expect(areaRow(page, statusTable, 1).getByRole("cell", { name: "Sterk", exact: true }).first()).toHaveText(/^S\s*Sterk$/);

  // --- Prioriteringer (Tabell 2), sorted by a total ------------------------------------------------
  await visning.getByRole("button", { name: "Prioriteringer" }).click();
  await expect(page).toHaveURL(/\?visning=prioriteringer&sorter=nr(#oversikt)?$/);
  await expect(visning.getByRole("button", { name: "Prioriteringer" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Viser prioriteringer, sortert etter områdenummer.", { exact: false })).toBeVisible();
  await expect(legend.getByRole("listitem")).toHaveText([/^★\s*Hovedområde$/, /^P\s*Prioritert$/, /^V\s*Vurderes$/, /^\/\s*Ikke delt$/]);
  const priorityTable = page.getByRole("table", { name: "Prioriterte utviklingsområder per kontor (tabell 2)" });
  await expect(priorityTable.getByRole("row")).toHaveCount(1 + areas.length);
  await expectNoA11yViolations(page);

  await priorityTable.getByRole("link", { name: "Prioritert (antall kontor, sorter etter denne)" }).click();
  await expect(page).toHaveURL(/\?visning=prioriteringer&sorter=prioritert(#oversikt)?$/);
  await expect(page.getByText("Viser prioriteringer, sortert etter flest prioritert.", { exact: false })).toBeVisible();
  const sortedTable = page.getByRole("table", { name: "Prioriterte utviklingsområder per kontor (tabell 2)" });
  await expect(sortedTable.getByRole("columnheader", { name: /^Prioritert \(antall kontor/ })).toHaveAttribute("aria-sort", "descending");
  await expect(sortedTable.getByRole("columnheader", { name: /^Hoved.?område \(antall kontor/ })).not.toHaveAttribute("aria-sort", /.+/);
  // «Prioritert» counts the main areas too; the rows come most prioritised first.
  const priorityTotals = await totalCells(sortedTable, "prioriteringer");
  const rows = await sortedTable.getByRole("row").all();
  const prioritised: number[] = [];
  for (const row of rows.slice(1)) {
    const [hoved, prioritert] = await totalsOf(row, priorityTotals, agderOffices.length);
    expect(hoved).toBe(await cellsSaying(row, "Hovedområde"));
    expect(prioritert).toBe((await cellsSaying(row, "Prioritert")) + hoved);
    prioritised.push(prioritert);
  }
  expect(prioritised).toHaveLength(areas.length);
  expect(prioritised[0], "the pilot offices prioritised some area").toBeGreaterThan(0);
  expect(prioritised, "sorted by «Prioritert», most first").toEqual([...prioritised].sort((a, b) => b - a));
  await expectNoA11yViolations(page);

  // --- The samlinger ---------------------------------------------------------------------------------
  const samlinger = page.getByRole("table", { name: "Samlingene i nettverket" });
  const expected: [string, string, string][] = [
    ["17.4.2018–18.4.2018", "Samling 1: Mulighetsrommet i Nav-partnerskapet", "Kristiansand"],
    ["30.8.2018", "Samling 2: Hvordan ta mulighetsrommet i bruk?", "Kristiansand"],
    ["23.10.2018", "Samling 3: Modellen og vertskommunesamarbeid", "Arendal"],
    ["5.3.2019", "Samling 4: Ledelse i partnerskapet", "Vennesla"],
  ];
  await expect(samlinger.getByRole("row")).toHaveCount(1 + expected.length);
  for (const [i, cells] of expected.entries()) {
    await expect(samlinger.getByRole("row").nth(i + 1).getByRole("cell")).toHaveText(cells);
    await expect(samlinger.getByRole("link", { name: cells[1], exact: true })).toHaveAttribute("href", new RegExp(`^${escapeRegExp(networkPath)}/samling/`));
  }

  // --- Notes: only Arendal shares them, so only Arendal's show ------------------------------------------
  const notes = page.getByRole("region", { name: "Ønsket situasjon, barrierer og drivere" });
  await expect(notes.getByRole("heading", { level: 3 })).toHaveText(["Nav Arendal"]);
  await expect(notes).toContainText("En avklart samarbeidsform med nabokommunene");

  // --- The spreadsheet: both views, the same totals as the page ---------------------------------------
  const file = await download(page, page.getByRole("link", { name: "Last ned oversikten som regneark (.xlsx)" }));
  const workbook = await workbookOf(await bytesOf(file, /^nettverk-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.xlsx$/));
  const statusSheet = rowsOf(workbook, "Status");
  expect(statusSheet[0]).toEqual(expect.arrayContaining([...agderOffices, "Sterk (antall)", "Kan styrkes (antall)", "Ikke vurdert (antall)"]));
  const sterkColumn = statusSheet[0]!.indexOf("Sterk (antall)");
  const areaOne = statusSheet.find((r) => r[1] === area(1).name);
  expect(areaOne, "the Status sheet has a row for area 1").toBeDefined();
  expect(Number(areaOne![sterkColumn])).toBe(sterkAreaOne);
  expect(rowsOf(workbook, "Prioriteringer")[0]).toEqual(expect.arrayContaining([...agderOffices, "Prioritert (antall)"]));
  expect(rowsOf(workbook, "Om oversikten").flat()).toContain(PILOT);
});

test("live samling: phones answer the evaluation, the facilitator's screen counts without a reload, results show only from three answers, and closing expires the code", async ({
  pageAs,
  signedOutPage,
}) => {
  test.setTimeout(150_000);
  const title = `Direktesamling e2e ${run}`;
  const facilitator = await pageAs("fasilitator");
  await createSamling(facilitator, { title, date: "10.2.2027", place: "Arendal" });
  await expect(direktemodus(facilitator).getByRole("heading", { level: 2, name: "Direktemodus" })).toBeVisible();
  await expect(direktemodus(facilitator)).toContainText("Samlingen har ingen oppgaver ennå.");
  await expect(direktemodus(facilitator).getByText("Ikke startet", { exact: true })).toBeVisible();
  await expectNoA11yViolations(facilitator);

  // --- The facilitator adds the evaluation and opens live mode -----------------------------------
  const task = await addTask(facilitator, "evaluering");
  // A task cannot be opened before live mode is.
  await expect(task.getByRole("button", { name: "Åpne oppgaven", exact: true })).toBeDisabled();
  const code = await openLive(facilitator);
  await expect(task.getByRole("button", { name: "Åpne oppgaven", exact: true })).toBeEnabled();
  await expect(direktemodus(facilitator).getByRole("region", { name: "Deltakere" })).toContainText("Ingen har blitt med ennå.");
  await expectNoA11yViolations(facilitator);
  await markDocument(facilitator);

  // --- The first phone joins before the task is open, and waits --------------------------------
  const phone1 = await signedOutPage(PHONE);
  await joinAsGuest(phone1, code, { name: "Kari Gjest", group: "Nav-ledere", office: "Nav Grimstad" }, title, true);
  await expect(waitForNext(phone1)).toBeVisible();
  await expectNoSidewaysScroll(phone1);
  await expectNoA11yViolations(phone1);
  await markDocument(phone1);
  await expect(direktemodus(facilitator).getByRole("region", { name: "Deltakere" })).toContainText("1 deltaker har blitt med");

  // The task appears on the phone by itself when the facilitator opens it.
  await openTask(facilitator, EVALUATION);
  await expect(phone1.getByRole("heading", { level: 2, name: EVALUATION })).toBeVisible();
  await expect(waitForNext(phone1)).toHaveCount(0);
  await expectNoSidewaysScroll(phone1);
  await expectNoA11yViolations(phone1);

  // --- Answers arrive; the facilitator's screen counts them as they come --------------------------
  const screen = bigScreen(facilitator, EVALUATION);
  await expect(screen).toContainText("0 har svart");
  await answerEvaluation(phone1, 6);
  await expect(task).toContainText("1 har svart");
  await expect(screen).toContainText("1 har svart");
  await expectNoA11yViolations(phone1);

  const phone2 = await signedOutPage(PHONE);
  await joinAsGuest(phone2, code, { name: "Ola Gjest", group: "Rådmenn og de med delegert myndighet", office: "Nav Arendal" }, title);
  await markDocument(phone2);
  await answerEvaluation(phone2, 5);
  await expect(task).toContainText("2 har svart");
  await expect(screen).toContainText("2 har svart");

  // Two answers: the result would point at people, so it says only «for få svar».
  await expect(screen).toContainText("Resultatene er skjult.");
  await task.getByRole("button", { name: "Vis resultater" }).click();
  const firstStatement = screen.getByRole("listitem").filter({ has: facilitator.getByRole("heading", { name: FIRST_STATEMENT, exact: true }) });
  await expect(firstStatement).toContainText("for få svar (2 svar)");
  await expect(firstStatement).not.toContainText("%");
  await expect(screen.getByRole("table")).toHaveCount(0);
  await expectNoA11yViolations(facilitator);
  await task.getByRole("button", { name: "Skjul resultater" }).click();
  await expect(screen).toContainText("Resultatene er skjult.");

  const phone3 = await signedOutPage(PHONE);
  await joinAsGuest(phone3, code, { name: "Per Gjest", group: "Fylkesdirektører og stab" }, title);
  await markDocument(phone3);
  await answerEvaluation(phone3, 2);
  await expect(task).toContainText("3 har svart");
  await expect(screen).toContainText("3 har svart");
  const participants = direktemodus(facilitator).getByRole("region", { name: "Deltakere" });
  await expect(participants).toContainText("3 deltakere har blitt med");
  await expect(participants.getByRole("listitem")).toHaveText(["Fylkesdirektører/stab: 1", "Rådmenn: 1", "Nav-ledere: 1", "Avd.ledere/rådgivere: 0"]);

  // --- Three answers: the share of 5 and 6 is shown, with the spread ----------------------------
  await task.getByRole("button", { name: "Vis resultater" }).click();
  await expect(task.getByRole("button", { name: "Skjul resultater" })).toBeVisible();
  await expect(firstStatement).toContainText("67 %");
  await expect(firstStatement).toContainText("svarte 5 eller 6 (3 svar)");
  await expect(
    firstStatement.getByRole("table", { name: `Fordeling av svarene fra 0 til 6: ${FIRST_STATEMENT}` }).getByRole("cell"),
  ).toHaveText(["0", "0", "1", "0", "0", "1", "1"]);
  // Nobody answered the other statements.
  const secondStatement = screen
    .getByRole("listitem")
    .filter({ has: facilitator.getByRole("heading", { name: defaultEvaluationStatements[1]!, exact: true }) });
  await expect(secondStatement).toContainText("for få svar (0 svar)");
  await expectNoA11yViolations(facilitator);

  // --- The facilitator closes the task: the phones wait for the next, without a reload -------------
  await closeTask(facilitator, EVALUATION);
  for (const phone of [phone1, phone2, phone3]) {
    await expect(waitForNext(phone)).toBeVisible();
    await expect(phone.getByRole("heading", { level: 2, name: EVALUATION })).toHaveCount(0);
  }
  await expectNoA11yViolations(phone2);

  // --- Closing live mode expires the code ----------------------------------------------------------
  await direktemodus(facilitator).getByRole("button", { name: "Avslutt direktemodus" }).click();
  const confirm = facilitator.getByRole("dialog", { name: "Avslutte direktemodus?" });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText("Koden slutter å virke");
  await expectNoA11yViolations(facilitator);
  await confirm.getByRole("button", { name: "Avslutt direktemodus" }).click();
  await expect(confirm).toBeHidden();
  await expect(direktemodus(facilitator).getByText("Avsluttet", { exact: true })).toBeVisible();
  await expect(direktemodus(facilitator).getByText("Koden er utløpt. Åpner du igjen, får samlingen en ny kode.")).toBeVisible();
  await expect(direktemodus(facilitator).getByRole("region", { name: "Bli med fra mobilen" })).toHaveCount(0);
  await expect(direktemodus(facilitator).getByRole("button", { name: "Åpne direktemodus igjen" })).toBeVisible();
  await expectNoA11yViolations(facilitator);

  for (const phone of [phone1, phone2, phone3]) {
    await expect(phone.getByText("Samlingen er avsluttet. Takk for at du deltok!")).toBeVisible();
  }
  await expectNoA11yViolations(phone1);

  // A latecomer with the same code is told, in Norwegian, that it no longer works.
  const late = await signedOutPage(PHONE);
  await late.goto(`/delta?kode=${code}`);
  await expect(late.getByText(CODE_NOT_IN_USE)).toBeVisible();
  await expect(late.getByRole("textbox", { name: "Navnet ditt" })).toHaveCount(0);
  await expect(late.getByRole("button", { name: "Skriv koden på nytt" })).toBeVisible();
  await expectNoA11yViolations(late);

  // Everything above came over the live connections.
  for (const page of [facilitator, phone1, phone2, phone3]) await expectSameDocument(page);

  // --- The report: the evaluation as the screen showed it -------------------------------------------
  const report = await workbookOf(
    await bytesOf(await download(facilitator, facilitator.getByRole("link", { name: "Last ned rapport (Excel)" })), /^samling-[a-z0-9-]+-2027-02-10\.xlsx$/),
  );
  const evaluation = rowsOf(report, "Evaluering");
  expect(evaluation[0]!.slice(0, 3)).toEqual(["Påstand", "Andel 5–6 (%)", "Svar"]);
  expect(evaluation.find((r) => r[0] === FIRST_STATEMENT)?.slice(0, 3)).toEqual([FIRST_STATEMENT, "67", "3"]);
  expect(evaluation.find((r) => r[0] === defaultEvaluationStatements[1])?.slice(0, 3)).toEqual([defaultEvaluationStatements[1], "for få svar", "0"]);
});

test("three from Nav Grimstad self-assess on their phones, and the Nav-leder takes it over into the mulighetsrom", async ({
  pageAs,
  signedOutPage,
}) => {
  test.setTimeout(150_000);
  const title = `Selvvurdering e2e ${run}`;
  const occasion = `${title} (${CURRENT})`;
  const facilitator = await pageAs("fasilitator");
  await createSamling(facilitator, { title, date: "11.2.2027", place: "Grimstad" });
  await addTask(facilitator, "selvvurdering");
  const code = await openLive(facilitator);
  await openTask(facilitator, SELF_ASSESSMENT);

  // --- Three people from Grimstad answer the same three areas -------------------------------------
  const answers: [number, "Sterk" | "Kan styrkes"][] = [
    [1, "Sterk"],
    [2, "Sterk"],
    [3, "Kan styrkes"],
  ];
  const guests: Guest[] = [
    { name: "Nina Nav", group: "Nav-ledere", office: "Nav Grimstad" },
    { name: "Rune Rådmann", group: "Rådmenn og de med delegert myndighet", office: "Nav Grimstad" },
    { name: "Anne Avdeling", group: "Avdelingsledere og rådgivere", office: "Nav Grimstad" },
  ];
  for (const [i, guest] of guests.entries()) {
    const phone = await signedOutPage(PHONE);
    await joinAsGuest(phone, code, guest, title, i === 0);
    await expect(phone.getByRole("heading", { level: 2, name: SELF_ASSESSMENT })).toBeVisible();
    await expect(phone.getByText(`0 av ${areas.length} områder besvart`)).toBeVisible();
    for (const [no, score] of answers) {
      const group = radioGroup(phone, `${no}. ${area(no).name}`);
      await group.getByRole("radio", { name: score, exact: true }).check();
      await expect(group.getByRole("radio", { name: score, exact: true })).toBeChecked();
    }
    await expect(phone.getByText(`${answers.length} av ${areas.length} områder besvart`)).toBeVisible();
    await expect(phone.getByText("✓ Lagret", { exact: true })).toBeVisible();
    if (i === 0) {
      await expectNoSidewaysScroll(phone);
      await expectNoA11yViolations(phone);
    }
    await expect(taskItem(facilitator, SELF_ASSESSMENT)).toContainText(`${i + 1} har svart`);
  }

  // A fourth phone, from the fylke (no office: Grimstad's answers stay three), picks nynorsk on the
  // join screen: the task's areas and choices are in nynorsk too. It only reads.
  const nynorsk = await signedOutPage(PHONE);
  await nynorsk.goto(`/delta?kode=${code}`);
  await expect(nynorsk.getByRole("heading", { level: 1, name: "Bli med i samlingen" })).toBeVisible();
  await nynorsk.getByRole("button", { name: "Nynorsk", exact: true }).click();
  await expect(nynorsk.getByRole("heading", { level: 1, name: "Bli med i samlinga" })).toBeVisible();
  await expect(nynorsk.locator("html")).toHaveAttribute("lang", "nn");
  await hydrated(nynorsk.getByRole("textbox", { name: "Namnet ditt" }));
  await nynorsk.getByRole("textbox", { name: "Namnet ditt" }).fill("Frida Fylke");
  await nynorsk.getByRole("radiogroup", { name: "Rollegruppe" }).getByRole("radio", { name: "Fylkesdirektørar og stab", exact: true }).check();
  await nynorsk.getByRole("button", { name: "Bli med", exact: true }).click();
  await expect(nynorsk.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(nynorsk.getByText(`0 av ${areas.length} område svara på`)).toBeVisible();
  const leadership = radioGroup(nynorsk, "2. God og synleg leiing");
  await expect(leadership.getByRole("radio", { name: "Kan styrkjast", exact: true })).toBeVisible();
  await expect(radioGroup(nynorsk, "15. Tillit til Nav-leiar").getByRole("radio", { name: "Ikkje vurdert", exact: true })).toBeVisible();
  await expectNoBokmalOnlyWords(nynorsk);
  await expectNoA11yViolations(nynorsk);
  await expect(taskItem(facilitator, SELF_ASSESSMENT)).toContainText("3 har svart");

  await closeTask(facilitator, SELF_ASSESSMENT);
  await expectNoA11yViolations(facilitator);

  // --- Grimstad's Nav-leder is asked on the start page ----------------------------------------------
  const navleder = await pageAs("navleder");
  await navleder.goto("/");
  const waiting = navleder
    .getByRole("region", { name: "Dette venter på deg" })
    .getByRole("link", { name: `Selvvurderingen fra «${title}» kan overføres til mulighetsrommet for Nav Grimstad` });
  await expect(waiting).toBeVisible();
  await expectNoA11yViolations(navleder);
  await waiting.click();

  await expect(navleder).toHaveURL(/\/partnerskap\/grimstad\/mulighetsrom$/);
  const transfers = navleder.getByRole("region", { name: "Selvvurderinger fra nettverkssamlinger" });
  await expect(transfers).toContainText(`Selvvurdering fra ${occasion}: 3 fra kontoret svarte`);
  await expect(transfers).toContainText("Forslag til felles status: 2 sterke, 1 kan styrkes, 17 ikke vurdert.");
  await expectNoA11yViolations(navleder);

  await transfers.getByRole("button", { name: "Overfør til en ny vurdering" }).click();
  const confirm = navleder.getByRole("dialog", { name: "Overføre selvvurderingen?" });
  await expect(confirm).toContainText(`kontorets svar fra ${occasion}`);
  await expectNoA11yViolations(navleder);
  await confirm.getByRole("button", { name: "Overfør til en ny vurdering" }).click();
  await expect(confirm).toBeHidden();
  const done = transfers.getByRole("status");
  await expect(done).toContainText(`Selvvurderingen fra ${occasion} er overført.`);
  await expect(transfers.getByRole("button", { name: "Overfør til en ny vurdering" })).toHaveCount(0);
  await expectNoA11yViolations(navleder);

  // --- The new assessment holds the office's answers as its status ------------------------------
  await done.getByRole("link", { name: "Gå til den nye vurderingen" }).click();
  await expect(navleder.getByRole("heading", { level: 1, name: occasion })).toBeVisible();
  const picture = navleder.getByRole("group", { name: "Mulighetsrommet: de tre nivåene og de 20 utviklingsområdene" });
  for (const [no, score] of answers) {
    await expect(picture.getByRole("button", { name: new RegExp(`^Område ${no}: `) })).toHaveAccessibleName(
      new RegExp(`^Område ${no}: ${escapeRegExp(area(no).name)}\\. Status: ${score.toLowerCase()}\\.`),
    );
  }
  await expect(picture.getByRole("button", { name: /^Område 20: / })).toHaveAccessibleName(/\. Status: ikke vurdert\./);
  await expectNoA11yViolations(navleder);

  // Taken over: the start page no longer asks.
  await navleder.goto("/");
  await expect(navleder.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
  await expect(navleder.getByRole("link", { name: new RegExp(`^Selvvurderingen fra «${escapeRegExp(title)}»`) })).toHaveCount(0);
});

test("the facilitator creates a network (a period ending before it starts is refused), invites Grimstad, and the Nav-leder accepts with the default sharing", async ({
  pageAs,
}) => {
  test.setTimeout(90_000);
  const name = `Nettverk e2e ${run}`;
  const facilitator = await pageAs("fasilitator");
  await facilitator.goto("/nettverk");
  // The form opens on a button, with the focus in its first field.
  await (await hydrated(facilitator.getByRole("button", { name: "Nytt nettverk" }))).click();
  const create = facilitator.getByRole("form", { name: "Opprett nettverk" });
  await expect(create.getByRole("textbox", { name: "Navn på nettverket" })).toBeFocused();
  await create.getByRole("textbox", { name: "Navn på nettverket" }).fill(name);
  await create.getByRole("textbox", { name: "Perioden starter" }).fill("1.1.2027");
  await create.getByRole("textbox", { name: "Perioden slutter" }).fill("31.12.2026");
  await create.getByRole("textbox", { name: "Beskrivelse (valgfritt)" }).fill("Et nettverk fra ende-til-ende-testene.");

  // --- Bad input: the period ends before it starts --------------------------------------------------
  await create.getByRole("button", { name: "Opprett nettverket" }).click();
  const tooEarly = "Perioden kan ikke slutte før den starter.";
  await expect(create.getByRole("link", { name: tooEarly })).toBeVisible();
  await expect(create.getByRole("textbox", { name: "Perioden slutter" })).toHaveAccessibleDescription(new RegExp(escapeRegExp(tooEarly)));
  await expect(facilitator).toHaveURL(/\/nettverk$/);
  await expectNoA11yViolations(facilitator);
  // Nothing was created.
  await facilitator.reload();
  await expect(facilitator.getByRole("heading", { level: 1, name: "Nettverk" })).toBeVisible();
  await expect(facilitator.getByRole("link", { name, exact: true })).toHaveCount(0);

  // --- Corrected, the network is created and its page opens ------------------------------------------
  await (await hydrated(facilitator.getByRole("button", { name: "Nytt nettverk" }))).click();
  await create.getByRole("textbox", { name: "Navn på nettverket" }).fill(name);
  await create.getByRole("textbox", { name: "Perioden starter" }).fill("1.1.2027");
  await create.getByRole("textbox", { name: "Perioden slutter" }).fill("31.12.2027");
  await create.getByRole("button", { name: "Opprett nettverket" }).click();
  await expect(facilitator.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(facilitator).toHaveURL(new RegExp(`/nettverk/nettverk-e2e-${run}$`));
  const networkPath = new URL(facilitator.url()).pathname;
  await expect(facilitator.getByText("Nettverk 1.1.2027–31.12.2027", { exact: true })).toBeVisible();
  await expect(facilitator.getByRole("heading", { level: 2, name: "Medlemmer (0)" })).toBeVisible();
  await expect(facilitator.getByText("Ingen partnerskap er medlemmer ennå. Oversikten fylles", { exact: false })).toBeVisible();
  await expectNoA11yViolations(facilitator);

  // --- Inviting: first without choosing, then Nav Grimstad --------------------------------------------
  const invite = facilitator.getByRole("form", { name: "Inviter et partnerskap" });
  await (await hydrated(invite.getByRole("button", { name: "Send invitasjon" }))).click();
  await expect(invite.getByRole("link", { name: "Velg partnerskapet du vil invitere." })).toBeVisible();
  await invite.getByRole("combobox", { name: "Inviter et partnerskap" }).selectOption({ label: "Nav Grimstad" });
  await invite.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(invite.getByRole("status")).toHaveText("Nav Grimstad er invitert.");
  const members = facilitator.getByRole("table", { name: "Partnerskapene i nettverket, med status og hva de deler" });
  const grimstadRow = members.getByRole("row").filter({ has: facilitator.getByRole("cell", { name: "Nav Grimstad", exact: true }) });
  await expect(grimstadRow).toContainText("Invitert");
  await expect(grimstadRow.getByRole("button", { name: "Trekk tilbake invitasjonen til Nav Grimstad" })).toBeVisible();
  await expectNoA11yViolations(facilitator);

  // --- Grimstad's Nav-leder sees it on the start page and answers on the partnership's page ----------
  const navleder = await pageAs("navleder");
  await navleder.goto("/");
  const invitation = navleder
    .getByRole("region", { name: "Dette venter på deg" })
    .getByRole("link", { name: `Nav Grimstad er invitert til nettverket «${name}». Svar på invitasjonen` });
  await expect(invitation).toBeVisible();
  await expectNoA11yViolations(navleder);
  await invitation.click();
  await expect(navleder).toHaveURL(/\/partnerskap\/grimstad#nettverk$/);

  const networks = navleder.getByRole("region", { name: "Nettverk", exact: true });
  const answer = networks.getByRole("form", { name: `Svar på invitasjonen til ${name}` });
  await expect(answer).toBeVisible();
  const sharing = answer.getByRole("group", { name: "Hva kan nettverket se?" });
  // The default: statuses and priorities, not the descriptions or the local work.
  await expect(sharing.getByRole("checkbox", { name: /^Status for utviklingsområdene/ })).toBeChecked();
  await expect(sharing.getByRole("checkbox", { name: /^Prioriteringer/ })).toBeChecked();
  await expect(sharing.getByRole("checkbox", { name: /^Beskrivelser av områdene/ })).not.toBeChecked();
  await expect(sharing.getByRole("checkbox", { name: /^Lokalt arbeid/ })).not.toBeChecked();
  await expect(sharing).toContainText("Svarene til hver enkelt deltaker i vurderingene deles aldri med nettverket");
  await expectNoA11yViolations(navleder);

  await (await hydrated(answer.getByRole("button", { name: "Bli med i nettverket" }))).click();
  await expect(answer).toHaveCount(0);
  const membership = networks.getByRole("listitem").filter({ has: navleder.getByRole("link", { name, exact: true }) });
  await expect(membership).toContainText("Medlem");
  await expect(membership).toContainText("Nettverket ser: status og prioriteringer.");
  await expect(membership.getByRole("link", { name, exact: true })).toHaveAttribute("href", networkPath);
  await expectNoA11yViolations(navleder);

  await navleder.goto("/");
  await expect(navleder.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
  await expect(navleder.getByRole("link", { name: new RegExp(`«${escapeRegExp(name)}»`) })).toHaveCount(0);

  // --- The facilitator's overview now has Grimstad's column ---------------------------------------
  await facilitator.reload();
  await expect(facilitator.getByRole("heading", { level: 2, name: "Medlemmer (1)" })).toBeVisible();
  await expect(grimstadRow).toContainText("Medlem");
  await expect(grimstadRow).toContainText("status og prioriteringer");
  const overview = facilitator.getByRole("table", { name: "Status for utviklingsområdene per kontor (tabell 1)" });
  await expect(overview.getByRole("columnheader", { name: /^Nav Grimstad/ })).toBeVisible();
  await expect(areaRow(facilitator, overview, 1).getByRole("cell")).toHaveCount(1 + 3);
  await expectNoA11yViolations(facilitator);

  // --- On a phone, the Nav-leder reaches the networks from the menu under the name ------------------
  const phone = await pageAs("navleder", PHONE);
  await phone.goto("/");
  await expect(phone.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
  await expectNoSidewaysScroll(phone);
  await (await hydrated(phone.getByRole("banner").getByRole("button", { name: new RegExp(`^${escapeRegExp(demoUsers.navleder.name)}`) }))).click();
  await expect(phone.getByRole("menuitem", { name: "Logg ut" })).toBeVisible();
  await expectNoA11yViolations(phone);
  await phone.getByRole("menuitem", { name: "Nettverk" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Nettverk" })).toBeVisible();
  await expect(phone.getByRole("table", { name: "Nettverkene du leder eller er med i" }).getByRole("link", { name, exact: true })).toBeVisible();
  await expectNoSidewaysScroll(phone);
  await expectNoA11yViolations(phone);
});

test("a phone joins with the keyboard alone, and wrong or garbled codes get a clear message", async ({ pageAs, signedOutPage }) => {
  test.setTimeout(120_000);
  // The demo samling's live mode, opened here only.
  const facilitator = await pageAs("fasilitator");
  await openNetwork(facilitator, CURRENT);
  await facilitator.getByRole("table", { name: "Samlingene i nettverket" }).getByRole("link", { name: DEMO_SAMLING }).click();
  await expect(facilitator.getByRole("heading", { level: 1, name: DEMO_SAMLING })).toBeVisible();
  for (const kind of ["selvvurdering", "prioritering", "forventninger", "evaluering"] as const) {
    await expect(taskItem(facilitator, taskKindLabels[kind])).toContainText("Ikke åpnet");
  }
  const code = await openLive(facilitator);
  await expectNoA11yViolations(facilitator);

  const phone = await signedOutPage(PHONE);
  const { keyboard } = phone;
  await phone.goto("/delta");
  await expect(phone.getByRole("heading", { level: 1, name: "Bli med i samlingen" })).toBeVisible();
  const codeField = phone.getByRole("textbox", { name: "Kode" });
  await expectNoSidewaysScroll(phone);
  await expectNoA11yViolations(phone);

  // --- Too short: said at the field -------------------------------------------------------------
  await tabTo(phone, codeField);
  await keyboard.type("abc");
  await keyboard.press("Enter");
  await expect(codeField).toHaveAccessibleDescription(/Koden har 6 tegn\. Du finner den på skjermen i salen\./);
  await expectNoA11yViolations(phone);

  // --- A code no samling has ----------------------------------------------------------------------
  const wrong = code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ";
  await keyboard.press("ControlOrMeta+A");
  await keyboard.type(wrong);
  await keyboard.press("Enter");
  await expect(phone.getByText(CODE_NOT_IN_USE)).toBeVisible();
  await expectNoA11yViolations(phone);
  const again = phone.getByRole("button", { name: "Skriv koden på nytt" });
  await tabTo(phone, again);
  await keyboard.press("Enter");

  // --- Characters no code has --------------------------------------------------------------------
  await tabTo(phone, codeField);
  await keyboard.press("ControlOrMeta+A");
  await keyboard.type("<a&b>!");
  await keyboard.press("Enter");
  await expect(phone.getByText("Koden har bare bokstaver og tall fra skjermen.")).toBeVisible();
  await tabTo(phone, again);
  await keyboard.press("Enter");

  // --- Garbage in the address ------------------------------------------------------------------------
  await phone.goto(`/delta?kode=${encodeURIComponent("<script>alert(1)</script>")}`);
  await expect(phone.getByRole("heading", { level: 1, name: "Bli med i samlingen" })).toBeVisible();
  await expect(phone.getByText("Koden har 6 tegn.", { exact: true })).toBeVisible();
  await expect(phone.getByRole("textbox", { name: "Navnet ditt" })).toHaveCount(0);
  await expectNoA11yViolations(phone);

  // --- The right code, typed as people do (small letters, a space), then joining by keyboard -----
  await phone.goto("/delta");
  await tabTo(phone, codeField);
  await keyboard.type(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`);
  await keyboard.press("Enter");
  await expect(phone.getByText(DEMO_SAMLING, { exact: true })).toBeVisible();
  await expect(phone.getByText(`Kode ${code}.`, { exact: false })).toBeVisible();

  await tabTo(phone, phone.getByRole("textbox", { name: "Navnet ditt" }));
  await keyboard.type("Tastatur-Tone");
  const groups = phone.getByRole("radiogroup", { name: "Rollegruppe" });
  await tabTo(phone, groups.getByRole("radio", { name: "Fylkesdirektører og stab" }));
  // Space chooses the focused radio; the arrow keys move the choice within the group.
  await keyboard.press("Space");
  await expect(groups.getByRole("radio", { name: "Fylkesdirektører og stab" })).toBeChecked();
  await keyboard.press("ArrowDown");
  await keyboard.press("ArrowDown");
  await expect(groups.getByRole("radio", { name: "Nav-ledere" })).toBeChecked();
  await expect(groups.getByRole("radio", { name: "Nav-ledere" })).toBeFocused();
  const office = phone.getByRole("combobox", { name: "Kontoret du svarer for" });
  await tabTo(phone, office);
  // The members in alphabetical order: Arendal first.
  await keyboard.press("ArrowDown");
  await expect(office).not.toHaveValue("");
  await expectNoSidewaysScroll(phone);
  await expectNoA11yViolations(phone);
  await tabTo(phone, phone.getByRole("button", { name: "Bli med", exact: true }));
  await keyboard.press("Enter");

  await expect(phone.getByRole("heading", { level: 1, name: DEMO_SAMLING })).toBeVisible();
  await expect(phone.getByText("Du deltar som Tastatur-Tone (Nav-ledere, Nav Arendal).")).toBeVisible();
  await expect(waitForNext(phone)).toBeVisible();
  await expectNoA11yViolations(phone);
  await markDocument(phone);

  // --- The facilitator opens the evaluation; the phone answers with the keyboard ----------------------
  await openTask(facilitator, EVALUATION);
  await expect(phone.getByRole("heading", { level: 2, name: EVALUATION })).toBeVisible();
  const first = radioGroup(phone, FIRST_STATEMENT);
  await tabTo(phone, first.getByRole("radio", { name: "0", exact: true }));
  for (let i = 0; i < 5; i++) await keyboard.press("ArrowRight");
  await expect(first.getByRole("radio", { name: "5", exact: true })).toBeChecked();
  await expect(phone.getByText("✓ Lagret", { exact: true })).toBeVisible();
  await expect(taskItem(facilitator, EVALUATION)).toContainText("1 har svart");
  await expectNoSidewaysScroll(phone);
  await expectNoA11yViolations(phone);
  await expectSameDocument(phone);
});
