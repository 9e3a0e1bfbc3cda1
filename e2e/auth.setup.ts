import fs from "node:fs";
import { test as setup, expect } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers, savedRoles, signedOut, storageStateFor } from "./fixtures";

/**
 * Signs in each saved demo role once, through the sign-in form, and saves the
 * session for the tests. Sign-in is rate limited per IP, so the whole suite
 * signs in as few times as it can: seven times here, twice in auth.spec.ts, once
 * when admin.spec.ts accepts an invitation.
 */
for (const role of savedRoles) {
  setup(`sign in as ${role}`, async ({ browser, baseURL }) => {
    const file = storageStateFor(role);

    // A reused web server (local runs) still knows the session saved last time.
    if (fs.existsSync(file)) {
      const context = await browser.newContext({ storageState: file, baseURL });
      const response = await (await context.newPage()).goto("/");
      const stillValid = response?.ok() && new URL(response.url()).pathname === "/";
      await context.close();
      if (stillValid) return;
    }

    const context = await browser.newContext({ storageState: signedOut, baseURL });
    const page = await context.newPage();
    await page.goto("/logg-inn");
    await page.getByLabel("E-post").fill(demoUsers[role].email);
    await page.getByLabel("Passord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
    await context.storageState({ path: file });
    await context.close();
  });
}
