import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { agderOffices, asRole, expect, hydrated, isCreatedByAdminSpec, test } from "./fixtures";

test.describe("the fylke overview, as fylkesdirektør", () => {
  asRole("fylkesdirektor");

  test.beforeEach(async ({ page }) => {
    await page.goto("/fylke/agder");
    await expect(page.getByRole("heading", { level: 1, name: "Nav Agder: alle partnerskap" })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("lists the eleven Agder partnerships", async ({ page }) => {
    const table = page.getByRole("table", { name: /Partnerskapene i fylket/ });
    const body = table.getByRole("rowgroup").nth(1);
    // Eleven rows on a fresh database; admin.spec.ts, running alongside, may have added "Nav Testby …".
    const offices = await body.getByRole("rowheader").allInnerTexts();
    await expect(body.getByRole("row")).toHaveCount(offices.length);
    expect(offices.filter((name) => !isCreatedByAdminSpec(name))).toEqual(agderOffices); // sorted by name

    const grimstad = body.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Nav Grimstad" }) });
    await expect(grimstad.getByRole("cell")).toHaveText([
      "Grimstad",
      "Kari Nordmo",
      "Én leder",
      "25,3",
      "12,6",
      /^\d av 5$/,
      /^\d+$/,
      /^31\.1\.2027/,
    ]);

    await grimstad.getByRole("link", { name: "Nav Grimstad" }).click();
    await expect(page).toHaveURL("/partnerskap/grimstad");
    await expect(page.getByRole("heading", { level: 1, name: "Nav Grimstad" })).toBeVisible();
    await expect(page.getByText("Fylkesdirektør", { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("sorts by Statlige årsverk with the keyboard", async ({ page }) => {
    const table = page.getByRole("table", { name: /Partnerskapene i fylket/ });
    const firstOffice = table.getByRole("rowgroup").nth(1).getByRole("rowheader").first();
    const header = table.getByRole("columnheader", { name: "Statlige årsverk" });
    const sortButton = header.getByRole("button", { name: "Statlige årsverk" });
    await expect(firstOffice).toHaveText("Nav Arendal");
    await expect(header).not.toHaveAttribute("aria-sort", /ascending|descending/);

    await sortButton.focus();
    await page.keyboard.press("Enter");
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await expect(firstOffice).toHaveText("Nav Bygland"); // 1 statlig årsverk, the fewest
    await expect(sortButton).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await expect(firstOffice).toHaveText("Nav Arendal"); // 48,5 statlige årsverk, the most
    // Offices without a figure (such as one the admin test just created) stay last in both directions.
    await expectNoA11yViolations(page);
  });
});

test.describe("the fylke's year at a glance, as fylkesdirektør", () => {
  asRole("fylkesdirektor");

  const yearTable = (page: Page, year: number) => page.getByRole("table", { name: new RegExp(`^Partnerskapene i ${year}\\.`) });
  const rowOf = (page: Page, year: number, office: string) =>
    yearTable(page, year).getByRole("row").filter({ has: page.getByRole("rowheader", { name: office, exact: true }) });
  const officesIn = (page: Page, year: number) => yearTable(page, year).getByRole("rowgroup").nth(1).getByRole("rowheader").allInnerTexts();

  test("chooses 2027 and 2026, sorts by the plan, and narrows to what waits for the fylke", async ({ page }) => {
    await page.goto("/fylke/agder");
    const years = page.getByRole("navigation", { name: "Velg år" });
    await years.getByRole("link", { name: /^2027/ }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Året 2027" })).toBeVisible();
    await expect(years.getByRole("link", { name: /^2027/ })).toHaveAttribute("aria-current", "page");
    // The demo's 2027: Vennesla has a draft plan (db/seed/virksomhetsplan-demo.ts), Bygland has none.
    await expect(rowOf(page, 2027, "Nav Vennesla").getByRole("link", { name: "Virksomhetsplan 2027 for Nav Vennesla: Utkast" })).toHaveAttribute(
      "href",
      "/partnerskap/vennesla/virksomhetsplan/2027",
    );
    await expect(rowOf(page, 2027, "Nav Bygland").getByRole("link", { name: "Virksomhetsplan 2027 for Nav Bygland: Ingen plan" })).toBeVisible();
    // Every office has an assessment from spring 2018 or later; Grimstad's newest is from March 2019.
    await expect(rowOf(page, 2027, "Nav Bygland").getByRole("cell").nth(2)).toHaveText(/^\d+\.\d+\.20\d\d/);
    await expectNoA11yViolations(page);

    await years.getByRole("link", { name: /^2026/ }).click();
    await expect(page).toHaveURL(/[?&]ar=2026/);
    await expect(page.getByRole("heading", { level: 2, name: "Året 2026" })).toBeVisible();
    // 2026's lederavtaler (db/seed/lederavtale-demo.ts): Froland signed by two of three, Bygland none.
    await expect(rowOf(page, 2026, "Nav Froland").getByRole("link", { name: "Lederavtale 2026 for Nav Froland: Delvis signert" })).toBeVisible();
    await expect(rowOf(page, 2026, "Nav Bygland").getByRole("link", { name: "Lederavtale 2026 for Nav Bygland: Ingen ennå" })).toBeVisible();
    await expectNoA11yViolations(page);

    // Sorting: a link in the column header, the order in the address, aria-sort on the header.
    const planHeader = yearTable(page, 2026).getByRole("columnheader", { name: /^Virksomhetsplan 2026/ });
    await expect(planHeader).not.toHaveAttribute("aria-sort", /ascending|descending/);
    await planHeader.getByRole("link").click();
    await expect(page).toHaveURL(/[?&]sorter=plan(&|$)/);
    await expect(yearTable(page, 2026).getByRole("columnheader", { name: /^Virksomhetsplan 2026/ })).toHaveAttribute("aria-sort", "ascending");
    const firstPlan = yearTable(page, 2026).getByRole("rowgroup").nth(1).getByRole("row").first().getByRole("cell").first();
    await expect(firstPlan).toHaveText(/Ingen plan/);
    await yearTable(page, 2026).getByRole("columnheader", { name: /^Virksomhetsplan 2026/ }).getByRole("link").click();
    await expect(page).toHaveURL(/[?&]sorter=plan-synkende/);
    await expect(yearTable(page, 2026).getByRole("columnheader", { name: /^Virksomhetsplan 2026/ })).toHaveAttribute("aria-sort", "descending");
    await expect(firstPlan).not.toHaveText(/Ingen plan/); // Grimstad's 2026 plan leads: published, or a newer version on its way
    await expectNoA11yViolations(page);

    // The filter keeps the year and the order, and leaves only partnerships where something waits.
    const everyone = await officesIn(page, 2026);
    const filter = page.getByRole("checkbox", { name: "Bare det som venter på fylket" });
    await (await hydrated(filter)).check();
    await expect(page).toHaveURL(/[?&]venter=1/);
    await expect(page).toHaveURL(/[?&]ar=2026/);
    await expect(page).toHaveURL(/[?&]sorter=plan-synkende/);
    await expect(filter).toBeChecked();
    await expect(rowOf(page, 2026, "Nav Bygland")).toHaveCount(0);
    const froland = rowOf(page, 2026, "Nav Froland");
    await expect(froland.getByText("Venter på fylket")).toBeVisible();
    await expect(froland.getByRole("link", { name: /^Signere lederavtalen 2026 \(/ })).toHaveAttribute("href", "/partnerskap/froland/lederavtale/2026");
    const waiting = await officesIn(page, 2026);
    expect(waiting.length).toBeLessThan(everyone.length);
    for (const office of waiting) await expect(rowOf(page, 2026, office).getByText("Venter på fylket")).toBeVisible();
    await expectNoA11yViolations(page);

    await filter.uncheck();
    await expect(page).not.toHaveURL(/venter=1/);
    await expect(rowOf(page, 2026, "Nav Bygland")).toHaveCount(1);
  });

  test("the table scrolls inside its own labelled region on a phone, not the page", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/fylke/agder?ar=2026");
    const region = page.getByRole("region", { name: "Partnerskapene i 2026 (rull sidelengs)" });
    await expect(region).toBeVisible();
    await expect(region).toHaveAttribute("tabindex", "0");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expectNoA11yViolations(page);
  });
});
