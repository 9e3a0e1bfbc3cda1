import fs from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { formatDate } from "~/lib/format";
import { isoToday } from "~/lib/dates";
import { DEMO_PASSWORD, demoUsers, expect, hydrated, tabTo, test, type SavedRole } from "./fixtures";
import { pdfText } from "./pdf-text";

/**
 * Issue 6, the lederavtale: Grimstad's three parties (Nav-leder, rådmann, fylkesdirektør) sign
 * the 2027 draft in turn, after which it is locked, its checksum verifies, and the PDF names
 * them; then an amendment starts version 2 and version 1 stays as signed. The demo seed
 * (db/seed/lederavtale-demo.ts) gives Grimstad a signed 2026 agreement and an unsigned 2027
 * draft, version 1 with no signatures; the web server recreates the database on every start,
 * so the flow needs a freshly started server. One agreement is built up step by step, so the
 * tests run in order.
 */
const SIGNED_YEAR = 2026; // the current year in the demo: the nav link and the fylke column land here
const YEAR = 2027; // the unsigned draft the parties sign
const agreementPath = `/partnerskap/grimstad/lederavtale/${YEAR}`;
const dutyText = `Nav-lederen legger fram en plan for ungdomsinnsatsen før sommeren (e2e ${Date.now().toString(36)}).`;
const place = "Grimstad rådhus";
const signingDate = "15.1.2027";
const wrongPasswordMessage = "Passordet stemmer ikke. Avtalen er ikke signert.";
const SHA256 = /^[0-9a-f]{64}$/;

/** Carried from test to test: the checksum the parties saw when signing. */
let signedHash = "";

/** The status box of the version shown: heading "Versjon N", status tag, signatures, actions. */
const statusBox = (page: Page, versionNo = 1) => page.getByRole("region", { name: `Versjon ${versionNo}`, exact: true });

/** The status tag's text, matched whole ("Signert" is also the start of "Signert av 1 av 3"). */
const statusTag = (box: Locator, text: string) => box.getByText(text, { exact: true });

/** One line of the "Signaturer" list: "<name> (<party>): signert d.m.åååå, hh:mm" or "venter på signatur". */
const signatureLine = (box: Locator, role: SavedRole) =>
  box.getByRole("listitem").filter({ hasText: `${demoUsers[role].name} (` });
/** "signert d.m.åååå, hh:mm": every signature in the flow is made today. */
const signedToday = new RegExp(`: signert ${formatDate(isoToday()).replace(/\./g, "\\.")}, \\d{2}:\\d{2}$`);

async function openAgreement(page: Page, role: SavedRole) {
  await page.goto(agreementPath);
  await expect(page.getByRole("heading", { level: 1, name: `Lederavtale ${YEAR}` }), `${role} sees the agreement`).toBeVisible();
}

/**
 * Opens the signing dialog and checks that it shows the text being signed (with this run's duty,
 * place and date). Returns the dialog and the checksum it showed.
 */
async function openSigningDialog(page: Page, checkA11y = false) {
  await statusBox(page).getByRole("button", { name: "Signer avtalen" }).click();
  const dialog = page.getByRole("dialog", { name: "Signer lederavtalen" });
  await expect(dialog).toBeVisible();
  const text = dialog.getByRole("region", { name: "Avtaleteksten" });
  await expect(text).toContainText(dutyText);
  await expect(text).toContainText(`Sted og dato: ${place}, ${signingDate}`);
  const hash = (await dialog.getByText(SHA256).innerText()).trim();
  if (checkA11y) await expectNoA11yViolations(page);
  return { dialog, hash };
}

async function signWith(dialog: Locator, password: string) {
  await dialog.getByRole("textbox", { name: "Passord" }).fill(password);
  await dialog.getByRole("button", { name: "Signer", exact: true }).click();
}

