import { expectNoA11yViolations } from "./axe";
import { asRole, expect, tabTo, test } from "./fixtures";

test.describe("administration", () => {
  asRole("admin");

  test("create a partnership, invite its Nav-leder, and the invitation works once", async ({ page, signedOutPage }) => {
    // Unique per run, so the test also passes against a reused server (local runs).
    const run = Date.now().toString(36);
    const officeName = `Nav Testby ${run}`;
    const leader = { name: `Tone Testesen ${run}`, email: `testesen.${run}@example.no` };

    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Administrasjon" })).toBeVisible();
    await expectNoA11yViolations(page);

    // Create
    const create = page.getByRole("form", { name: "Opprett partnerskap" });
    await create.getByLabel("Navn på Nav-kontoret").fill(officeName);
    await expect(create.getByLabel("Adresse")).toHaveValue(`testby-${run}`);
    await create.getByLabel("Fylke").selectOption({ label: "Agder" });
    await create.getByRole("checkbox", { name: "Kristiansand" }).check();
    await expect(create.getByRole("radio", { name: "Én leder" })).toBeChecked();
    await create.getByRole("button", { name: "Opprett partnerskap" }).click();

    await expect(create.getByRole("status")).toContainText(`${officeName} er opprettet.`);
    await expect(create.getByLabel("Navn på Nav-kontoret")).toHaveValue("Nav ");
    await expectNoA11yViolations(page);

    // It is in the list
    const list = page.getByRole("region", { name: /^Partnerskap \(\d+\)$/ });
    const row = list.getByRole("row").filter({ has: page.getByRole("link", { name: officeName }) });
    await expect(row).toContainText("Agder");
    await expect(row).toContainText("Kristiansand");

    // Open the row and invite a Nav-leder
    const administer = row.getByRole("button", { name: `Administrer ${officeName}` });
    await expect(administer).toHaveAttribute("aria-expanded", "false");
    await administer.click();
    await expect(administer).toHaveAttribute("aria-expanded", "true");
    const invite = page.getByRole("form", { name: `Inviter person til ${officeName}` });
    await expect(invite).toBeVisible();
    await expectNoA11yViolations(page);
    await invite.getByLabel("Navn").fill(leader.name);
    await invite.getByLabel("E-post").fill(leader.email);
    await invite.getByLabel("Rolle").selectOption({ label: "Nav-leder" });
    await invite.getByLabel("Tittel (valgfritt)").fill("Nav-leder");
    await invite.getByRole("button", { name: "Lag invitasjon" }).click();

    const result = invite.getByRole("status");
    await expect(result).toContainText(`Send lenken til ${leader.name}.`);
    const linkText = result.getByText(/\/invitasjon\/[\w-]+$/);
    await expect(linkText).toBeVisible();
    await expect(result.getByRole("button", { name: "Kopier lenken" })).toBeVisible();
    const link = (await linkText.innerText()).trim();
    expect(new URL(link).origin).toBe(new URL(page.url()).origin);
    await expectNoA11yViolations(page);

    // It waits among the unused invitations
    await page.reload();
    const pending = page.getByRole("region", { name: "Invitasjoner som ikke er brukt" });
    await expect(pending.getByRole("row").filter({ hasText: leader.email })).toContainText(officeName);
    await expectNoA11yViolations(page);

    // The invited person, in a browser of their own, sets a password with the keyboard only
    const guest = await signedOutPage();
    await guest.goto(link);
    await expect(guest.getByRole("heading", { level: 1, name: "Velkommen til Partnerskapsrommet" })).toBeVisible();
    await expect(guest.getByText(`Hei, ${leader.name}.`)).toBeVisible();
    await expect(guest.getByText(`i ${officeName}.`, { exact: false })).toBeVisible();
    await expectNoA11yViolations(guest);

    const password = "et-langt-passord-42";
    await tabTo(guest, guest.getByLabel("Nytt passord"));
    await guest.keyboard.type(password);
    await guest.keyboard.press("Tab");
    await expect(guest.getByLabel("Gjenta passordet")).toBeFocused();
    await guest.keyboard.type(password);
    await guest.keyboard.press("Tab");
    await expect(guest.getByRole("button", { name: "Lag passord og logg inn" })).toBeFocused();
    await guest.keyboard.press("Space");

    await expect(guest).toHaveURL("/");
    await expect(guest.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
    const card = guest
      .getByRole("region", { name: "Partnerskap du har en rolle i" })
      .getByRole("listitem")
      .filter({ has: guest.getByRole("link", { name: officeName }) });
    await expect(card).toContainText("Kommune: Kristiansand · Agder");
    await expect(card.getByText("Nav-leder", { exact: true })).toBeVisible();
    await expect(guest.getByRole("banner").getByRole("button", { name: leader.name })).toBeVisible();
    await expectNoA11yViolations(guest);

    // The link is spent
    await guest.goto(link);
    await expect(guest.getByRole("heading", { level: 1, name: "Velkommen til Partnerskapsrommet" })).toBeVisible();
    await expect(guest.getByText("Lenken er ugyldig, allerede brukt eller utløpt.")).toBeVisible();
    await expect(guest.getByLabel("Nytt passord")).toHaveCount(0);
    await expectNoA11yViolations(guest);

    // And it no longer waits in the admin's list
    await page.reload();
    await expect(
      page.getByRole("region", { name: "Invitasjoner som ikke er brukt" }).getByText(leader.email),
    ).toHaveCount(0);
  });

  test("common and mismatched passwords on an invitation are refused next to the field", async ({ page, signedOutPage }) => {
    const run = Date.now().toString(36);
    const person = { name: `Ola Prøve ${run}`, email: `prove.${run}@example.no` };

    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Administrasjon" })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Nav Grimstad" }) });
    await row.getByRole("button", { name: "Administrer Nav Grimstad" }).click();
    const invite = page.getByRole("form", { name: "Inviter person til Nav Grimstad" });
    await invite.getByLabel("Navn").fill(person.name);
    await invite.getByLabel("E-post").fill(person.email);
    await invite.getByLabel("Rolle").selectOption({ label: "Avdelingsleder / rådgiver" });
    await invite.getByRole("button", { name: "Lag invitasjon" }).click();
    const link = (await invite.getByRole("status").getByText(/\/invitasjon\//).innerText()).trim();

    const guest = await signedOutPage();
    await guest.goto(link);
    await expect(guest.getByText(`Hei, ${person.name}.`)).toBeVisible();
    // A common password is refused with the reason under the field
    await guest.getByLabel("Nytt passord").fill("Sommer2024!");
    await guest.getByLabel("Gjenta passordet").fill("Sommer2024!");
    await guest.getByRole("button", { name: "Lag passord og logg inn" }).click();
    await expect(guest.getByLabel("Nytt passord")).toHaveAccessibleDescription(/Passordet er for vanlig og står på lister over lekkede passord\./);
    await expectNoA11yViolations(guest);

    await guest.getByLabel("Nytt passord").fill("et-langt-passord-42");
    await guest.getByLabel("Gjenta passordet").fill("et-annet-passord-42");
    await guest.getByRole("button", { name: "Lag passord og logg inn" }).click();

    await expect(guest.getByLabel("Gjenta passordet")).toHaveAccessibleDescription(/Passordene er ikke like\./);
    await expect(guest.getByRole("link", { name: "Passordene er ikke like." })).toBeVisible();
    await expect(guest).toHaveURL(link);
    await expectNoA11yViolations(guest);

    // Revoke it again, so it does not linger in the list
    await page.reload();
    const pending = page.getByRole("region", { name: "Invitasjoner som ikke er brukt" });
    await pending.getByRole("button", { name: `Trekk tilbake invitasjonen til ${person.name}` }).click();
    const confirm = page.getByRole("dialog", { name: `Trekke tilbake invitasjonen til ${person.name}?` });
    await expect(confirm).toBeVisible();
    await expectNoA11yViolations(page);
    await confirm.getByRole("button", { name: "Trekk tilbake" }).click();
    await expect(confirm).toBeHidden();
    await expect(pending.getByText(person.email)).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
});
