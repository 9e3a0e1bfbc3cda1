import type { Page } from "@playwright/test";
import { agderPartnerships } from "~/db/seed/agder";
import { expectNoA11yViolations } from "./axe";
import { escapeRegExp, expect, hydrated, test } from "./fixtures";
import { E2E_OIDC_ISSUER, E2E_OIDC_LABEL, E2E_OIDC_OTHER_TENANT, E2E_OIDC_TENANT } from "./support/oidc-env";
import { startOidcIdp, type OidcIdp } from "./support/oidc-idp";

/**
 * Sign-in with a work account against a real OpenID Connect provider (oidc-provider, started
 * here on loopback: ./support/oidc-idp.ts), which the web server knows as «entra»
 * (playwright.config.ts). Every test starts in a fresh browser context, signed out, and signs in
 * at the provider through its own login form.
 */

const arendal = agderPartnerships.find((p) => p.slug === "arendal")!;
/** A demo person no other spec signs in as, so linking her work account changes nobody's test. */
const knownPerson = arendal.radmenn[0]!;
/** A demo person whose work account is in another organisation's directory. */
const otherTenantPerson = arendal.navLeder;

let idp: OidcIdp;

test.beforeAll(async ({ baseURL }) => {
  idp = await startOidcIdp({
    appOrigin: new URL(baseURL!).origin,
    accounts: [{ login: knownPerson.email, email: knownPerson.email, name: knownPerson.name, tid: E2E_OIDC_TENANT }],
  });
});

test.afterAll(async () => {
  await idp?.stop();
});

