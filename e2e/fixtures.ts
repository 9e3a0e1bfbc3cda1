import { test as base, expect, type Browser, type Page } from "@playwright/test";
import path from "node:path";

import {
  agderFylkesdirektor,
  agderPartnerships,
  demoAdmin,
  demoFacilitator,
  DEMO_PASSWORD,
  type DemoPerson,
} from "../db/seed/agder";

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
export const authDir = path.join(import.meta.dirname, ".data", "auth");

export function storageStateFor(role: SavedRole): string {
  return path.join(authDir, `${role}.json`);
}

/** A context with no cookies: for signing in, accepting invitations, and checking redirects. */
export const signedOut = { cookies: [], origins: [] };

type Fixtures = {
  /** Opens a page in a new browser context signed in as the role; closed after the test. */
  pageAs: (role: SavedRole) => Promise<Page>;
  /** Opens a page in a new browser context with no session; closed after the test. */
  signedOutPage: () => Promise<Page>;
};

async function openPage(browser: Browser, storageState: string | typeof signedOut, opened: (() => Promise<void>)[]) {
  const context = await browser.newContext({ storageState });
  opened.push(() => context.close());
  return context.newPage();
}

export const test = base.extend<Fixtures>({
  pageAs: async ({ browser }, provide) => {
    const opened: (() => Promise<void>)[] = [];
    await provide((role) => openPage(browser, storageStateFor(role), opened));
    await Promise.all(opened.map((close) => close()));
  },
  signedOutPage: async ({ browser }, provide) => {
    const opened: (() => Promise<void>)[] = [];
    await provide(() => openPage(browser, signedOut, opened));
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
