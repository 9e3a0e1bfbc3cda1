import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { asRole, expect, test } from "./fixtures";

const GRIMSTAD = "/partnerskap/grimstad";

const entries = (page: Page) => page.getByRole("region", { name: /^(Alle endringer|Endringer som passer med filteret)$/ }).getByRole("listitem");

test.describe("the partnership's history, as its Nav-leder", () => {
  asRole("navleder");

  test("opens from «Siste endringer», filters by area and pages with the filter kept", async ({ page }) => {
    await page.goto(GRIMSTAD);
    await expect(page.getByRole("heading", { level: 1, name: "Nav Grimstad" })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole("region", { name: "Siste endringer" }).getByRole("link", { name: "Se hele historikken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Historikk" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Partnerskapet" }).getByRole("link", { name: "Historikk" })).toHaveAttribute("aria-current", "page");
    await expect(entries(page)).toHaveCount(25);
    await expect(page.getByText(/^Side 1 av \d+$/)).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByLabel("Område").selectOption({ label: "Møter" });
    await page.getByRole("button", { name: "Vis endringene" }).click();
    await expect(page).toHaveURL(/omrade=moter/);
    await expect(page.getByRole("heading", { level: 2, name: "Endringer som passer med filteret" })).toBeVisible();
    await expect(page.getByText(/endringer i møter\. Viser 1–25\./)).toBeVisible();
    const firstPage = await entries(page).allInnerTexts();
    expect(firstPage).toHaveLength(25);
    for (const text of firstPage) expect(text).toMatch(/· Møter$/);
    await expectNoA11yViolations(page);

    await page.getByRole("navigation", { name: "Sider i historikken" }).getByRole("link", { name: "Eldre endringer" }).click();
    await expect(page).toHaveURL(/omrade=moter.*side=2|side=2.*omrade=moter/);
    await expect(page.getByText(/^Side 2 av \d+$/)).toBeVisible();
    await expect(page.getByLabel("Område")).toHaveValue("moter");
    const secondPage = await entries(page).allInnerTexts();
    expect(secondPage.length).toBeGreaterThan(0);
    for (const text of secondPage) expect(text).toMatch(/· Møter$/);
    expect(secondPage[0]).not.toBe(firstPage[0]);
    await expectNoA11yViolations(page);

    await page.getByRole("link", { name: "Nyere endringer" }).click();
    await expect(page.getByText(/^Side 1 av \d+$/)).toBeVisible();
    await expect.poll(() => entries(page).allInnerTexts()).toEqual(firstPage);
    await expectNoA11yViolations(page);
  });

  test("a meeting shows its own history and links to the full history filtered on it", async ({ page }) => {
    await page.goto(`${GRIMSTAD}/moter`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);
    const april = page.getByRole("row").filter({ hasText: "21.4.2026" }).getByRole("link");
    await april.click();
    const section = page.getByRole("region", { name: "Historikk" });
    await expect(section.getByRole("listitem").first()).toBeVisible();
    await expectNoA11yViolations(page);

    await section.getByRole("link", { name: /i historikken$/ }).click();
    await expect(page.getByText(/Viser bare endringer i .*21\.4\.2026/)).toBeVisible();
    for (const text of await entries(page).allInnerTexts()) expect(text).toMatch(/· Møter$/);
    await expectNoA11yViolations(page);

    await page.getByRole("link", { name: "Vis hele historikken" }).click();
    await expect(page).not.toHaveURL(/objekt=/);
    await expect(page.getByRole("heading", { level: 2, name: "Alle endringer" })).toBeVisible();
  });

  test("a plan version, a lederavtale and an assessment each show their own history", async ({ page }) => {
    // Three pages and their filtered histories, each checked with axe: more than one page's worth of time.
    test.setTimeout(120_000);
    const objects = [
      { path: `${GRIMSTAD}/virksomhetsplan/2026`, label: /Virksomhetsplanen 2026, versjon 1/, area: "Virksomhetsplan" },
      { path: `${GRIMSTAD}/lederavtale/2026`, label: /Lederavtalen 2026/, area: "Lederavtale" },
      { path: `${GRIMSTAD}/mulighetsrom`, open: "Samling 4, pilotnettverket Agder – partnerskapsmøte våren 2019", label: /Mulighetsrom-vurderingen «Samling 4/, area: "Mulighetsrom" },
    ];
    for (const object of objects) {
      await page.goto(object.path);
      if (object.open) {
        await expectNoA11yViolations(page);
        await page.getByRole("link", { name: object.open }).first().click();
      }
      const section = page.getByRole("region", { name: "Historikk" });
      await expect(section.getByRole("listitem").first()).toBeVisible();
      await expectNoA11yViolations(page);
      await section.getByRole("link", { name: /i historikken$/ }).click();
      await expect(page.getByText(/^Viser bare endringer i/)).toContainText(object.label);
      const texts = await entries(page).allInnerTexts();
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(text).toMatch(new RegExp(`· ${object.area}$`));
      await expectNoA11yViolations(page);
    }
  });
});
