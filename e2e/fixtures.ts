import fs from "node:fs/promises";
import { test as base, expect, type Browser, type BrowserContextOptions, type Download, type Locator, type Page } from "@playwright/test";
import path from "node:path";

import {
  agderFylkesdirektor,
  agderPartnerships,
  demoAdmin,
  demoFacilitator,
  DEMO_PASSWORD,
  type DemoPerson,
} from "~/db/seed/agder";

export { DEMO_PASSWORD };

const grimstad = agderPartnerships.find((p) => p.slug === "grimstad")!;
const arendal = agderPartnerships.find((p) => p.slug === "arendal")!;
const person = ({ email, name }: DemoPerson) => ({ email, name });

/** The demo accounts the suite signs in as, taken from the seed itself (db/seed/agder.ts). */
export const demoUsers = {
  navleder: person(grimstad.navLeder),
  radmann: person(grimstad.radmenn[0]!),
  fylkesdirektor: person(agderFylkesdirektor),
  navlederArendal: person(arendal.navLeder),
  admin: person(demoAdmin),
  avdelingsleder: person(grimstad.avdelingsleder!),
  fasilitator: person(demoFacilitator),
};

export type DemoRole = keyof typeof demoUsers;

/** The eleven partnerships of the Agder demo (db/seed/agder.ts). */
export const agderOffices = [
  "Nav Arendal",
  "Nav Bygland",
  "Nav Bykle",
  "Nav Farsund",
  "Nav Flekkefjord",
  "Nav Froland",
  "Nav Gjerstad og Vegårshei",
  "Nav Grimstad",
  "Nav Kvinesdal",
  "Nav Valle",
  "Nav Vennesla",
];

/** admin.spec.ts adds partnerships named "Nav Testby …" to Agder; counts here leave them out. */
export const isCreatedByAdminSpec = (name: string) => name.startsWith("Nav Testby");

/** The roles auth.setup.ts signs in once and saves. */
export const savedRoles = [
  "navleder",
  "radmann",
  "fylkesdirektor",
  "navlederArendal",
  "admin",
  "avdelingsleder",
  "fasilitator",
] as const satisfies readonly DemoRole[];

export type SavedRole = (typeof savedRoles)[number];

/**
 * Saved sessions live beside the test database (e2e/.data), which the web server
 * recreates on every start: a restarted server never sees stale sessions, and a
 * reused one (local runs) lets auth.setup.ts skip signing in again.
 */
export const authDir = path.join(
  process.env.E2E_DATA_DIR ? path.resolve(import.meta.dirname, "..", process.env.E2E_DATA_DIR) : path.join(import.meta.dirname, ".data"),
  "auth",
);

export function storageStateFor(role: SavedRole): string {
  return path.join(authDir, `${role}.json`);
}

/** A context with no cookies: for signing in, accepting invitations, and checking redirects. */
export const signedOut = { cookies: [], origins: [] };

type Fixtures = {
  /**
   * Opens a page in a new browser context signed in as the role; closed after the test. Options
   * (a phone's viewport, say) go to the new context.
   */
  pageAs: (role: SavedRole, options?: BrowserContextOptions) => Promise<Page>;
  /**
   * Opens a page in a new browser context with no session; closed after the test. Options
   * (a phone's viewport, say) go to the new context.
   */
  signedOutPage: (options?: BrowserContextOptions) => Promise<Page>;
};

/**
 * A client address of its own (TEST-NET-2, RFC 5737), sent as X-Forwarded-For: the e2e server
 * trusts loopback as a proxy (playwright.config.ts), so every signed-out context has its own
 * per-address sign-in budget, as people on different machines do, and the suite does not run
 * into the 10-a-minute limit that one shared address would hit.
 */
export function ownClientAddress(): Record<string, string> {
  const [a, b] = crypto.getRandomValues(new Uint8Array(2));
  return { "x-forwarded-for": `198.51.${a}.${b}` };
}

async function openPage(
  browser: Browser,
  storageState: string | typeof signedOut,
  opened: (() => Promise<void>)[],
  options: BrowserContextOptions = {},
) {
  const extraHTTPHeaders = storageState === signedOut ? { ...ownClientAddress(), ...options.extraHTTPHeaders } : options.extraHTTPHeaders;
  const context = await browser.newContext({ ...options, storageState, extraHTTPHeaders });
  opened.push(() => context.close());
  return context.newPage();
}

export const test = base.extend<Fixtures>({
  pageAs: async ({ browser }, provide) => {
    const opened: (() => Promise<void>)[] = [];
    await provide((role, options) => openPage(browser, storageStateFor(role), opened, options));
    await Promise.all(opened.map((close) => close()));
  },
  signedOutPage: async ({ browser }, provide) => {
    const opened: (() => Promise<void>)[] = [];
    await provide((options) => openPage(browser, signedOut, opened, options));
    await Promise.all(opened.map((close) => close()));
  },
});

/** Signs in the current test as a saved role: `asRole("navleder")` inside a describe block. */
export function asRole(role: SavedRole) {
  test.use({ storageState: storageStateFor(role) });
}

export { expect };

/**
 * Presses Tab until the locator has focus, as a keyboard user would; fails if
 * it is not reached within `max` presses.
 */
export async function tabTo(page: Page, target: ReturnType<Page["locator"]>, max = 25) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/**
 * Waits until React has hydrated a server-rendered control. A click on a button or text typed
 * into a controlled field before then is lost (React puts the field back to its own state), and
 * on a busy machine the first navigation to a page can take a few seconds to hydrate.
 */
export async function hydrated(target: Locator) {
  await expect
    .poll(() => target.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))), {
      message: "React has hydrated the control",
    })
    .toBe(true);
  return target;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A download's bytes, after checking its file name. */
export async function bytesOf(download: Download, name: RegExp) {
  expect(download.suggestedFilename()).toMatch(name);
  return fs.readFile(await download.path());
}

/** Clicks the link and waits for the file it downloads. */
export async function download(page: Page, link: Locator) {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), link.click()]);
  return file;
}
