import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { agderOffices, asRole, expect, isCreatedByAdminSpec, test } from "./fixtures";

async function openDashboard(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
  await expectNoA11yViolations(page);
  return page.getByRole("region", { name: "Partnerskap du har en rolle i" });
}

/** The card (list item) for one office on the dashboard. */
function card(page: Page, officeName: string) {
  return page
    .getByRole("region", { name: "Partnerskap du har en rolle i" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: officeName, exact: true }) });
}

test.describe("Nav-leder in Grimstad", () => {
  asRole("navleder");

  test("sees Nav Grimstad with the Nav-leder role, and nothing in Arendal", async ({ page }) => {
    const mine = await openDashboard(page);
    await expect(mine.getByRole("listitem")).toHaveCount(1);
    const grimstad = card(page, "Nav Grimstad");
    await expect(grimstad).toContainText("Kommune: Grimstad · Agder");
    await expect(grimstad.getByText("Nav-leder", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Nav Arendal" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: /^Partnerskap i / })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Administrasjon" })).toHaveCount(0);

    await grimstad.getByRole("link", { name: "Nav Grimstad" }).click();
    await expect(page).toHaveURL("/partnerskap/grimstad");
    await expect(page.getByRole("heading", { level: 1, name: "Nav Grimstad" })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("is refused the administration, and an unknown partnership is not found", async ({ page }) => {
    const admin = await page.goto("/admin");
    expect(admin?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Du har ikke tilgang til denne siden" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Opprett partnerskap" })).toHaveCount(0);
    await expectNoA11yViolations(page);

    const missing = await page.goto("/partnerskap/finnes-ikke");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

test.describe("fylkesdirektør in Agder", () => {
  asRole("fylkesdirektor");

  test("sees all eleven partnerships through the fylke, and the fylke overview link", async ({ page }) => {
    const mine = await openDashboard(page);
    await expect(mine.getByText("Du har ingen rolle i et enkelt partnerskap, bare i fylket.")).toBeVisible();
    const fylke = page.getByRole("region", { name: /^Partnerskap i Agder/ });
    const names = (await fylke.getByRole("listitem").allInnerTexts()).filter((name) => !isCreatedByAdminSpec(name));
    expect(names.sort((a, b) => a.localeCompare(b, "nb"))).toEqual(agderOffices);
    await expect(fylke.getByText(/Du er fylkesdirektør i Agder/)).toBeVisible();

    await fylke.getByRole("link", { name: "Nav Bykle", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nav Bykle" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.goBack();
    await page.getByRole("region", { name: /^Partnerskap i Agder/ }).getByRole("link", { name: "Nav Agder: alle partnerskap" }).click();
    await expect(page).toHaveURL("/fylke/agder");
    await expect(page.getByRole("heading", { level: 1, name: "Nav Agder: alle partnerskap" })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

test.describe("admin", () => {
  asRole("admin");

  test("sees the way to administration, on the page and in the header", async ({ page }) => {
    await openDashboard(page);
    const admin = page.getByRole("region", { name: "Administrasjon" });
    await expect(admin.getByRole("link", { name: "Opprett partnerskap og inviter personer" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Administrasjon" })).toBeVisible();

    await admin.getByRole("link", { name: "Opprett partnerskap og inviter personer" }).click();
    await expect(page).toHaveURL("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Administrasjon" })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

test.describe("Nav-leder in Arendal", () => {
  asRole("navlederArendal");

  test("sees Arendal only", async ({ page }) => {
    const mine = await openDashboard(page);
    await expect(mine.getByRole("listitem")).toHaveCount(1);
    await expect(card(page, "Nav Arendal").getByText("Nav-leder", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Nav Grimstad" })).toHaveCount(0);
  });

  for (const path of ["/partnerskap/grimstad", "/fylke/agder"]) {
    test(`is refused ${path} with the 403 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Du har ikke tilgang til denne siden" })).toBeVisible();
      await expect(page.getByText("Nav Grimstad")).toHaveCount(0);
      await expectNoA11yViolations(page);

      await page.getByRole("link", { name: "Gå til mine partnerskap" }).click();
      await expect(page).toHaveURL("/");
      await expect(page.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
    });
  }
});

test.describe("kommunedirektør in Grimstad", () => {
  asRole("radmann");

  test("sees Grimstad and may edit it", async ({ page }) => {
    await openDashboard(page);
    await expect(card(page, "Nav Grimstad").getByText("Rådmann / kommunedirektør", { exact: true })).toBeVisible();

    await page.goto("/partnerskap/grimstad");
    await expect(page.getByRole("heading", { level: 1, name: "Nav Grimstad" })).toBeVisible();
    await expectNoA11yViolations(page);
    await expect(page.getByRole("button", { name: "Endre opplysninger" })).toBeVisible();
    const agreement = page.getByRole("region", { name: "Partnerskapsavtalen (NAV-loven § 14)" });
    await expect(agreement.getByRole("button", { name: /^Endre / })).toHaveCount(5);
    await expect(page.getByRole("checkbox", { name: "Gjeldsrådgivning" })).toBeChecked();
    await expect(page.getByText("godkjenne planen eller sende den tilbake")).toBeVisible();
    await expect(page.getByText("signere lederavtalen når du er part i den")).toBeVisible();
  });
});

test.describe("avdelingsleder in Grimstad", () => {
  asRole("avdelingsleder");

  test("sees Grimstad read-only", async ({ page }) => {
    await openDashboard(page);
    await card(page, "Nav Grimstad").getByRole("link", { name: "Nav Grimstad" }).click();
    await expect(page).toHaveURL("/partnerskap/grimstad");
    await expect(page.getByRole("heading", { level: 1, name: "Nav Grimstad" })).toBeVisible();
    await expectNoA11yViolations(page);

    // What the role may do, from the role matrix; the rest is for reading.
    await expect(page.getByText("svare på vurderinger du er invitert til")).toBeVisible();
    await expect(page.getByText("Alt annet i partnerskapet kan du lese.")).toBeVisible();
    await expect(page.getByText("25,3 statlige og 12,6 kommunale")).toBeVisible();
    await expect(page.getByRole("button", { name: "Endre opplysninger" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Endre/ })).toHaveCount(0);
    // The service switches (checkboxes) are not there.
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Legg til" })).toHaveCount(0);
    // The portfolio is shown as text instead.
    const services = page.getByRole("region", { name: "Tjenesteportefølje" });
    await expect(services.getByRole("listitem").filter({ hasText: "Gjeldsrådgivning" })).toContainText("Med i kontoret");
  });
});
