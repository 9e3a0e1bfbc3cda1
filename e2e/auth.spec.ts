import { expectNoA11yViolations } from "./axe";
import { DEMO_PASSWORD, demoUsers, expect, signedOut, tabTo, test } from "./fixtures";

// Everything here starts signed out. Two sign-in attempts in this file: keep it that way (rate limit).
test.use({ storageState: signedOut });

test.describe("signing in", () => {
  test("pages need a session: / and a partnership redirect to the sign-in page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL("/logg-inn");
    await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.goto("/partnerskap/grimstad");
    await expect(page).toHaveURL("/logg-inn?neste=%2Fpartnerskap%2Fgrimstad");
    await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("an empty form shows the error summary, which leads to the fields", async ({ page }) => {
    await page.goto("/logg-inn");
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();

    const summary = page.getByRole("heading", { name: "Du må rette dette før du kan logge inn:" });
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    const emailLink = page.getByRole("link", { name: "Skriv inn e-postadressen din." });
    await expect(emailLink).toBeVisible();
    await expect(page.getByRole("link", { name: "Skriv inn passordet ditt." })).toBeVisible();
    // The messages are also next to the fields.
    await expect(page.getByLabel("E-post")).toHaveAccessibleDescription(/Skriv inn e-postadressen din\./);
    await expect(page.getByLabel("Passord")).toHaveAccessibleDescription(/Skriv inn passordet ditt\./);
    await expectNoA11yViolations(page);

    await emailLink.click();
    await expect(page.getByLabel("E-post")).toBeFocused();
  });

  test("a wrong password gives the generic message", async ({ page }) => {
    await page.goto("/logg-inn");
    await page.getByLabel("E-post").fill(demoUsers.navleder.email);
    await page.getByLabel("Passord").fill("feil-passord-123");
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();

    const alert = page.getByRole("alert").filter({ hasText: "Feil e-post eller passord." });
    await expect(alert).toBeVisible();
    await expect(alert).toBeFocused();
    await expect(page).toHaveURL("/logg-inn");
    await expectNoA11yViolations(page);
  });

  test("signing in with the keyboard lands on /, and signing out ends the session", async ({ page }) => {
    const user = demoUsers.fasilitator;
    await page.goto("/logg-inn");

    // Keyboard only: Tab to the e-mail field, type, Tab, type, Enter.
    await tabTo(page, page.getByLabel("E-post"));
    await page.keyboard.type(user.email);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Passord")).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
    // The facilitator has no partnership yet: the empty state explains why.
    const mine = page.getByRole("region", { name: "Partnerskap du har en rolle i" });
    await expect(mine.getByText("Du har ingen rolle i et partnerskap ennå.")).toBeVisible();
    await expect(
      mine.getByText("Som prosessveileder ser du partnerskap når de blir med i et nettverk du leder."),
    ).toBeVisible();
    await expect(mine.getByRole("link")).toHaveCount(0);
    await expectNoA11yViolations(page);

    await page.getByRole("button", { name: user.name }).click();
    await page.getByRole("menuitem", { name: "Logg ut" }).click();
    await expect(page).toHaveURL("/logg-inn");
    await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.goto("/");
    await expect(page).toHaveURL("/logg-inn");
    await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  });
});