test.describe("Grimstad's 2027 agreement, signed by the three parties", () => {
  test.describe.configure({ mode: "serial" });

  test("the draft's editor shows sections 1 to 4 in order and keeps keyboard focus in place", async ({ pageAs }) => {
    const navleder = await pageAs("navleder");
    await openAgreement(navleder, "navleder");

    // The sections in the agreement's own order (once 1, 4, 2, 3: purpose and change clause shared a form).
    const numbered = (await navleder.locator("main h2, main label").allInnerTexts()).map((t) => /^(\d)\. /.exec(t.trim())?.[1]).filter(Boolean);
    expect(numbered).toEqual(["1", "2", "3", "4", "5"]);

    // «Endre punkt» puts focus in the point's text; saving with the keyboard puts it back on «Endre».
    const duties = navleder.getByRole("region", { name: "2. Nav-lederens ansvar" });
    const edit = await hydrated(duties.getByRole("button", { name: "Endre punkt 2.1", exact: true }));
    await edit.focus();
    await navleder.keyboard.press("Enter");
    const form = duties.getByRole("form", { name: "Endre punkt 2.1" });
    const field = form.getByRole("textbox", { name: "Punkt 2.1" });
    await expect(field).toBeFocused();
    const edited = `${await field.inputValue()} Endret med tastaturet.`;
    await field.fill(edited);
    await navleder.keyboard.press("Tab");
    await expect(form.getByRole("button", { name: "Lagre punktet" })).toBeFocused();
    await navleder.keyboard.press("Enter");
    await expect(form).toHaveCount(0);
    await expect(duties.getByRole("listitem").first()).toContainText(`2.1 ${edited}`);
    await expect(edit).toBeFocused();

    // «Avbryt» returns there too.
    await navleder.keyboard.press("Enter");
    await expect(field).toBeFocused();
    await tabTo(navleder, form.getByRole("button", { name: "Avbryt" }));
    await navleder.keyboard.press("Enter");
    await expect(form).toHaveCount(0);
    await expect(edit).toBeFocused();

    // «Flytt ned» keeps focus on the point's button in its new place, and back up again.
    await duties.getByRole("button", { name: "Flytt ned punkt 2.1", exact: true }).focus();
    await navleder.keyboard.press("Enter");
    await expect(duties.getByRole("listitem").nth(1)).toContainText(`2.2 ${edited}`);
    await expect(duties.getByRole("button", { name: "Flytt ned punkt 2.2", exact: true })).toBeFocused();
    await navleder.keyboard.press("Shift+Tab");
    await expect(duties.getByRole("button", { name: "Flytt opp punkt 2.2", exact: true })).toBeFocused();
    await navleder.keyboard.press("Enter");
    await expect(duties.getByRole("listitem").first()).toContainText(`2.1 ${edited}`);
    // At the top «Flytt opp» is disabled, so focus goes to «Flytt ned».
    await expect(duties.getByRole("button", { name: "Flytt ned punkt 2.1", exact: true })).toBeFocused();

    // Saving section 4 with the keyboard leaves focus on its button, not on the page.
    const closing = navleder.getByRole("form", { name: "4. Endringer, sted og dato" });
    const save = closing.getByRole("button", { name: "Lagre endringer, sted og dato" });
    await save.focus();
    await navleder.keyboard.press("Enter");
    await expect(closing.getByRole("status")).toHaveText("Teksten er lagret.");
    await expect(save).toBeFocused();
    await expectNoA11yViolations(navleder);
  });

  test("the Nav-leder edits the 2027 draft, a wrong password is refused, and the Nav-leder signs first", async ({ pageAs }) => {
    const navleder = await pageAs("navleder");

    // --- The dashboard says the draft waits for the Nav-leder ------------------------------------
    await navleder.goto("/");
    await expect(navleder.getByRole("heading", { level: 1, name: "Mine partnerskap" })).toBeVisible();
    await expect(navleder.getByRole("link", { name: `Lederavtalen ${YEAR} for Nav Grimstad venter på din signatur` })).toBeVisible();
    await expectNoA11yViolations(navleder);

    // --- Through the partnership's nav to this year's (signed) agreement, then to next year -------
    await navleder.goto("/partnerskap/grimstad");
    await navleder.getByRole("navigation", { name: "Partnerskapet" }).getByRole("link", { name: "Lederavtale" }).click();
    await expect(navleder).toHaveURL(`/partnerskap/grimstad/lederavtale/${SIGNED_YEAR}`);
    await expect(navleder.getByRole("heading", { level: 1, name: `Lederavtale ${SIGNED_YEAR}` })).toBeVisible();
    await expect(statusTag(statusBox(navleder), "Signert")).toBeVisible();
    await expect(navleder.getByRole("form", { name: "4. Endringer, sted og dato" })).toHaveCount(0);
    await expectNoA11yViolations(navleder);

    await navleder.getByRole("link", { name: `${YEAR} →` }).click();
    await expect(navleder).toHaveURL(agreementPath);
    await expect(navleder.getByRole("heading", { level: 1, name: `Lederavtale ${YEAR}` })).toBeVisible();
    const box = statusBox(navleder);
    await expect(statusTag(box, "Utkast"), "the seeded 2027 draft, unsigned (needs a freshly started server)").toBeVisible();
    for (const role of ["navleder", "radmann", "fylkesdirektor"] as const) {
      await expect(signatureLine(box, role)).toHaveText(new RegExp(`: venter på signatur$`));
    }
    await expectNoA11yViolations(navleder);

    // --- One duty added and moved up one place --------------------------------------------------
    const duties = navleder.getByRole("region", { name: "2. Nav-lederens ansvar" });
    const items = duties.getByRole("listitem");
    const before = await items.count();
    expect(before, "the draft has Nav-leder duties from 2026").toBeGreaterThan(1);
    const addForm = duties.getByRole("form", { name: "Nytt punkt under Nav-lederens ansvar" });
    await addForm.getByRole("textbox", { name: "Nytt punkt: nav-lederens ansvar" }).fill(dutyText);
    await addForm.getByRole("button", { name: "Legg til punktet" }).click();
    await expect(items).toHaveCount(before + 1);
    await expect(items.last()).toContainText(`2.${before + 1} ${dutyText}`);
    await expect(addForm.getByRole("textbox", { name: "Nytt punkt: nav-lederens ansvar" })).toHaveValue("");

    await duties.getByRole("button", { name: `Flytt opp punkt 2.${before + 1}`, exact: true }).click();
    await expect(items.nth(before - 1)).toContainText(`2.${before} ${dutyText}`);
    await expect(items.last()).not.toContainText(dutyText);
    await expectNoA11yViolations(navleder);

    // --- Place and date ----------------------------------------------------------------------------
    const textForm = navleder.getByRole("form", { name: "4. Endringer, sted og dato" });
    await textForm.getByRole("textbox", { name: "Sted" }).fill(place);
    await textForm.getByRole("textbox", { name: "Dato" }).fill(signingDate);
    await textForm.getByRole("button", { name: "Lagre endringer, sted og dato" }).click();
    await expect(textForm.getByRole("status")).toHaveText("Teksten er lagret.");

    // --- A wrong password is refused in Norwegian, and nothing is signed ----------------------------
    const { dialog, hash } = await openSigningDialog(navleder, true);
    expect(hash).toMatch(SHA256);
    await signWith(dialog, "ikke-passordet");
    await expect(dialog.getByText(wrongPasswordMessage)).toBeVisible();
    await expectNoA11yViolations(navleder);
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await expect(dialog).toBeHidden();
    await navleder.reload();
    await expect(statusTag(box, "Utkast")).toBeVisible();
    await expect(signatureLine(box, "navleder")).toHaveText(/: venter på signatur$/);
    await expectNoA11yViolations(navleder);

    // --- With the right password the Nav-leder signs, and the text is locked -----------------------
    const second = await openSigningDialog(navleder);
    expect(second.hash, "the text is the one saved above").toBe(hash);
    signedHash = hash;
    await signWith(second.dialog, DEMO_PASSWORD);
    await expect(second.dialog).toBeHidden();
    const done = box.getByRole("status").filter({ hasText: "Du har signert avtalen." });
    await expect(statusTag(box, "Signert av 1 av 3")).toBeVisible();
    await expect(done).toBeVisible();
    await expect(done).toBeFocused();
    await expect(signatureLine(box, "navleder")).toHaveText(signedToday);
    await expect(signatureLine(box, "radmann")).toHaveText(/: venter på signatur$/);
    await expect(box.getByRole("button", { name: "Signer avtalen" })).toHaveCount(0);
    await expect(box.getByRole("button", { name: "Trekk tilbake signaturen min" })).toBeVisible();
    await expect(navleder.getByText("Teksten er låst fordi minst én part har signert.", { exact: false })).toBeVisible();
    await expect(navleder.getByRole("button", { name: /^Lagre (formålet|endringer, sted og dato)$/ })).toHaveCount(0);
    await expect(navleder.getByRole("button", { name: "Legg til punktet" })).toHaveCount(0);
    await expect(navleder.getByRole("button", { name: /^Flytt opp/ })).toHaveCount(0);
    await expect(navleder.getByRole("region", { name: "2. Nav-lederens ansvar" })).toContainText(`2.${before} ${dutyText}`);
    await expectNoA11yViolations(navleder);
  });

  test("the rådmann and then the fylkesdirektør sign; the agreement is locked, verifies, and its PDF names all three", async ({
    pageAs,
  }) => {
    expect(signedHash, "the first test has the Nav-leder sign").toMatch(SHA256);

    // --- The rådmann finds the agreement waiting on the dashboard, and signs second --------------
    const radmann = await pageAs("radmann");
    await radmann.goto("/");
    const waiting = radmann.getByRole("link", { name: `Lederavtalen ${YEAR} for Nav Grimstad venter på din signatur` });
    await expect(waiting).toBeVisible();
    await expectNoA11yViolations(radmann);
    await waiting.click();
    await expect(radmann).toHaveURL(agreementPath);
    const radmannBox = statusBox(radmann);
    await expect(statusTag(radmannBox, "Signert av 1 av 3")).toBeVisible();
    await expectNoA11yViolations(radmann);
    const { dialog, hash } = await openSigningDialog(radmann);
    expect(hash).toBe(signedHash);
    await signWith(dialog, DEMO_PASSWORD);
    await expect(statusTag(radmannBox, "Signert av 2 av 3")).toBeVisible();
    await expect(radmannBox.getByRole("status").filter({ hasText: "Du har signert avtalen." })).toBeVisible();
    await expect(signatureLine(radmannBox, "radmann")).toHaveText(signedToday);
    await expectNoA11yViolations(radmann);

    // --- The avdelingsleder (read only) sees it but cannot sign ------------------------------------
    const avdelingsleder = await pageAs("avdelingsleder");
    await openAgreement(avdelingsleder, "avdelingsleder");
    const readerBox = statusBox(avdelingsleder);
    await expect(statusTag(readerBox, "Signert av 2 av 3")).toBeVisible();
    await expect(avdelingsleder.getByRole("button", { name: "Signer avtalen" })).toHaveCount(0);
    await expect(avdelingsleder.getByRole("button", { name: "Trekk tilbake signaturen min" })).toHaveCount(0);
    await expect(avdelingsleder.getByRole("button", { name: "Start en endring" })).toHaveCount(0);
    await expectNoA11yViolations(avdelingsleder);

    // --- The fylkesdirektør signs last: the agreement is signed and read only ----------------------
    const fylkesdirektor = await pageAs("fylkesdirektor");
    await openAgreement(fylkesdirektor, "fylkesdirektor");
    const box = statusBox(fylkesdirektor);
    await expect(statusTag(box, "Signert av 2 av 3")).toBeVisible();
    await expect(signatureLine(box, "fylkesdirektor")).toHaveText(/: venter på signatur$/);
    await expectNoA11yViolations(fylkesdirektor);
    const last = await openSigningDialog(fylkesdirektor);
    expect(last.hash).toBe(signedHash);
    await signWith(last.dialog, DEMO_PASSWORD);
    await expect(last.dialog).toBeHidden();
    await expect(statusTag(box, "Signert")).toBeVisible();
    await expect(
      box.getByRole("status").filter({ hasText: "Du har signert. Alle parter har nå signert, og avtalen er låst." }),
    ).toBeVisible();
    for (const role of ["navleder", "radmann", "fylkesdirektor"] as const) {
      await expect(signatureLine(box, role)).toHaveText(signedToday);
    }
    await expect(box.getByRole("code")).toHaveText(signedHash);
    await expect(fylkesdirektor.getByRole("button", { name: "Signer avtalen" })).toHaveCount(0);
    await expect(fylkesdirektor.getByRole("button", { name: "Trekk tilbake signaturen min" })).toHaveCount(0);
    await expect(fylkesdirektor.getByRole("form", { name: "4. Endringer, sted og dato" })).toHaveCount(0);
    await expect(fylkesdirektor.getByRole("button", { name: "Legg til punktet" })).toHaveCount(0);
    await expect(fylkesdirektor.getByRole("button", { name: /^(Flytt opp|Flytt ned|Endre|Fjern) punkt/ })).toHaveCount(0);
    await expect(fylkesdirektor.getByRole("region", { name: "2. Nav-lederens ansvar" })).toContainText(dutyText);
    await expect(fylkesdirektor.getByText(`Sted og dato: ${place}, ${signingDate}`, { exact: true })).toBeVisible();
    await expectNoA11yViolations(fylkesdirektor);

    // --- The checksum still matches the stored text ------------------------------------------------
    await box.getByRole("button", { name: "Kontroller at teksten er uendret" }).click();
    await expect(box.getByText("Teksten er uendret siden den ble signert. Kontrollsummen stemmer.")).toBeVisible();
    await expectNoA11yViolations(fylkesdirektor);

    // --- The PDF names the three parties and carries the checksum ---------------------------------
    const [download] = await Promise.all([
      fylkesdirektor.waitForEvent("download", { timeout: 30_000 }),
      box.getByRole("link", { name: "Last ned som PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^lederavtale-grimstad-${YEAR}-v1\\.pdf$`));
    const text = (await pdfText(await fs.readFile(await download.path()))).replace(/\s+/g, " ");
    for (const expected of [
      `Lederavtale ${YEAR}`,
      demoUsers.navleder.name,
      demoUsers.radmann.name,
      demoUsers.fylkesdirektor.name,
      dutyText,
      "Signert av alle parter",
    ]) {
      expect(text, `the PDF should contain «${expected}»`).toContain(expected);
    }
    expect(text, "the PDF should carry the signed checksum").not.toContain("UTKAST");
    expect(text.replace(/\s+/g, ""), "the PDF should carry the signed checksum").toContain(signedHash);
  });

  test("an amendment starts version 2 as a draft, and version 1 stays readable with its signatures", async ({ pageAs }) => {
    expect(signedHash, "the earlier tests sign version 1").toMatch(SHA256);
    const navleder = await pageAs("navleder");
    await openAgreement(navleder, "navleder");
    await expect(statusTag(statusBox(navleder), "Signert")).toBeVisible();
    await expectNoA11yViolations(navleder);

    await statusBox(navleder).getByRole("button", { name: "Start en endring" }).click();
    const confirm = navleder.getByRole("dialog", { name: "Starte en endring av avtalen?" });
    await expect(confirm).toBeVisible();
    await expectNoA11yViolations(navleder);
    await confirm.getByRole("button", { name: "Start endring" }).click();

    await expect(navleder).toHaveURL(new RegExp(`${agreementPath}\\?versjon=[^&]+$`));
    const v2 = statusBox(navleder, 2);
    await expect(statusTag(v2, "Utkast")).toBeVisible();
    const versions = v2.getByRole("navigation", { name: "Versjoner" });
    await expect(versions.getByRole("link", { name: "Versjon 2 (utkast)" })).toHaveAttribute("aria-current", "page");
    await expect(versions.getByRole("link", { name: "Versjon 1 (signert)" })).toBeVisible();
    for (const role of ["navleder", "radmann", "fylkesdirektor"] as const) {
      await expect(signatureLine(v2, role)).toHaveText(/: venter på signatur$/);
    }
    // The new version starts from the signed text and can be edited again.
    await expect(navleder.getByRole("region", { name: "2. Nav-lederens ansvar" })).toContainText(dutyText);
    await expect(navleder.getByRole("button", { name: "Lagre formålet" })).toBeVisible();
    await expect(v2.getByRole("button", { name: "Signer avtalen" })).toBeVisible();
    await expectNoA11yViolations(navleder);

    await versions.getByRole("link", { name: "Versjon 1 (signert)" }).click();
    const v1 = statusBox(navleder, 1);
    await expect(statusTag(v1, "Signert")).toBeVisible();
    await expect(v1.getByText("(eldre versjon, erstattet av en endring)")).toBeVisible();
    await expect(v1.getByRole("navigation", { name: "Versjoner" }).getByRole("link", { name: "Versjon 1 (signert)" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    for (const role of ["navleder", "radmann", "fylkesdirektor"] as const) {
      await expect(signatureLine(v1, role)).toHaveText(signedToday);
    }
    await expect(v1.getByRole("code")).toHaveText(signedHash);
    await expect(v1.getByRole("button", { name: "Start en endring" })).toHaveCount(0);
    await expect(navleder.getByRole("button", { name: /^Lagre (formålet|endringer, sted og dato)$/ })).toHaveCount(0);
    await expect(navleder.getByRole("region", { name: "2. Nav-lederens ansvar" })).toContainText(dutyText);
    await expectNoA11yViolations(navleder);
  });

});

test("the fylke overview shows each partnership's lederavtale for this year", async ({ pageAs }) => {
  const fylkesdirektor = await pageAs("fylkesdirektor");
  // From October the fylke page opens on next year; the seed's agreements are for this one.
  await fylkesdirektor.goto(`/fylke/agder?ar=${SIGNED_YEAR}`);
  await expect(fylkesdirektor.getByRole("heading", { level: 1, name: "Nav Agder: alle partnerskap" })).toBeVisible();
  const table = fylkesdirektor.getByRole("table", { name: new RegExp(`^Partnerskapene i ${SIGNED_YEAR}\\.`) });
  await expect(table.getByRole("columnheader", { name: new RegExp(`^Lederavtale ${SIGNED_YEAR}`) })).toBeVisible();
  const row = (office: string) =>
    table.getByRole("row").filter({ has: fylkesdirektor.getByRole("rowheader", { name: office, exact: true }) });
  const agreement = (office: string, state: string) =>
    row(office).getByRole("link", { name: `Lederavtale ${SIGNED_YEAR} for ${office}: ${state}`, exact: true });
  // The seed's states for the current year (db/seed/lederavtale-demo.ts).
  await expect(agreement("Nav Grimstad", "Signert")).toHaveAttribute("href", `/partnerskap/grimstad/lederavtale/${SIGNED_YEAR}`);
  await expect(agreement("Nav Froland", "Delvis signert")).toBeVisible();
  await expect(agreement("Nav Kvinesdal", "Utkast")).toBeVisible();
  await expect(agreement("Nav Bygland", "Ingen ennå")).toBeVisible();
  await expectNoA11yViolations(fylkesdirektor);

  await agreement("Nav Froland", "Delvis signert").click();
  await expect(fylkesdirektor.getByRole("heading", { level: 1, name: `Lederavtale ${SIGNED_YEAR}` })).toBeVisible();
  const box = statusBox(fylkesdirektor);
  await expect(statusTag(box, "Signert av 2 av 3")).toBeVisible();
  await expect(signatureLine(box, "fylkesdirektor")).toHaveText(/: venter på signatur$/);
  await expect(box.getByRole("button", { name: "Signer avtalen" })).toBeVisible();
  await expectNoA11yViolations(fylkesdirektor);
});
