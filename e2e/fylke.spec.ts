import { expectNoA11yViolations } from "./axe";
import { agderOffices, asRole, expect, isCreatedByAdminSpec, test } from "./fixtures";

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
      "Signert", // Lederavtale for the current year: signed in the demo (db/seed/lederavtale-demo.ts)
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