/** At the provider: its development form takes any password; the login name picks the account. */
async function signInAtProvider(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(E2E_OIDC_ISSUER)}/interaction/`));
  await page.getByRole("textbox", { name: "Enter any login" }).fill(login);
  await page.getByPlaceholder("and password").fill("hva-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

async function startAtSignInPage(page: Page) {
  await page.goto("/logg-inn");
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  const button = await hydrated(page.getByRole("button", { name: E2E_OIDC_LABEL }));
  await expect(page.getByText("eller med e-post og passord")).toBeVisible();
  // The password form is still there, below the provider.
  await expect(page.getByLabel("Passord")).toBeVisible();
  return button;
}

async function expectSignedOut(page: Page) {
  await page.goto("/");
  await expect(page).toHaveURL(/\/logg-inn/);
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
}

test.describe("sign-in with a work account", () => {
  test("a known person signs in through the provider and lands on their start page", async ({ signedOutPage }) => {
    const page = await signedOutPage();
    const button = await startAtSignInPage(page);
    await expectNoA11yViolations(page);

    const before = idp.authorizationRequests.length;
    await button.click();
    await signInAtProvider(page, knownPerson.email);

    // The authorization request better-auth sent: code flow with PKCE (S256), state and nonce.
    const request = idp.authorizationRequests[before]!;
    expect(request.get("response_type")).toBe("code");
    expect(request.get("code_challenge_method")).toBe("S256");
    expect(request.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(request.get("state")).toMatch(/^[\w-]{16,}$/);
    expect(request.get("nonce")).toMatch(/^[\w-]{16,}$/);
    expect(request.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "email", "profile"]));

    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("button", { name: knownPerson.name })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Partnerskap du har en rolle i" }).getByRole("link", { name: arendal.officeName }),
    ).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("an e-mail the app does not know is refused, and signing in again is refused again", async ({ signedOutPage }) => {
    const email = `ukjent.${Date.now().toString(36)}@example.no`;
    idp.addAccount({ login: email, email, name: "Ukjent Person", tid: E2E_OIDC_TENANT });
    const page = await signedOutPage();
    await (await startAtSignInPage(page)).click();
    await signInAtProvider(page, email);

    await expect(page).toHaveURL(/\/logg-inn\?error=unknown_email/);
    const refusal = page.getByRole("alert").filter({ hasText: "Be administratoren for partnerskapet om en invitasjon" });
    await expect(refusal).toBeVisible();
    await expect(refusal).toBeFocused();
    await expectNoA11yViolations(page);

    // Nobody was created: the provider still knows the person (no login form this time), and the
    // app refuses them again, as it would not a person it had made.
    const again = page.waitForResponse((response) => response.url().includes("/api/auth/callback/entra"));
    await (await hydrated(page.getByRole("button", { name: E2E_OIDC_LABEL }))).click();
    expect((await again).headers().location).toMatch(/^\/logg-inn\?error=unknown_email/);
    await expect(page).toHaveURL(/\/logg-inn\?error=unknown_email/);
    await expect(refusal).toBeFocused();
    await expectSignedOut(page);
  });

  test("a work account from another organisation is refused, even with a known e-mail", async ({ signedOutPage }) => {
    const login = `annen-tenant.${otherTenantPerson.email}`;
    idp.addAccount({ login, email: otherTenantPerson.email, name: otherTenantPerson.name, tid: E2E_OIDC_OTHER_TENANT });
    const page = await signedOutPage();
    await (await startAtSignInPage(page)).click();
    await signInAtProvider(page, login);

    await expect(page).toHaveURL(/\/logg-inn\?error=wrong_tenant/);
    const refusal = page.getByRole("alert").filter({ hasText: "organisasjon som ikke har tilgang til Partnerskapsrommet" });
    await expect(refusal).toBeVisible();
    await expect(refusal).toBeFocused();
    await expectNoA11yViolations(page);
    await expectSignedOut(page);
  });

  test("a callback whose state was changed on the way is refused", async ({ signedOutPage }) => {
    const page = await signedOutPage();
    await (await startAtSignInPage(page)).click();
    idp.tamperWithNextCallback((callback) => {
      const state = callback.searchParams.get("state") ?? "";
      callback.searchParams.set("state", `${state.slice(0, -4)}${state.endsWith("AAAA") ? "BBBB" : "AAAA"}`);
    });
    await signInAtProvider(page, knownPerson.email);

    await expect(page).toHaveURL(/\/logg-inn\?error=state_mismatch/);
    await expect(page.getByRole("alert").filter({ hasText: "Innloggingen ble avbrutt eller mislyktes." })).toBeFocused();
    await expectNoA11yViolations(page);
    await expectSignedOut(page);
  });

  test("an invitation is accepted by signing in with the work account", async ({ pageAs, signedOutPage }) => {
    const run = Date.now().toString(36);
    const person = { name: `Vilde Jobbkonto ${run}`, email: `jobbkonto.${run}@example.no` };

    // The administrator invites the person to Nav Grimstad
    const admin = await pageAs("admin");
    await admin.goto("/admin");
    await expect(admin.getByRole("heading", { level: 1, name: "Administrasjon" })).toBeVisible();
    const row = admin.getByRole("row").filter({ has: admin.getByRole("link", { name: "Nav Grimstad" }) });
    await row.getByRole("button", { name: "Administrer Nav Grimstad" }).click();
    const invite = admin.getByRole("form", { name: "Inviter person til Nav Grimstad" });
    await invite.getByLabel("Navn").fill(person.name);
    await invite.getByLabel("E-post").fill(person.email);
    await invite.getByLabel("Rolle").selectOption({ label: "Avdelingsleder / rådgiver" });
    await invite.getByRole("button", { name: "Lag invitasjon" }).click();
    const link = (await invite.getByRole("status").getByText(/\/invitasjon\/[\w-]+$/).innerText()).trim();
    await expectNoA11yViolations(admin);

    // The person opens the link signed out; the work account is the first way in
    idp.addAccount({ login: person.email, email: person.email, name: person.name, tid: E2E_OIDC_TENANT });
    const guest = await signedOutPage();
    await guest.goto(link);
    await expect(guest.getByRole("heading", { level: 1, name: "Velkommen til Partnerskapsrommet" })).toBeVisible();
    await expect(guest.getByText(`Hei, ${person.name}.`)).toBeVisible();
    await expect(guest.getByText(`E-postadressen til jobbkontoen må være ${person.email}.`)).toBeVisible();
    const headings = guest.getByRole("heading", { level: 2 });
    await expect(headings).toHaveText(["Med jobbkonto", "Eller med passord"]);
    await expect(guest.getByLabel("Nytt passord")).toBeVisible();
    await expectNoA11yViolations(guest);

    await (await hydrated(guest.getByRole("button", { name: E2E_OIDC_LABEL }))).click();
    // The provider's form starts with the invited e-mail (login_hint)
    await expect(guest.getByRole("textbox", { name: "Enter any login" })).toHaveValue(person.email);
    await signInAtProvider(guest, person.email);

    await expect(guest).toHaveURL("/");
    await expect(guest.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
    await expect(guest.getByRole("banner").getByRole("button", { name: person.name })).toBeVisible();
    const card = guest
      .getByRole("region", { name: "Partnerskap du har en rolle i" })
      .getByRole("listitem")
      .filter({ has: guest.getByRole("link", { name: "Nav Grimstad" }) });
    await expect(card.getByText("Avdelingsleder / rådgiver", { exact: true })).toBeVisible();
    await expectNoA11yViolations(guest);

    await card.getByRole("link", { name: "Nav Grimstad" }).click();
    await expect(guest.getByRole("heading", { level: 1, name: "Nav Grimstad" })).toBeVisible();
    await expectNoA11yViolations(guest);

    // The link is spent, and no longer waits in the administrator's list
    await guest.goto(link);
    await expect(guest.getByText("Lenken er ugyldig, allerede brukt eller utløpt.")).toBeVisible();
    await expect(guest.getByRole("button", { name: E2E_OIDC_LABEL })).toHaveCount(0);
    await expectNoA11yViolations(guest);
    await admin.reload();
    await expect(admin.getByRole("region", { name: "Invitasjoner som ikke er brukt" }).getByText(person.email)).toHaveCount(0);
  });
});
