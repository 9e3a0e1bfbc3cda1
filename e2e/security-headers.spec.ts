import type { Page, Response } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { expect, hydrated, test } from "./fixtures";

/**
 * Issue 20, points 6 and 7, against the production server: every page carries a nonce-based
 * Content-Security-Policy that its own scripts satisfy (the page hydrates, the browser reports
 * no violation), tRPC answers are never cached, and a request from a page on another port is
 * refused although the browser would send it the session cookie.
 */

/** Fails the test on any script, style or connection the browser blocked under the policy. */
function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

function expectPageHeaders(response: Response | null) {
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  return csp.match(/'nonce-([^']+)'/)![1]!;
}

/** Next's own scripts carry this response's nonce (the browser hides the attribute's value from the DOM, not from the property). */
async function expectScriptsCarry(page: Page, nonce: string) {
  const nonces = await page.locator("script").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(nonces.every((n) => n === nonce)).toBe(true);
}

test("the sign-in page has a nonce policy its own scripts satisfy, and works", async ({ signedOutPage }) => {
  const page = await signedOutPage();
  const violations = watchViolations(page);
  const response = await page.goto("/logg-inn");
  const nonce = expectPageHeaders(response);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectScriptsCarry(page, nonce);
  await hydrated(page.getByRole("button", { name: "Logg inn", exact: true }));
  await expectNoA11yViolations(page);
  // A fresh nonce for every page view.
  const again = await page.reload();
  expect(expectPageHeaders(again)).not.toBe(nonce);
  expect(violations).toEqual([]);
});

test("a signed-in page hydrates under the policy, and tRPC answers are not cached", async ({ pageAs }) => {
  const page = await pageAs("navleder");
  const violations = watchViolations(page);
  const trpcAnswers: Response[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.startsWith("/api/trpc/")) trpcAnswers.push(response);
  });
  const response = await page.goto("/partnerskap/grimstad/arshjul/2026");
  const nonce = expectPageHeaders(response);
  await expect(page.getByRole("heading", { level: 1, name: "Årshjul 2026" })).toBeVisible();
  await expectScriptsCarry(page, nonce);
  await hydrated(page.getByRole("button", { name: "Legg til hendelse" }));
  await expectNoA11yViolations(page);

  const query = await page.request.get("/api/trpc/annualCycle.subscriptions");
  expect(query.status()).toBe(200);
  expect(query.headers()["cache-control"]?.split(", ")).toContain("no-store");
  expect(query.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  for (const answer of trpcAnswers) expect(answer.headers()["cache-control"]?.split(", ")).toContain("no-store");
  expect(violations).toEqual([]);
});

test("a page on another port cannot make a calendar subscription with the signed-in person's cookie", async ({ pageAs }) => {
  const page = await pageAs("navleder");
  await page.goto("/partnerskap/grimstad/arshjul/2026");
  await expect(page.getByRole("heading", { level: 1, name: "Årshjul 2026" })).toBeVisible();
  await expectNoA11yViolations(page);
  const subscriptions = async () => JSON.stringify(await (await page.request.get("/api/trpc/annualCycle.subscriptions")).json());
  const before = await subscriptions();

  const own = new URL(page.url());
  const otherPort = `${own.protocol}//${own.hostname}:${Number(own.port) + 1}`;
  const refused = await page.request.post("/api/trpc/annualCycle.subscribe", {
    headers: { "content-type": "application/json", origin: otherPort, "sec-fetch-site": "same-site" },
    data: { json: null },
  });
  expect(refused.status()).toBe(403);
  expect(JSON.stringify(await refused.json())).toContain("Forespørselen kom fra en annen nettside enn Partnerskapsrommet");

  const asForm = await page.request.post("/api/trpc/annualCycle.subscribe", {
    headers: { origin: otherPort },
    multipart: { "0": JSON.stringify({ json: null }) },
  });
  expect(asForm.status()).toBe(403);
  expect(await subscriptions()).toBe(before);
});
