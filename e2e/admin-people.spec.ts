import type { Page } from "@playwright/test";
import { signInRefusals } from "./support/bokmal";
import { expectNoA11yViolations } from "./axe";
import { asRole, demoUsers, escapeRegExp, expect, test } from "./fixtures";

/** Signs in through the form on /logg-inn in the page's own context, and waits for the answer. */
async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  const message = page.getByRole("alert").filter({ hasText: /\S/ });
  await expect.poll(async () => new URL(page.url()).pathname === "/" || (await message.count()) > 0).toBe(true);
}

test.describe("the administrator's people list", () => {
  asRole("admin");

  test("shows how a person signs in; deactivating ends their session and sign-in, reactivating lets them in again", async ({ page, signedOutPage }) => {
    // A person of this test's own: demo people's saved sessions are shared by other specs.
    const run = Date.now().toString(36);
    const person = { name: `Dina Deaktiv ${run}`, email: `deaktiv.${run}@example.no` };
    const password = "et-langt-passord-42";

    // Invite them as a fasilitator (a global role) and let them accept in a browser of their own
    await page.goto("/admin");
    const invite = page.getByRole("form", { name: "Inviter person til fylke eller nettverk" });
    await invite.getByLabel("Navn").fill(person.name);
    await invite.getByLabel("E-post").fill(person.email);
    await invite.getByLabel("Rolle").selectOption({ label: "Prosessveileder / fasilitator" });
    await invite.getByRole("button", { name: "Lag invitasjon" }).click();
    const link = (await invite.getByRole("status").getByText(/\/invitasjon\/[\w-]+$/).innerText()).trim();

    const guest = await signedOutPage();
    await guest.goto(link);
    await guest.getByLabel("Nytt passord").fill(password);
    await guest.getByLabel("Gjenta passordet").fill(password);
    await guest.getByRole("button", { name: "Lag passord og logg inn" }).click();
    await expect(guest).toHaveURL("/");
    await expect(guest.getByRole("banner").getByRole("button", { name: person.name })).toBeVisible();

    // The admin finds the people list from the admin page, and the person by searching
    await page.getByRole("link", { name: "Personer: innlogging, roller og deaktivering" }).click();
    await expect(page).toHaveURL("/admin/personer");
    await expect(page.getByRole("heading", { level: 1, name: "Personer" })).toBeVisible();
    await expectNoA11yViolations(page);

    const search = page.getByRole("search", { name: "Søk etter personer" });
    await search.getByLabel("Søk etter navn eller e-post").fill(`deaktiv.${run}`);
    await search.getByRole("button", { name: "Søk" }).click();
    await expect(page).toHaveURL(`/admin/personer?sok=deaktiv.${run}`);
    await expect(page.getByRole("heading", { level: 2, name: `Personer som passer med «deaktiv.${run}»` })).toBeVisible();
    const table = page.getByRole("region", { name: "Personer", exact: true });
    const row = table.getByRole("row", { name: new RegExp(escapeRegExp(person.name)) });
    await expect(row).toHaveCount(1);
    const cell = (column: string) => row.getByRole("cell").nth(["E-post", "Logger inn med", "Tofaktor", "Roller", "Sist innlogget", "Status"].indexOf(column));
    await expect(cell("E-post")).toHaveText(person.email);
    await expect(cell("Logger inn med")).toHaveText("Passord");
    await expect(cell("Tofaktor")).toHaveText("Av");
    await expect(cell("Roller")).toHaveText("Prosessveileder / fasilitator");
    await expect(cell("Sist innlogget")).toHaveText(/^\d{1,2}\.\d{1,2}\.\d{4}, \d{2}:\d{2}$/);
    await expect(cell("Status")).toHaveText("Aktiv");
    await expectNoA11yViolations(page);

    // Deactivate, after a confirmation that says what happens
    await row.getByRole("button", { name: `Deaktiver ${person.name}` }).click();
    const confirm = page.getByRole("dialog", { name: `Deaktivere ${person.name}?` });
    await expect(confirm).toContainText("blir logget ut på alle enheter med en gang");
    await expect(confirm).toContainText("kan ikke logge inn");
    await expect(confirm).toContainText("Navnet står fortsatt i historikken");
    await expectNoA11yViolations(page);
    await confirm.getByRole("button", { name: "Deaktiver" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `${person.name} er deaktivert og logget ut.` })).toBeVisible();
    await expect(cell("Status")).toContainText("Deaktivert");
    await expect(cell("Sist innlogget")).toHaveText("Ikke logget inn nå");
    await expect(row.getByRole("button", { name: `Aktiver igjen ${person.name}` })).toBeVisible();
    await expectNoA11yViolations(page);

    // Their open browser is signed out on its next page load, and their password no longer works
    await guest.reload();
    await expect(guest).toHaveURL(/\/logg-inn/);
    await signInWithPassword(guest, person.email, password);
    await expect(guest.getByText(signInRefusals.account_deactivated)).toBeVisible();
    await expect(guest).toHaveURL(/\/logg-inn/);
    await expectNoA11yViolations(guest);

    // Reactivated, they can sign in again
    await row.getByRole("button", { name: `Aktiver igjen ${person.name}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `${person.name} er aktivert igjen og kan logge inn.` })).toBeVisible();
    await expect(cell("Status")).toHaveText("Aktiv");
    await expect(row.getByRole("button", { name: `Deaktiver ${person.name}` })).toBeVisible();
    await expectNoA11yViolations(page);

    await signInWithPassword(guest, person.email, password);
    await expect(guest).toHaveURL("/");
    await expect(guest.getByRole("banner").getByRole("button", { name: person.name })).toBeVisible();
    await expectNoA11yViolations(guest);
  });

  test("a search that finds nobody says so and leads back to everyone", async ({ page }) => {
    await page.goto("/admin/personer?sok=ingen-har-dette-navnet");
    await expect(page.getByRole("search", { name: "Søk etter personer" }).getByLabel("Søk etter navn eller e-post")).toHaveValue("ingen-har-dette-navnet");
    await expect(page.getByText("Ingen personer har «ingen-har-dette-navnet» i navnet eller e-postadressen.", { exact: false })).toBeVisible();
    await expect(page.getByRole("region", { name: "Personer", exact: true })).toHaveCount(0);
    await expectNoA11yViolations(page);

    await page.getByRole("link", { name: "Vis alle personer" }).click();
    await expect(page).toHaveURL("/admin/personer");
    await expect(page.getByRole("heading", { level: 2, name: "Alle personer" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Personer", exact: true }).getByRole("row")).not.toHaveCount(0);

    // The admin is on the list, marked as themselves, with no button to deactivate themselves.
    await page.goto(`/admin/personer?sok=${encodeURIComponent(demoUsers.admin.email)}`);
    const me = page.getByRole("region", { name: "Personer", exact: true }).getByRole("row", { name: /\(deg\)/ });
    await expect(me).toHaveCount(1);
    await expect(me.getByRole("button")).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
});
