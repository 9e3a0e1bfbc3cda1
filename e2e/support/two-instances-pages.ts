import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";

import { taskKindLabels } from "./bokmal";
import { expectNoA11yViolations } from "../axe";
import { DEMO_PASSWORD, escapeRegExp, expect, hydrated, ownClientAddress } from "../fixtures";

/**
 * The pages e2e/two-instances.spec.ts visits, driven as people do (the same steps as
 * e2e/auth.setup.ts and e2e/nettverk.spec.ts), each against the instance the test names. Every
 * page is checked with axe once it has settled.
 */

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
export const EVALUATION = taskKindLabels.evaluering;
/** The demo's current network (db/seed/nettverk-demo.ts), which the demo facilitator leads. */
export const CURRENT_NETWORK = "Partnerskapsnettverk Agder 2026–2027";

/** A browser context of one person, against one instance, with a client address of its own. */
export async function personOn(browser: Browser, base: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...options, baseURL: base, extraHTTPHeaders: { ...ownClientAddress(), ...options.extraHTTPHeaders } });
  return { context, page: await context.newPage() };
}

/** Signs in through the form on the page's instance and lands on the start page. */
export async function signIn(page: Page, base: string, user: { email: string; name: string }) {
  await page.goto(`${base}/logg-inn`);
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel("E-post").fill(user.email);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await (await hydrated(page.getByRole("button", { name: "Logg inn", exact: true }))).click();
  await expect(page).toHaveURL(`${base}/`);
  await expectStartPage(page, user);
}

/** The signed-in start page: the heading, and the person's own name on the menu in the banner. */
export async function expectStartPage(page: Page, user: { name: string }) {
  await expect(page.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
  await expect(userMenu(page, user)).toBeVisible();
  await expectNoA11yViolations(page);
}

export const userMenu = (page: Page, user: { name: string }) =>
  page.getByRole("banner").getByRole("button", { name: new RegExp(`^${escapeRegExp(user.name)}`) });

export async function expectSignInPage(page: Page, base: string) {
  await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(base)}/logg-inn`));
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  await expectNoA11yViolations(page);
}

// --- The facilitator's samling --------------------------------------------------------------------

export const direktemodus = (page: Page) => page.getByRole("region", { name: "Direktemodus", exact: true });
export const taskItem = (page: Page, title: string) =>
  direktemodus(page).getByRole("region", { name: "Oppgaver", exact: true }).getByRole("listitem", { name: title, exact: true });
export const bigScreen = (page: Page, title: string) => direktemodus(page).getByRole("region", { name: title, exact: true });

/**
 * From the network list to the current network, «Ny samling», an evaluation task, live mode
 * opened and the task opened: the samling a room would answer. Answers the join code read off the
 * screen and the samling page's path.
 */
export async function liveEvaluation(page: Page, base: string, title: string, date: string): Promise<{ code: string; path: string }> {
  await page.goto(`${base}/nettverk`);
  await expect(page.getByRole("heading", { level: 1, name: "Nettverk" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("table", { name: "Nettverkene du leder eller er med i" }).getByRole("link", { name: CURRENT_NETWORK, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: CURRENT_NETWORK })).toBeVisible();
  await expectNoA11yViolations(page);

  await (await hydrated(page.getByRole("button", { name: "Ny samling" }))).click();
  const form = page.getByRole("form", { name: "Ny samling" });
  await form.getByRole("textbox", { name: "Tittel" }).fill(title);
  await form.getByRole("textbox", { name: "Første dag" }).fill(date);
  await form.getByRole("textbox", { name: "Sted" }).fill("Kristiansand");
  await form.getByRole("button", { name: "Opprett samlingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(base)}/nettverk/[^/]+/samling/[^/?#]+$`));

  const section = direktemodus(page);
  const add = section.getByRole("form", { name: "Ny oppgave" });
  await add.getByRole("combobox", { name: "Type oppgave" }).selectOption({ label: EVALUATION });
  await expect(add.getByRole("textbox", { name: "Tittel" })).toHaveValue(EVALUATION);
  await add.getByRole("button", { name: "Legg til oppgave" }).click();
  await expect(add.getByRole("status")).toHaveText("Oppgaven er lagt til.");
  const task = taskItem(page, EVALUATION);
  await expect(task).toContainText("Ikke åpnet");

  await expect(section.getByRole("status").filter({ hasText: "Direkteoppdatering: Tilkoblet" })).toBeVisible();
  await section.getByRole("button", { name: "Åpne direktemodus", exact: true }).click();
  await expect(section.getByText("Direktemodus er åpen", { exact: true })).toBeVisible();
  const codeOnScreen = section.getByRole("region", { name: "Bli med fra mobilen" }).getByLabel(/^Kode: /);
  const label = (await codeOnScreen.getAttribute("aria-label")) ?? "";
  expect(label).toMatch(/^Kode: (\S ){5}\S$/);
  const code = label.replace(/^Kode: /, "").replace(/ /g, "");

  await task.getByRole("button", { name: "Åpne oppgaven", exact: true }).click();
  await expect(task).toContainText("Åpen for svar");
  await expect(task).toContainText("0 har svart");
  await expectNoA11yViolations(page);
  return { code, path: new URL(page.url()).pathname };
}

/**
 * Marks the page's document; `expectSameDocument` later proves nothing reloaded it in between, so
 * what changed on it came over its live connection.
 */
export async function markDocument(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { e2eNotReloaded?: boolean }).e2eNotReloaded = true;
  });
}

export async function expectSameDocument(page: Page) {
  const marked = await page.evaluate(() => (window as unknown as { e2eNotReloaded?: boolean }).e2eNotReloaded === true);
  expect(marked, `${page.url()} should not have been reloaded`).toBe(true);
}

// --- A phone ---------------------------------------------------------------------------------------

/** Joins from the QR code's address on the phone's instance, as a guest from the fylke (no office to choose). */
export async function joinAsGuest(phone: Page, base: string, code: string, name: string, samlingTitle: string) {
  await phone.goto(`${base}/delta?kode=${code}`);
  await expect(phone.getByRole("heading", { level: 1, name: "Bli med i samlingen" })).toBeVisible();
  await expect(phone.getByText(samlingTitle, { exact: true })).toBeVisible();
  await phone.getByRole("textbox", { name: "Navnet ditt" }).fill(name);
  await phone.getByRole("radiogroup", { name: "Rollegruppe" }).getByRole("radio", { name: "Fylkesdirektører og stab", exact: true }).check();
  await expectNoA11yViolations(phone);
  await (await hydrated(phone.getByRole("button", { name: "Bli med", exact: true }))).click();
  await expect(phone.getByRole("heading", { level: 1, name: samlingTitle })).toBeVisible();
  await expect(phone.getByText(`Du deltar som ${name} (Fylkesdirektører og stab).`)).toBeVisible();
}

/** An item's radio group on the phone: Aksel names it by its legend followed by its description. */
const radioGroup = (phone: Page, legend: string): Locator => phone.getByRole("radiogroup", { name: new RegExp(`^${escapeRegExp(legend)}(\\s|$)`) });

/** Answers the evaluation's statement on the phone and waits until the phone says it is saved. */
export async function answerStatement(phone: Page, statement: string, value: number) {
  await expect(phone.getByRole("heading", { level: 2, name: EVALUATION })).toBeVisible();
  const group = radioGroup(phone, statement);
  await group.getByRole("radio", { name: String(value), exact: true }).check();
  await expect(group.getByRole("radio", { name: String(value), exact: true })).toBeChecked();
  await expect(phone.getByText("✓ Lagret", { exact: true })).toBeVisible();
}
