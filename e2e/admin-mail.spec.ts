import { expectNoA11yViolations } from "./axe";
import { asRole, expect, hydrated, tabTo, test } from "./fixtures";

test.describe("the outbox at /admin/e-post", () => {
  asRole("admin");

  test("an invitation is queued as e-mail, and without SMTP_URL the administrator reads it there", async ({ page }) => {
    const run = Date.now().toString(36);
    const person = { name: `Stine Stab ${run}`, email: `stab.${run}@example.no` };

    // Invite someone to a fylke role: the link is shown as before, and a mail is queued.
    await page.goto("/admin");
    const invite = page.getByRole("form", { name: "Inviter person til fylke eller nettverk" });
    await hydrated(invite.getByLabel("Navn"));
    await invite.getByLabel("Navn").fill(person.name);
    await invite.getByLabel("E-post").fill(person.email);
    await invite.getByLabel("Rolle").selectOption({ label: "Fylkesstab" });
    await invite.getByLabel("Fylke").selectOption({ label: "Agder" });
    await invite.getByRole("button", { name: "Lag invitasjon" }).click();
    const shown = invite.getByRole("status").getByText(/\/invitasjon\/[\w-]+$/);
    await expect(shown).toBeVisible();
    const token = new URL((await shown.innerText()).trim()).pathname;

    // From the top of the administration page to the outbox, by keyboard.
    await page.reload();
    const outboxLink = page.getByRole("link", { name: "E-post: sendt, venter og feilet" });
    await tabTo(page, outboxLink, 40);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "E-post" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Ingen e-post forlater maskinen" })).toBeVisible();
    await expectNoA11yViolations(page);

    const row = page.getByRole("row").filter({ hasText: person.email });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Ikke sendt (ingen SMTP_URL)");
    await expect(row.getByRole("button", { name: /Send på nytt/ })).toHaveCount(0);

    // Only what was kept.
    await page.getByRole("navigation", { name: "Velg status" }).getByRole("link", { name: /^Ikke sendt \(ingen SMTP_URL\) \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/admin\/e-post\?status=ikke-sendt$/);
    await expect(page.getByRole("heading", { level: 2, name: "E-post med status «Ikke sendt (ingen SMTP_URL)»" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Ikke sendt \(ingen SMTP_URL\)/ })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("row").filter({ hasText: person.email })).toHaveCount(1);

    // Open it: the one-time link is in the text part, the HTML in a sandboxed frame.
    await page.getByRole("row").filter({ hasText: person.email }).getByRole("link", { name: "Du er invitert til Partnerskapsrommet" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Du er invitert til Partnerskapsrommet" })).toBeVisible();
    await expect(page.getByText(person.email, { exact: true })).toBeVisible();
    await expect(page.getByText("Denne e-posten er ikke sendt: SMTP_URL er ikke satt")).toBeVisible();
    const text = page.getByRole("region", { name: "Tekstdelen" }).locator("pre");
    await expect(text).toContainText(`Hei, ${person.name}.`);
    await expect(text).toContainText("som Fylkesstab i Nav Agder");
    await expect(text).toContainText(token);
    await expectNoA11yViolations(page);

    // The HTML part on request, in a frame that may run nothing (axe cannot enter it, so it ran above).
    const show = page.getByRole("button", { name: "Vis HTML-delen" });
    await expect(show).toHaveAttribute("aria-expanded", "false");
    await show.click();
    await expect(page.getByRole("button", { name: "Skjul HTML-delen" })).toHaveAttribute("aria-expanded", "true");
    const iframe = page.locator('iframe[title="HTML-delen av e-posten «Du er invitert til Partnerskapsrommet»"]');
    await expect(iframe).toHaveAttribute("sandbox", "");
    const frame = iframe.contentFrame();
    await expect(frame.getByRole("heading", { level: 1, name: "Du er invitert til Partnerskapsrommet" })).toBeVisible();
    await expect(frame.getByRole("link", { name: "Godta invitasjonen" })).toHaveAttribute("href", new RegExp(`${token}$`));
  });

  test("is for administrators only", async ({ pageAs }) => {
    const leader = await pageAs("navleder");
    const response = await leader.goto("/admin/e-post");
    expect(response?.status()).toBe(403);
  });
});
