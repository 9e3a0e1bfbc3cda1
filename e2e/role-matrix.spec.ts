import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { asRole, expect, test } from "./fixtures";

/**
 * The avdelingsleder in Grimstad: each page says what the role may do, in the server's terms, and
 * offers no control the server would refuse. A request copied from the Nav-leder is refused too.
 */
test.describe("avdelingsleder in Grimstad", () => {
  asRole("avdelingsleder");

  async function open(page: Page, path: string, heading: string | RegExp) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoA11yViolations(page);
  }

  test("the overview lists what the role may do, and offers no partnership edits", async ({ page }) => {
    await open(page, "/partnerskap/grimstad", "Nav Grimstad");
    await expect(page.getByText("Med din rolle kan du")).toBeVisible();
    await expect(page.getByText("legge til og endre aktiviteter og indikatorer i et utkast, og registrere status og målinger")).toBeVisible();
    await expect(page.getByText("svare på vurderinger du er invitert til")).toBeVisible();
    await expect(page.getByText("Alt annet i partnerskapet kan du lese.")).toBeVisible();
    await expect(page.getByText("legge til, endre og fjerne hendelser i årshjulet")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Endre/ })).toHaveCount(0);
  });

  test("the draft plan lets them add activities and indicators, not goals, sending or importing", async ({ page }) => {
    await open(page, "/partnerskap/grimstad/virksomhetsplan/2027", "Felles virksomhetsplan 2027");
    await expect(page.getByText(/Med din rolle kan du legge til og endre aktiviteter og indikatorer i et utkast.*Resten kan du lese\./)).toBeVisible();
    await expect(page.getByRole("button", { name: "Legg til aktivitet" }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Legg til indikator" })).toBeVisible();
    for (const refused of [/^Send til godkjenning/, "Legg til satsingsområde", /^Legg til mål/, "Legg til styringsdokument"]) {
      await expect(page.getByRole("button", { name: refused })).toHaveCount(0);
    }
    await expect(page.getByRole("heading", { name: "Importer fra regneark" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Endre satsingsområdet/ })).toHaveCount(0);
  });

  test("the årshjul, meetings and lederavtale are for reading", async ({ page }) => {
    await open(page, "/partnerskap/grimstad/arshjul/2026", "Årshjul 2026");
    await expect(page.getByText("Med din rolle kan du lese her, men ikke endre.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Legg til hendelse" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Endre, flytt eller fjern hendelser" })).toHaveCount(0);

    await open(page, "/partnerskap/grimstad/moter", "Partnerskapsmøter");
    await expect(page.getByText("Med din rolle kan du lese her, men ikke endre.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Planlegg nytt møte" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Planlegg nytt møte" })).toHaveCount(0);
    await page.getByRole("row").filter({ hasText: "20.10.2026" }).getByRole("link", { name: "Partnerskapsmøte" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);
    for (const refused of ["Avlys møtet", "Endre tid, sted og deltakere", "Godkjenn referatet", "Jeg har merknader"]) {
      await expect(page.getByRole("button", { name: refused })).toHaveCount(0);
    }

    await open(page, "/partnerskap/grimstad/lederavtale/2027", "Lederavtale 2027");
    await expect(page.getByText("Med din rolle kan du lese her, men ikke endre.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Endre punkt/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Signer avtalen" })).toHaveCount(0);
  });

  test("a copied request to add an årshjul event is refused, and the wheel is unchanged", async ({ page }) => {
    await open(page, "/partnerskap/grimstad/arshjul/2026", "Årshjul 2026");
    const response = await page.request.post("/api/trpc/annualCycle.addEvent", {
      headers: { "content-type": "application/json", origin: new URL(page.url()).origin },
      data: {
        json: {
          partnership: "grimstad",
          year: 2026,
          fields: { title: "Kopiert forespørsel", category: "annet", dateKind: "maned", month: 11, startDate: null, endDate: null, responsible: "", description: "", link: null },
        },
      },
    });
    expect(response.status()).toBe(403);
    expect(JSON.stringify(await response.json())).toContain("Bare Nav-lederen og eierne kan endre årshjulet.");
    await page.reload();
    await expect(page.getByText("Kopiert forespørsel")).toHaveCount(0);
  });
});
