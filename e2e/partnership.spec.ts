import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { asRole, demoUsers, expect, test } from "./fixtures";

const GRIMSTAD = "/partnerskap/grimstad";

async function openGrimstad(page: Page) {
  await page.goto(GRIMSTAD);
  await expect(page.getByRole("heading", { level: 1, name: "Nav Grimstad" })).toBeVisible();
  await expectNoA11yViolations(page);
}

/** One § 14 point, by its number (1–5). */
function agreementPoint(page: Page, number: number) {
  return page
    .getByRole("region", { name: "Partnerskapsavtalen (NAV-loven § 14)" })
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(`^${number}\\. `) }) });
}

const statuses = ["Ikke avklart", "Under arbeid", "Avklart"] as const;

/** The status a point shows now (its status tag). */
async function currentStatus(point: ReturnType<typeof agreementPoint>) {
  for (const status of statuses) {
    if ((await point.getByText(status, { exact: true }).count()) > 0) return status;
  }
  throw new Error("The point shows no status");
}

test.describe("a partnership, as its Nav-leder", () => {
  asRole("navleder");

  test("shows the office, kommune, positions, the § 14 points, the services and the people", async ({ page }) => {
    await openGrimstad(page);
    await expect(page.getByText("Partnerskapet mellom Grimstad kommune og Nav Agder")).toBeVisible();

    const about = page.getByRole("region", { name: "Om partnerskapet" });
    await expect(about.getByRole("term")).toHaveText([
      "Nav-kontor",
      "Fylke",
      "Kommune",
      "Ledermodell",
      "Årsverk",
      "Partnerskapsavtalen",
    ]);
    await expect(about.getByRole("definition")).toHaveText([
      "Nav Grimstad",
      "Agder",
      "Grimstad",
      "Én leder",
      "25,3 statlige og 12,6 kommunale",
      "Inngått 1.2.2024, neste revisjon 31.1.2027",
    ]);

    const agreement = page.getByRole("region", { name: "Partnerskapsavtalen (NAV-loven § 14)" });
    await expect(agreement.getByRole("heading", { level: 3 })).toHaveText([
      "1. Lokalisering og utforming",
      "2. Organisering og drift",
      "3. Kommunale tjenester i kontoret",
      "4. Samhandling med brukernes representanter",
      "5. Samhandling med kommunens øvrige tjenester",
    ]);

    const services = page.getByRole("region", { name: "Tjenesteportefølje" });
    await expect(services.getByRole("heading", { level: 3, name: "Minimumsløsningen" })).toBeVisible();
    for (const name of [
      "Økonomisk sosialhjelp",
      "Midlertidig botilbud",
      "Opplysning, råd og veiledning",
      "Individuell plan",
      "Kvalifiseringsprogrammet",
    ]) {
      await expect(services.getByRole("listitem").filter({ hasText: name })).toContainText("(alltid med)");
    }

    const people = page.getByRole("region", { name: "Personer og roller" }).getByRole("table");
    await expect(people.getByRole("columnheader")).toHaveText(["Navn", "Rolle", "Side", "Tittel", "E-post"]);
    const row = (name: string) => people.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
    await expect(row("Kari Nordmo")).toContainText("Nav-leder");
    await expect(row("Kari Nordmo").getByRole("link", { name: "navleder@demo.no" })).toBeVisible();
    await expect(row("Per Haugland")).toContainText("Rådmann / kommunedirektør");
    await expect(row("Per Haugland")).toContainText("Kommunedirektør");
    await expect(row("Jonas Tveit")).toContainText("Avdelingsleder / rådgiver");
    await expect(row("Randi Birkeland")).toContainText("Kommunal delegat");
  });

  test("editing a § 14 point changes its status and is logged", async ({ page }) => {
    await openGrimstad(page);
    const point = agreementPoint(page, 4);
    const before = await currentStatus(point);
    const next = before === "Under arbeid" ? "Avklart" : "Under arbeid";
    const note = `Brukerrådet møtes fire ganger i året (${Date.now()}).`;

    await point.getByRole("button", { name: "Endre Samhandling med brukernes representanter" }).click();
    const form = page.getByRole("form", { name: "Endre Samhandling med brukernes representanter" });
    await expect(form).toBeVisible();
    await expectNoA11yViolations(page);
    await form.getByRole("radio", { name: next, exact: true }).check();
    await form.getByLabel("Merknad").fill(note);
    await form.getByRole("button", { name: "Lagre punktet" }).click();

    await expect(form).toHaveCount(0);
    await expect(point.getByRole("status")).toContainText("Punktet er lagret.");
    await expect(point.getByText(next, { exact: true })).toBeVisible();
    await expect(point.getByText(before, { exact: true })).toHaveCount(0);
    await expect(point.getByText(note)).toBeVisible();

    const latest = page.getByRole("region", { name: "Siste endringer" }).getByRole("listitem").first();
    await expect(latest).toContainText(
      `${demoUsers.navleder.name} satte «Samhandling med brukernes representanter» fra ${before.toLowerCase()} til ${next.toLowerCase()}`,
    );

    await page.reload();
    await expect(agreementPoint(page, 4).getByText(next, { exact: true })).toBeVisible();
    await expect(agreementPoint(page, 4).getByText(note)).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("a service switch is saved", async ({ page }) => {
    await openGrimstad(page);
    const services = page.getByRole("region", { name: "Tjenesteportefølje" });
    const service = services.getByRole("checkbox", { name: "Støttekontakt" });
    const wasOn = await service.isChecked();

    await service.click();
    const announcement = wasOn ? "Støttekontakt er tatt ut av porteføljen." : "Støttekontakt er lagt til porteføljen.";
    await expect(services.getByRole("status").filter({ hasText: announcement })).toBeAttached();
    await expect(service).toBeChecked({ checked: !wasOn });
    await expect(service).toBeEnabled();
    await expectNoA11yViolations(page);

    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Støttekontakt" })).toBeChecked({ checked: !wasOn });
    // Other specs change Grimstad at the same time (mulighetsrom answers, årshjul, meetings), so the
    // entry is looked for in the list rather than expected on top.
    await expect(
      page
        .getByRole("region", { name: "Siste endringer" })
        .getByRole("listitem")
        .filter({ hasText: `${demoUsers.navleder.name} ${wasOn ? "slo av" : "slo på"} «Støttekontakt»` })
        .first(),
    ).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("a named service can be added, and removed after a confirmation", async ({ page }) => {
    await openGrimstad(page);
    const services = page.getByRole("region", { name: "Tjenesteportefølje" });
    const name = `Frisklivssentral ${Date.now().toString(36)}`;

    await services.getByRole("textbox", { name: "Annen tjeneste" }).fill(name);
    await services.getByRole("button", { name: "Legg til" }).click();
    await expect(services.getByRole("status").filter({ hasText: "Tjenesten er lagt til." })).toBeVisible();
    await expect(services.getByRole("checkbox", { name })).toBeChecked();

    await services.getByRole("button", { name: `Fjern ${name}` }).click();
    const confirm = page.getByRole("dialog", { name: `Fjerne ${name}?` });
    await expect(confirm).toBeVisible();
    await expectNoA11yViolations(page);
    await confirm.getByRole("button", { name: "Avbryt" }).click();
    await expect(confirm).toBeHidden();
    await expect(services.getByRole("checkbox", { name })).toBeVisible();

    await services.getByRole("button", { name: `Fjern ${name}` }).click();
    await page.getByRole("dialog", { name: `Fjerne ${name}?` }).getByRole("button", { name: "Fjern tjenesten" }).click();
    await expect(services.getByRole("checkbox", { name })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("checkbox", { name })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Siste endringer" }).getByRole("listitem").first()).toContainText(
      `${demoUsers.navleder.name} fjernet tjenesten «${name}»`,
    );
    await expectNoA11yViolations(page);
  });

  test("positions that are not numbers are refused next to the field, and nothing is saved", async ({ page }) => {
    await openGrimstad(page);
    await page.getByRole("button", { name: "Endre opplysninger" }).click();
    const form = page.getByRole("form", { name: "Endre opplysninger om partnerskapet" });
    await expect(form).toBeVisible();
    await expectNoA11yViolations(page);

    const statePositions = form.getByLabel("Statlige årsverk");
    await expect(statePositions).toHaveValue("25,3");
    await statePositions.fill("abc");
    await form.getByRole("button", { name: "Lagre" }).click();

    const message = "Statlige årsverk må være et tall, for eksempel 12,6.";
    await expect(statePositions).toHaveAccessibleDescription(message);
    await expect(statePositions).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByRole("heading", { name: "Rett dette før du lagrer:" })).toBeFocused();
    await expect(form.getByRole("link", { name: message })).toBeVisible();
    await expect(statePositions).toHaveValue("abc"); // the input is kept
    await expectNoA11yViolations(page);

    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Nav Grimstad" })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Om partnerskapet" }).getByText("25,3 statlige og 12,6 kommunale"),
    ).toBeVisible();
  });

  test("saving over someone else's change shows the conflict message", async ({ pageAs }) => {
    const pageA = await pageAs("navleder");
    const pageB = await pageAs("navleder");
    await openGrimstad(pageA);
    await openGrimstad(pageB);

    const label = "Endre Samhandling med kommunens øvrige tjenester";
    const formA = pageA.getByRole("form", { name: label });
    const formB = pageB.getByRole("form", { name: label });
    await agreementPoint(pageA, 5).getByRole("button", { name: label }).click();
    await agreementPoint(pageB, 5).getByRole("button", { name: label }).click();

    await formA.getByLabel("Merknad").fill(`Endret i fane A (${Date.now()}).`);
    await formA.getByRole("button", { name: "Lagre punktet" }).click();
    await expect(agreementPoint(pageA, 5).getByRole("status")).toContainText("Punktet er lagret.");

    await formB.getByLabel("Merknad").fill("Endret i fane B.");
    await formB.getByRole("button", { name: "Lagre punktet" }).click();
    const conflict = formB.getByRole("alert");
    await expect(conflict).toContainText("Noen andre har lagret en endring");
    await expect(conflict).toBeFocused();
    await expect(formB.getByLabel("Merknad")).toHaveValue("Endret i fane B."); // B's text is not lost
    await expectNoA11yViolations(pageB);

    await pageB.reload();
    await expect(agreementPoint(pageB, 5).getByText("Endret i fane A")).toBeVisible();
    await expect(agreementPoint(pageB, 5).getByText("Endret i fane B.")).toHaveCount(0);
  });
});

test.describe("a partnership with a vertskommune, as fylkesdirektør", () => {
  asRole("fylkesdirektor");

  test("Gjerstad lists both kommuner, with Gjerstad as host", async ({ page }) => {
    await page.goto("/partnerskap/gjerstad");
    await expect(page.getByRole("heading", { level: 1, name: "Nav Gjerstad og Vegårshei" })).toBeVisible();
    await expectNoA11yViolations(page);
    await expect(page.getByText("Partnerskapet mellom Gjerstad kommune, Vegårshei kommune og Nav Agder")).toBeVisible();
    const about = page.getByRole("region", { name: "Om partnerskapet" });
    await expect(about.getByRole("term").nth(2)).toHaveText("Kommuner (vertskommunesamarbeid)");
    await expect(about.getByRole("definition").nth(2)).toHaveText("Gjerstad (vertskommune), Vegårshei");

    const people = page.getByRole("region", { name: "Personer og roller" }).getByRole("table");
    await expect(people.getByRole("row").filter({ hasText: "Knut Eide" })).toContainText("Gjerstad");
    await expect(people.getByRole("row").filter({ hasText: "Marit Lie" })).toContainText("Vegårshei");
  });
});
