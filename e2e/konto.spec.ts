import * as OTPAuth from "otpauth";
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { asRole, expect, hydrated, test } from "./fixtures";

/**
 * A person's own account (/konto): two-factor sign-in turned on with the secret shown as text,
 * signing in with password + code (a wrong code refused), a backup code, the list of sessions,
 * and «Logg ut overalt» ending another browser's session.
 *
 * The person is invited for this test (never a demo person, whose saved session other tests
 * reuse). Sign-in is rate limited per address (server/auth/auth.ts), so this signs in three
 * times: accepting the invitation, after signing out, and in a second browser.
 */
test.describe("Min konto", () => {
  asRole("admin");

  test("two-factor sign-in, the session list, and signing out everywhere", async ({ page, signedOutPage }) => {
    const run = Date.now().toString(36);
    const person = { name: `Kari Kontosen ${run}`, email: `kontosen.${run}@example.no` };
    const password = "et-langt-passord-42";

    // The administrator invites the person to Nav Grimstad
    await page.goto("/admin");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Nav Grimstad" }) });
    await row.getByRole("button", { name: "Administrer Nav Grimstad" }).click();
    const invite = page.getByRole("form", { name: "Inviter person til Nav Grimstad" });
    await invite.getByLabel("Navn").fill(person.name);
    await invite.getByLabel("E-post").fill(person.email);
    await invite.getByLabel("Rolle").selectOption({ label: "Avdelingsleder / rådgiver" });
    await invite.getByRole("button", { name: "Lag invitasjon" }).click();
    const link = (await invite.getByRole("status").getByText(/\/invitasjon\//).innerText()).trim();

    // …who chooses a password and is signed in (sign-in 1)
    const first = await signedOutPage();
    await first.goto(link);
    await hydrated(first.getByLabel("Nytt passord"));
    await first.getByLabel("Nytt passord").fill(password);
    await first.getByLabel("Gjenta passordet").fill(password);
    await first.getByRole("button", { name: "Lag passord og logg inn" }).click();
    await expect(first).toHaveURL("/");

    // «Min konto» in the user menu
    await first.getByRole("banner").getByRole("button", { name: person.name }).click();
    await first.getByRole("menuitem", { name: "Min konto" }).click();
    await expect(first).toHaveURL("/konto");
    await expect(first.getByRole("heading", { level: 1, name: "Min konto" })).toBeVisible();
    const details = first.getByRole("region", { name: "Kontoen din" });
    await expect(details).toContainText(person.email);
    await expect(details.getByText("E-post og passord", { exact: true })).toBeVisible();
    await expectNoA11yViolations(first);

    // A wrong current password is refused next to its field
    const change = first.getByRole("form", { name: "Bytt passord" });
    await hydrated(change.getByLabel("Passordet du har nå"));
    await change.getByLabel("Passordet du har nå").fill("ikke-passordet-mitt");
    await change.getByLabel("Nytt passord").fill("et-helt-nytt-passord-7");
    await change.getByLabel("Gjenta det nye passordet").fill("et-helt-nytt-passord-7");
    await change.getByRole("button", { name: "Bytt passord" }).click();
    await expect(change.getByLabel("Passordet du har nå")).toHaveAccessibleDescription(/Passordet stemmer ikke\./);
    await expectNoA11yViolations(first);

    // Turning two-factor on: the password, then the QR code and the secret as text
    const twoFactor = first.getByRole("region", { name: "Tofaktor-innlogging" });
    await twoFactor.getByRole("button", { name: "Slå på tofaktor-innlogging" }).click();
    const confirmPassword = twoFactor.getByRole("form", { name: "Bekreft med passordet ditt" });
    await expect(confirmPassword.getByLabel("Passord")).toBeFocused();
    await confirmPassword.getByLabel("Passord").fill(password);
    await confirmPassword.getByRole("button", { name: "Fortsett" }).click();
    await expect(twoFactor.getByRole("img", { name: /^QR-kode som legger Partnerskapsrommet til/ })).toBeVisible();
    const secretText = await twoFactor.getByText(/^Nøkkel: [A-Z2-7]{4}/).innerText();
    const secret = secretText.replace("Nøkkel:", "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectNoA11yViolations(first);

    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
    const confirmCode = twoFactor.getByRole("form", { name: "Bekreft koden fra appen" });
    await confirmCode.getByLabel("Kode fra appen").fill(totp.generate());
    await confirmCode.getByRole("button", { name: "Slå på" }).click();

    // The backup codes, shown this once
    await expect(twoFactor.getByRole("heading", { name: "Tofaktor-innlogging er slått på. Ta vare på reservekodene dine." })).toBeVisible();
    const backupCodes = await twoFactor.getByRole("list", { name: "Reservekoder" }).getByRole("listitem").allInnerTexts();
    expect(backupCodes).toHaveLength(10);
    await expectNoA11yViolations(first);
    await twoFactor.getByRole("button", { name: "Jeg har tatt vare på kodene" }).click();
    await expect(twoFactor.getByRole("status")).toHaveText("Tofaktor-innlogging er slått på.");
    await expect(details.getByText("E-post og passord med tofaktor", { exact: true })).toBeVisible();
    await expect(twoFactor.getByRole("list", { name: "Reservekoder" })).toHaveCount(0);

    // Sign out, and in again: the password, then a code (sign-in 2). A wrong code is refused.
    await first.getByRole("banner").getByRole("button", { name: person.name }).click();
    await first.getByRole("menuitem", { name: "Logg ut" }).click();
    await expect(first).toHaveURL("/logg-inn");
    await signInWithPassword(first, person.email, password);
    await expect(first.getByRole("heading", { level: 1, name: "Skriv inn koden fra autentiseringsappen" })).toBeVisible();
    const codeField = first.getByLabel("Kode fra appen");
    await expect(codeField).toBeFocused();
    await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
    await expect(codeField).toHaveAttribute("inputmode", "numeric");
    await expectNoA11yViolations(first);

    const current = totp.generate();
    await codeField.fill(current === "000000" ? "111111" : "000000");
    await first.getByRole("button", { name: "Logg inn", exact: true }).click();
    const refused = first.getByRole("alert").filter({ hasText: "Koden stemmer ikke." });
    await expect(refused).toBeVisible();
    await expect(refused).toBeFocused();
    await expectNoA11yViolations(first);

    await codeField.fill(totp.generate());
    await first.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(first).toHaveURL("/");
    await expect(first.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();

    // A second browser signs in with a backup code instead (sign-in 3)
    const second = await signedOutPage();
    await second.goto("/logg-inn");
    await signInWithPassword(second, person.email, password);
    await second.getByRole("button", { name: "Bruk en reservekode i stedet" }).click();
    await expect(second.getByRole("heading", { level: 1, name: "Skriv inn en reservekode" })).toBeVisible();
    await expect(second.getByLabel("Reservekode", { exact: true })).toBeFocused();
    await expectNoA11yViolations(second);
    await second.getByLabel("Reservekode", { exact: true }).fill(backupCodes[0]!);
    await second.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(second).toHaveURL("/");
    await expect(second.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();

    // Both sessions are listed; this device is marked
    await first.goto("/konto");
    const sessions = first.getByRole("region", { name: "Aktive økter" });
    const rows = sessions.getByRole("row").filter({ has: first.getByRole("rowheader") });
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: "Denne enheten" })).toHaveCount(1);
    await expect(rows.first()).toContainText("Chrome på Linux");
    await expect(rows.filter({ hasNotText: "Denne enheten" }).getByRole("button", { name: /^Logg ut / })).toBeVisible();
    await expectNoA11yViolations(first);

    // «Logg ut overalt» asks first, then ends both
    await hydrated(sessions.getByRole("button", { name: "Logg ut overalt" }));
    await sessions.getByRole("button", { name: "Logg ut overalt" }).click();
    const dialog = first.getByRole("dialog", { name: "Logge ut overalt?" });
    await expect(dialog).toBeVisible();
    await expectNoA11yViolations(first);
    await dialog.getByRole("button", { name: "Logg ut overalt" }).click();
    await expect(first).toHaveURL("/logg-inn");
    await expect(first.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();

    await second.reload();
    await expect(second).toHaveURL(/\/logg-inn/);
    await expect(second.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
    await expectNoA11yViolations(second);
  });
});

async function signInWithPassword(page: Page, email: string, password: string) {
  await hydrated(page.getByLabel("E-post"));
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
}
