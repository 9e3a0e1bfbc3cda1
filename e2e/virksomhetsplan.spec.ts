import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { expectNoA11yViolations } from "./axe";
import { bytesOf, demoUsers, download, escapeRegExp, expect, tabTo, test } from "./fixtures";
import { pdfText } from "./pdf-text";

/**
 * Issue 4, the felles virksomhetsplan. The demo seed (db/seed/virksomhetsplan-demo.ts) gives
 * Nav Grimstad a published 2026 plan and a 2027 draft, and Arendal and Vennesla 2027 drafts.
 * Each test works on a plan of its own, so they do not depend on each other: the main flow
 * makes Grimstad's 2028 plan, the keyboard test 2029, the bad-input test 2030 (years no other
 * spec uses); the export and new-version tests read and revise the seeded 2026 plan, and the
 * import test uses Arendal's 2027 draft. The web server recreates the database on every
 * start, so the suite needs a freshly started server.
 */
const run = Date.now().toString(36);
const OFFICE = "Nav Grimstad";
const NAMES_HIDDEN = "Navn på personer er ikke vist i den offentlige versjonen.";

/** From the seeded 2026 plan. */
const SEEDED = {
  area: "Flere i arbeid",
  goal: "Alle under 30 år som får økonomisk sosialhjelp, skal ha vilkår om aktivitet fra første utbetaling.",
  activity: "Ukentlig stillingsmøte der markedsavdelingen deler nye stillinger og oppdrag, og veilederne foreslår kandidater.",
  /** The activity the new-version test rewrites. */
  revised: "Korte fagmøter på fredager om digitale løsninger i veiledningen.",
};

const planPath = (year: number, slug = "grimstad") => `/partnerskap/${slug}/virksomhetsplan/${year}`;

async function openPlan(page: Page, year: number, slug = "grimstad") {
  await page.goto(planPath(year, slug));
  await expect(page.getByRole("heading", { level: 1, name: `Felles virksomhetsplan ${year}` })).toBeVisible();
}

/** The status box: heading "Versjon N", status tag, approvals, what is missing, the actions. */
const statusBox = (page: Page) => page.getByRole("region", { name: /^Versjon \d+$/ });
const statusTag = (page: Page, text: string) => statusBox(page).getByText(text, { exact: true });
const areasSection = (page: Page) => page.getByRole("region", { name: "4. Satsingsområder, mål og aktiviteter" });
const indicatorsSection = (page: Page) => page.getByRole("region", { name: "5. Indikatorer" });

async function createPlan(page: Page, year: number, basis: "kopi" | "tom") {
  const form = page.getByRole("form", { name: `Lag virksomhetsplan for ${year}` });
  await form.getByRole("radio", { name: basis === "kopi" ? `Kopi av planen for ${year - 1}` : "Tom plan" }).check();
  await expectNoA11yViolations(page);
  await form.getByRole("button", { name: "Lag planen" }).click();
  await expect(statusTag(page, "Utkast")).toBeVisible();
}

async function addFocusArea(page: Page, title: string) {
  await page.getByRole("button", { name: "Legg til satsingsområde", exact: true }).click();
  const form = page.getByRole("form", { name: "Legg til satsingsområde" });
  await form.getByRole("textbox", { name: "Navn på satsingsområdet" }).fill(title);
  await form.getByRole("button", { name: "Legg til satsingsområde" }).click();
  await expect(form).toHaveCount(0);
  await expect(areaHeading(page, title)).toBeVisible();
}

const areaHeading = (page: Page, title: string) =>
  areasSection(page).getByRole("heading", { level: 3, name: new RegExp(`^4\\.\\d+ ${escapeRegExp(title)}$`) });

async function addGoal(page: Page, area: string, text: string, source: "Stat" | "Kommune" | "Felles") {
  await page.getByRole("button", { name: `Legg til mål under «${area}»` }).click();
  const form = page.getByRole("form", { name: "Legg til mål", exact: true });
  await form.getByRole("textbox", { name: "Mål", exact: true }).fill(text);
  await form.getByRole("radiogroup", { name: "Hvor kommer målet fra?" }).getByRole("radio", { name: source, exact: true }).check();
  await form.getByRole("button", { name: "Legg til mål", exact: true }).click();
  await expect(form).toHaveCount(0);
  await expect(areasSection(page).getByText(`Mål: ${text}`)).toBeVisible();
}

interface NewActivity {
  text: string;
  responsible: string;
  person?: string;
  when: string;
}

/** Opens «Legg til aktivitet» under the goal and fills the form; the caller submits. */
async function fillActivity(page: Page, goal: string, activity: NewActivity) {
  await page.getByRole("button", { name: `Legg til aktivitet for målet «${goal}»` }).click();
  const form = page.getByRole("form", { name: "Legg til aktivitet", exact: true });
  await form.getByRole("textbox", { name: "Aktivitet", exact: true }).fill(activity.text);
  await form.getByRole("textbox", { name: "Ansvar (rolle eller team)" }).fill(activity.responsible);
  if (activity.person) await form.getByRole("textbox", { name: "Ansvarlig person (valgfritt)" }).fill(activity.person);
  await form.getByRole("textbox", { name: "Når", exact: true }).fill(activity.when);
  return form;
}

async function addActivity(page: Page, goal: string, activity: NewActivity) {
  const form = await fillActivity(page, goal, activity);
  await form.getByRole("button", { name: "Legg til aktivitet", exact: true }).click();
  await expect(form).toHaveCount(0);
  await expect(activityText(page, activity.text)).toBeVisible();
}

/** An activity's text in the editable list (the buttons beside it repeat it for screen readers). */
const activityText = (page: Page, text: string) =>
  areasSection(page).getByRole("paragraph").filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) });

/** The number of goals from one source in «Fra hvilken styringslinje?». */
async function goalCount(page: Page, source: "Stat" | "Kommune" | "Felles") {
  const row = page
    .getByRole("table", { name: "Antall mål og indikatorer etter kilde" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: source, exact: true }) });
  return Number((await row.getByRole("cell").first().innerText()).trim());
}

/** The address of the public page, from the link on the plan page (shown once published). */
async function publicAddress(page: Page) {
  const link = statusBox(page).getByRole("link", { name: /^\/offentlig\/virksomhetsplan\// });
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/offentlig\/virksomhetsplan\/[^/]+$/);
  return href!;
}

test.describe("felles virksomhetsplan", () => {
  test("the Nav-leder writes the 2028 plan, both owners approve it, and it is published without names until the Nav-leder shows them", async ({
    pageAs,
    signedOutPage,
  }) => {
    test.setTimeout(180_000);
    const YEAR = 2028;
    const area = `Unge i arbeid ${run}`;
    const stateGoal = `Flere unge skal fullføre videregående (${run}).`;
    const municipalGoal = `Færre unge skal motta sosialhjelp (${run}).`;
    const person = "Siri Ås";
    const stateActivity: NewActivity = { text: `Fast skolekontakt for unge brukere (${run}).`, responsible: "Ungdomsteamet", person, when: "1. halvår" };
    const municipalActivity: NewActivity = { text: `Jobbklubb for unge med sosialhjelp (${run}).`, responsible: "Sosialteamet", when: "1. halvår" };
    const indicator = `Sykefravær blant de ansatte (${run})`;

    // --- The Nav-leder starts the 2028 plan as a copy of 2027 --------------------------------
    const navleder = await pageAs("navleder");
    await openPlan(navleder, YEAR);
    await expect(navleder.getByRole("heading", { level: 2, name: `Ingen plan for ${YEAR} ennå` })).toBeVisible();
    await createPlan(navleder, YEAR, "kopi");
    await expect(statusBox(navleder).getByRole("heading", { name: "Versjon 1" })).toBeVisible();
    await expect(navleder.getByText(`Budsjettet for ${YEAR} mangler inntekter og utgifter.`).first()).toBeVisible();
    await expectNoA11yViolations(navleder);

    // --- This year's budget -------------------------------------------------------------------
    const general = navleder.getByRole("form", { name: "Om kontoret og rammebetingelser" });
    await general.getByRole("textbox", { name: `Inntekter, Budsjett ${YEAR}` }).fill("6 600 000");
    await general.getByRole("textbox", { name: `Utgifter, Budsjett ${YEAR}` }).fill("61 250 000");
    await general.getByRole("button", { name: "Lagre om kontoret og rammer" }).click();
    await expect(general.getByRole("status")).toHaveText("Lagret.");
    await expect(navleder.getByText(`Budsjettet for ${YEAR} mangler`)).toHaveCount(0);

    // --- A satsingsområde with a goal from each line, each with an activity ----------------------
    const statBefore = await goalCount(navleder, "Stat");
    const kommuneBefore = await goalCount(navleder, "Kommune");
    await addFocusArea(navleder, area);
    await addGoal(navleder, area, stateGoal, "Stat");
    await addGoal(navleder, area, municipalGoal, "Kommune");
    await addActivity(navleder, stateGoal, stateActivity);
    await addActivity(navleder, municipalGoal, municipalActivity);
    await expect(areasSection(navleder).getByText(`Ansvar: Ungdomsteamet (${person}) · Når: 1. halvår ${YEAR} · Status: Ikke startet`)).toBeVisible();
    await expect.poll(() => goalCount(navleder, "Stat")).toBe(statBefore + 1);
    await expect.poll(() => goalCount(navleder, "Kommune")).toBe(kommuneBefore + 1);
    await expectNoA11yViolations(navleder);

    // --- An indicator with a limit, and two measured values ------------------------------------
    await navleder.getByRole("button", { name: "Legg til indikator", exact: true }).click();
    const indicatorForm = navleder.getByRole("form", { name: "Legg til indikator" });
    await indicatorForm.getByRole("textbox", { name: "Indikator", exact: true }).fill(indicator);
    await indicatorForm.getByRole("radiogroup", { name: "Hvor kommer indikatoren fra?" }).getByRole("radio", { name: "Felles" }).check();
    await indicatorForm.getByRole("textbox", { name: "Enhet (valgfritt)" }).fill("%");
    await indicatorForm.getByRole("textbox", { name: "Mål", exact: true }).fill("< 6,3");
    await indicatorForm.getByRole("button", { name: "Legg til indikator" }).click();
    await expect(indicatorForm).toHaveCount(0);
    const indicatorItem = indicatorsSection(navleder).getByRole("listitem").filter({ hasText: indicator });
    await expect(indicatorItem).toContainText("Mål: < 6,3 %");

    const valueForm = navleder.getByRole("form", { name: `Registrer måling for ${indicator}` });
    for (const [period, value] of [
      [`1. tertial ${YEAR}`, "6,8"],
      [`2. tertial ${YEAR}`, "6,1"],
    ] as const) {
      await valueForm.getByRole("combobox", { name: "Periode" }).selectOption({ label: period });
      await valueForm.getByRole("textbox", { name: "Verdi" }).fill(value);
      await valueForm.getByRole("button", { name: "Lagre måling" }).click();
      await expect(indicatorItem).toContainText(`Siste måling: ${value} % (${period})`);
    }
    await expect(indicatorItem).toContainText(`Målinger: 1. tertial ${YEAR}: 6,8 · 2. tertial ${YEAR}: 6,1`);
    await expectNoA11yViolations(navleder);

    // --- Complete: sent for approval ------------------------------------------------------------
    await expect(navleder.getByRole("heading", { name: "Før planen kan sendes til godkjenning" })).toHaveCount(0);
    await statusBox(navleder).getByRole("button", { name: "Send til godkjenning", exact: true }).click();
    await expect(statusBox(navleder).getByRole("status")).toHaveText("Planen er sendt til godkjenning.");
    await expect(statusTag(navleder, "Til godkjenning")).toBeVisible();
    await expectNoA11yViolations(navleder);

    // --- The rådmann finds it on the dashboard, comments on a goal and approves ------------------
    const radmann = await pageAs("radmann");
    await radmann.goto("/");
    const waiting = radmann
      .getByRole("region", { name: "Dette venter på deg" })
      .getByRole("link", { name: `Virksomhetsplanen ${YEAR} for ${OFFICE} venter på din godkjenning` });
    await expect(waiting).toBeVisible();
    await expectNoA11yViolations(radmann);
    await waiting.click();
    await expect(radmann).toHaveURL(planPath(YEAR));
    await expect(statusTag(radmann, "Til godkjenning")).toBeVisible();
    await expectNoA11yViolations(radmann);

    const comment = `Kan dere rapportere dette hvert tertial? (${run})`;
    await radmann.getByRole("button", { name: `Kommenter ${stateGoal}`, exact: true }).click();
    const commentForm = radmann.getByRole("form", { name: `Kommentar til ${stateGoal}` });
    await expect(commentForm.getByRole("textbox", { name: "Kommentar" })).toBeFocused();
    await commentForm.getByRole("textbox", { name: "Kommentar" }).fill(comment);
    await commentForm.getByRole("button", { name: "Send kommentar" }).click();
    await expect(commentForm).toHaveCount(0);
    const thread = radmann.getByRole("region", { name: "Kommentarer" }).getByRole("listitem").filter({ hasText: comment });
    await expect(thread).toContainText(`Om «${stateGoal}» · ${demoUsers.radmann.name}`);
    await expect(areasSection(radmann).getByRole("link", { name: "1 åpen kommentar" })).toBeVisible();

    await statusBox(radmann).getByRole("button", { name: "Godkjenn planen" }).click();
    const approve = radmann.getByRole("dialog", { name: "Godkjenne planen?" });
    await expect(approve).toBeVisible();
    const approvalComment = `Vedtatt i formannskapet, med ønske om tertialrapport (${run}).`;
    await approve.getByRole("textbox", { name: "Kommentar (valgfritt)" }).fill(approvalComment);
    await expectNoA11yViolations(radmann);
    await approve.getByRole("button", { name: "Godkjenn", exact: true }).click();
    await expect(approve).toBeHidden();
    await expect(statusBox(radmann).getByText(`godkjent av ${demoUsers.radmann.name}`)).toBeVisible();
    await expect(statusTag(radmann, "Til godkjenning"), "one owner of two has approved").toBeVisible();
    await expect(statusBox(radmann).getByRole("button", { name: "Godkjenn planen" })).toHaveCount(0);
    await expectNoA11yViolations(radmann);

    // --- The fylkesdirektør approves last: the plan is approved ----------------------------------
    const fylkesdirektor = await pageAs("fylkesdirektor");
    await openPlan(fylkesdirektor, YEAR);
    await expect(statusTag(fylkesdirektor, "Til godkjenning")).toBeVisible();
    // The rådmann's words reach the other owner: beside the approval and in the version history.
    await expect(statusBox(fylkesdirektor).getByText(`«${approvalComment}»`, { exact: false })).toBeVisible();
    await expect(fylkesdirektor.getByRole("region", { name: "Versjonshistorikk" }).getByText(`«${approvalComment}»`)).toBeVisible();
    await expectNoA11yViolations(fylkesdirektor);
    await statusBox(fylkesdirektor).getByRole("button", { name: "Godkjenn planen" }).click();
    const lastApproval = fylkesdirektor.getByRole("dialog", { name: "Godkjenne planen?" });
    await lastApproval.getByRole("button", { name: "Godkjenn", exact: true }).click();
    await expect(lastApproval).toBeHidden();
    await expect(statusTag(fylkesdirektor, "Godkjent")).toBeVisible();
    await expect(statusBox(fylkesdirektor).getByText(`godkjent av ${demoUsers.fylkesdirektor.name}`)).toBeVisible();
    await expectNoA11yViolations(fylkesdirektor);

    // --- The Nav-leder publishes ---------------------------------------------------------------
    await navleder.reload();
    await expect(statusTag(navleder, "Godkjent")).toBeVisible();
    // The choice of names is made before publishing; the dialog says what it will be.
    const names = statusBox(navleder).getByRole("checkbox", { name: "Vis navn i den offentlige versjonen" });
    await expect(names).not.toBeChecked();
    await expect(statusBox(navleder).getByText("Av: bare roller og team vises, ikke navn på personer.")).toBeVisible();
    await statusBox(navleder).getByRole("button", { name: "Publiser planen" }).click();
    const publishDialog = navleder.getByRole("dialog", { name: "Publisere planen?" });
    await expect(publishDialog).toContainText("Alle som har lenken, kan lese planen");
    await expect(publishDialog).toContainText("Navn på personer vises ikke");
    await expect(statusTag(navleder, "Godkjent"), "nothing is published before the Nav-leder confirms").toBeVisible();
    await expectNoA11yViolations(navleder);
    await publishDialog.getByRole("button", { name: "Publiser planen" }).click();
    await expect(publishDialog).toBeHidden();
    await expect(statusTag(navleder, "Publisert")).toBeVisible();
    await expect(statusBox(navleder).getByRole("status")).toHaveText("Planen er publisert.");

    // --- A new draft does not carry «Planen er publisert.» over from the version before ----------
    await statusBox(navleder).getByRole("button", { name: "Endre planen (ny versjon)" }).click();
    const newVersion = navleder.getByRole("dialog", { name: "Starte en ny versjon?" });
    await newVersion.getByRole("button", { name: "Start ny versjon" }).click();
    await expect(newVersion).toBeHidden();
    await expect(statusBox(navleder).getByRole("heading", { name: "Versjon 2" })).toBeVisible();
    await expect(statusTag(navleder, "Utkast")).toBeVisible();
    await expect(navleder.getByText("Planen er publisert.")).toHaveCount(0);
    await expect(statusBox(navleder).getByText(/^Den offentlige versjonen viser versjon 1, publisert /)).toBeVisible();
    await expectNoA11yViolations(navleder);
    await navleder.getByRole("navigation", { name: "Versjoner" }).getByRole("link", { name: "Versjon 1 (publisert)" }).click();
    await expect(statusBox(navleder).getByRole("heading", { name: "Versjon 1" })).toBeVisible();
    await expect(names).not.toBeChecked();
    await expectNoA11yViolations(navleder);
    const address = await publicAddress(navleder);

    // --- The public page, without signing in: goals and activities, but no names -----------------
    const reader = await signedOutPage();
    await reader.goto(address);
    await expect(reader.getByRole("heading", { level: 1, name: `Felles virksomhetsplan ${YEAR}` })).toBeVisible();
    await expect(reader.getByText(OFFICE).first()).toBeVisible();
    for (const text of [stateGoal, municipalGoal]) {
      await expect(reader.getByRole("heading", { level: 4, name: new RegExp(`${escapeRegExp(text)}$`) })).toBeVisible();
    }
    for (const activity of [stateActivity, municipalActivity]) {
      await expect(reader.getByRole("cell", { name: activity.text, exact: true })).toBeVisible();
    }
    await expect(reader.getByRole("cell", { name: "Ungdomsteamet", exact: true })).toBeVisible();
    await expect(reader.getByText(person)).toHaveCount(0);
    await expect(reader.getByText(NAMES_HIDDEN)).toBeVisible();
    await expectNoA11yViolations(reader);

    // --- The Nav-leder shows names; the public page names the person -----------------------------
    await names.click();
    await expect(names).toBeChecked();
    await navleder.reload();
    await expect(names).toBeChecked();
    await expect(statusBox(navleder).getByText(/^På: navn på ansvarlige personer/)).toBeVisible();
    await expect(statusBox(navleder).getByText(/^Av:/)).toHaveCount(0);
    await reader.reload();
    await expect(reader.getByRole("cell", { name: `Ungdomsteamet (${person})`, exact: true })).toBeVisible();
    await expect(reader.getByText(NAMES_HIDDEN)).toHaveCount(0);
    await expectNoA11yViolations(reader);
  });

  test("the published 2026 plan downloads as a PDF and a Word document with its goals and activities", async ({ pageAs }) => {
    test.setTimeout(90_000);
    const navleder = await pageAs("navleder");
    await openPlan(navleder, 2026);
    await expectNoA11yViolations(navleder);
    const exports = statusBox(navleder);

    const pdf = await bytesOf(await download(navleder, exports.getByRole("link", { name: "PDF", exact: true })), /^virksomhetsplan-grimstad-2026-v\d+\.pdf$/);
    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    const squeezed = text.replace(/\s/g, "");
    for (const expected of [OFFICE, "Felles virksomhetsplan 2026", `4.1 ${SEEDED.area}`, "Aktivitet", "Ansvar", "Når"]) {
      expect(text, `the PDF should contain «${expected}»`).toContain(expected);
    }
    expect(text, "every page is numbered").toMatch(/Side ?1 ?av ?\d+/);
    // Long texts wrap in the table cells: compared without the spaces and line breaks.
    for (const expected of [SEEDED.goal, SEEDED.activity]) {
      expect(squeezed, `the PDF should contain «${expected}»`).toContain(expected.replace(/\s/g, ""));
    }

    const docx = await bytesOf(await download(navleder, exports.getByRole("link", { name: "Word (.docx)" })), /^virksomhetsplan-grimstad-2026-v\d+\.docx$/);
    const zip = await JSZip.loadAsync(docx);
    const documentXml = await zip.file("word/document.xml")?.async("string");
    expect(documentXml, "the .docx has word/document.xml").toBeTruthy();
    for (const expected of [SEEDED.area, SEEDED.goal, SEEDED.activity]) {
      expect(documentXml, `the Word document should contain «${expected}»`).toContain(expected);
    }
  });

  test("a new version of the published 2026 plan shows what changed, and the public page keeps the published text", async ({
    pageAs,
    signedOutPage,
  }) => {
    const YEAR = 2026;
    const newText = `Korte fagmøter annenhver fredag om digitale løsninger (${run}).`;
    const navleder = await pageAs("navleder");
    await openPlan(navleder, YEAR);
    await expect(statusTag(navleder, "Publisert")).toBeVisible();
    const address = await publicAddress(navleder);

    // --- A new version: a draft, with the published one kept ------------------------------------
    await statusBox(navleder).getByRole("button", { name: "Endre planen (ny versjon)" }).click();
    const dialog = navleder.getByRole("dialog", { name: "Starte en ny versjon?" });
    await dialog.getByRole("textbox", { name: "Hva skal endres, og hvorfor? (valgfritt)" }).fill("Fagmøtene flyttes.");
    await expectNoA11yViolations(navleder);
    await dialog.getByRole("button", { name: "Start ny versjon" }).click();
    await expect(dialog).toBeHidden();
    await expect(statusBox(navleder).getByRole("heading", { name: "Versjon 2" })).toBeVisible();
    await expect(statusTag(navleder, "Utkast")).toBeVisible();

    // --- One activity rewritten ----------------------------------------------------------------
    await areasSection(navleder).getByRole("button", { name: new RegExp(`^Endre ${escapeRegExp(SEEDED.revised.slice(0, 40))}`) }).click();
    const edit = navleder.getByRole("form", { name: "Endre aktiviteten" });
    await edit.getByRole("textbox", { name: "Aktivitet", exact: true }).fill(newText);
    await edit.getByRole("button", { name: "Lagre", exact: true }).click();
    await expect(edit).toHaveCount(0);
    await expect(activityText(navleder, newText)).toBeVisible();
    await expect(activityText(navleder, SEEDED.revised)).toHaveCount(0);
    await expectNoA11yViolations(navleder);

    // --- The comparison marks it «Endret», with the old and the new text --------------------------
    await navleder.getByRole("navigation", { name: "Versjoner" }).getByRole("link", { name: "Sammenlign versjoner" }).click();
    await expect(navleder.getByRole("heading", { level: 1, name: `Sammenlign versjoner av virksomhetsplanen ${YEAR}` })).toBeVisible();
    await expect(navleder.getByRole("status").filter({ hasText: "Versjon 1 → versjon 2" })).toContainText("0 lagt til, 1 endret, 0 fjernet");
    const changed = navleder.getByRole("row").filter({ hasText: newText });
    await expect(changed.getByRole("cell").first()).toContainText("Endret");
    await expect(changed.getByRole("cell").nth(2)).toContainText(SEEDED.revised);
    await expect(changed.getByRole("cell").nth(3)).toContainText(newText);
    await expectNoA11yViolations(navleder);

    // --- The public page still shows the published version ---------------------------------------
    const reader = await signedOutPage();
    await reader.goto(address);
    await expect(reader.getByRole("heading", { level: 1, name: `Felles virksomhetsplan ${YEAR}` })).toBeVisible();
    await expect(reader.getByRole("cell", { name: SEEDED.revised, exact: true })).toBeVisible();
    await expect(reader.getByText(newText)).toHaveCount(0);
    await expectNoA11yViolations(reader);
  });

  test("with the keyboard alone, the Nav-leder adds satsingsområder and a goal and reorders them", async ({ pageAs }) => {
    const YEAR = 2029;
    const first = `Tastatur først ${run}`;
    const second = `Tastatur andre ${run}`;
    const goal = `Et mål skrevet med tastaturet (${run}).`;
    const navleder = await pageAs("navleder");
    await openPlan(navleder, YEAR);
    await createPlan(navleder, YEAR, "tom");
    const section = areasSection(navleder);
    const order = section.getByRole("heading", { level: 3, name: /^4\.\d+ / });

    // --- Two satsingsområder: Enter opens the form with focus in it, Enter in the field saves -----
    const addArea = navleder.getByRole("button", { name: "Legg til satsingsområde", exact: true });
    await addArea.focus();
    for (const title of [first, second]) {
      await navleder.keyboard.press("Enter");
      await expect(navleder.getByRole("textbox", { name: "Navn på satsingsområdet" })).toBeFocused();
      await navleder.keyboard.type(title);
      await navleder.keyboard.press("Enter");
      await expect(areaHeading(navleder, title)).toBeVisible();
      await expect(addArea, "focus returns to the button").toBeFocused();
    }
    await expect(order).toHaveText([`4.1 ${first}`, `4.2 ${second}`]);

    // --- A goal from the kommune line: typed, the source chosen with the arrow keys ---------------
    await navleder.getByRole("button", { name: `Legg til mål under «${first}»` }).focus();
    await navleder.keyboard.press("Enter");
    const goalForm = navleder.getByRole("form", { name: "Legg til mål", exact: true });
    await expect(goalForm.getByRole("textbox", { name: "Mål", exact: true })).toBeFocused();
    await navleder.keyboard.type(goal);
    await navleder.keyboard.press("Tab");
    const sources = goalForm.getByRole("radiogroup", { name: "Hvor kommer målet fra?" });
    await expect(sources.getByRole("radio", { name: "Felles" })).toBeFocused();
    await navleder.keyboard.press("ArrowLeft");
    await expect(sources.getByRole("radio", { name: "Kommune" })).toBeChecked();
    await tabTo(navleder, goalForm.getByRole("button", { name: "Legg til mål", exact: true }), 5);
    await expectNoA11yViolations(navleder);
    await navleder.keyboard.press("Enter");
    await expect(goalForm).toHaveCount(0);
    await expect(section.getByText(`Mål: ${goal}`)).toContainText("Kommune");

    // --- «Flytt ned» and back «Flytt opp»; focus stays on the item's buttons -----------------------
    await section.getByRole("button", { name: `Endre ${first}`, exact: true }).focus();
    const down = section.getByRole("button", { name: `Flytt ned ${first}`, exact: true });
    const up = section.getByRole("button", { name: `Flytt opp ${first}`, exact: true });
    await tabTo(navleder, down, 3);
    await navleder.keyboard.press("Enter");
    await expect(order).toHaveText([`4.1 ${second}`, `4.2 ${first}`]);
    await expect(down).toBeDisabled();
    await expect(up, "at the bottom, focus moves to «Flytt opp»").toBeFocused();
    await expect(section.getByText(`Mål: ${goal}`), "the goal moves with its satsingsområde").toBeVisible();
    await navleder.keyboard.press("Enter");
    await expect(order).toHaveText([`4.1 ${first}`, `4.2 ${second}`]);
    await expect(down, "at the top, focus moves to «Flytt ned»").toBeFocused();
    await navleder.reload();
    await expect(order).toHaveText([`4.1 ${first}`, `4.2 ${second}`]);
    await expectNoA11yViolations(navleder);
  });

  test("bad input is refused in Norwegian and nothing is saved: an impossible date, a budget in words, an incomplete plan", async ({
    pageAs,
  }) => {
    const YEAR = 2030;
    const area = `Feilsjekk ${run}`;
    const goal = `Et mål uten aktiviteter (${run}).`;
    const navleder = await pageAs("navleder");
    await openPlan(navleder, YEAR);
    await createPlan(navleder, YEAR, "tom");

    // --- Sending the empty plan: refused, with the list of what is missing ----------------------
    const box = statusBox(navleder);
    await box.getByRole("button", { name: /^Send til godkjenning \(\d+ mangler\)$/ }).click();
    const refusal = box.getByRole("alert");
    await expect(refusal).toContainText("Planen kan ikke sendes til godkjenning ennå. Dette mangler:");
    for (const missing of [
      "Visjon mangler.",
      "Grunnlaget mangler et statlig styringsdokument.",
      "Planen har ingen satsingsområder.",
      "Planen har ingen indikatorer.",
      `Budsjettet for ${YEAR} mangler inntekter og utgifter.`,
    ]) {
      await expect(refusal).toContainText(missing);
      await expect(box.getByRole("listitem").filter({ hasText: missing })).toBeVisible();
    }
    await expect(statusTag(navleder, "Utkast")).toBeVisible();
    await expectNoA11yViolations(navleder);

    // --- An activity due on a date that does not exist -------------------------------------------
    await addFocusArea(navleder, area);
    await addGoal(navleder, area, goal, "Felles");
    const activity = await fillActivity(navleder, goal, { text: `Aktivitet med umulig dato (${run}).`, responsible: "Nav-leder", when: `31.02.${YEAR}` });
    await activity.getByRole("button", { name: "Legg til aktivitet", exact: true }).click();
    const dateError = `«31.02.${YEAR}» er ikke en dato som finnes.`;
    await expect(activity.getByRole("link", { name: dateError })).toBeVisible();
    await expect(activity.getByRole("textbox", { name: "Når", exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectNoA11yViolations(navleder);
    await activity.getByRole("button", { name: "Avbryt" }).click();
    await navleder.reload();
    await expect(activityText(navleder, `Aktivitet med umulig dato (${run}).`)).toHaveCount(0);
    await expect(areasSection(navleder).getByText("Ingen aktiviteter ennå.")).toBeVisible();

    // --- A budget in words ------------------------------------------------------------------------
    const general = navleder.getByRole("form", { name: "Om kontoret og rammebetingelser" });
    const income = general.getByRole("textbox", { name: `Inntekter, Budsjett ${YEAR}` });
    await income.fill("tolv");
    await general.getByRole("button", { name: "Lagre om kontoret og rammer" }).click();
    await expect(general.getByRole("link", { name: /må være et tall/ })).toBeVisible();
    await expect(income).toHaveAttribute("aria-invalid", "true");
    await expect(general.getByRole("status")).toHaveCount(0);
    await expectNoA11yViolations(navleder);
    await navleder.reload();
    await expect(income).toHaveValue("");
    await expect(box.getByRole("listitem").filter({ hasText: `Budsjettet for ${YEAR} mangler inntekter og utgifter.` })).toBeVisible();
  });

  test("the import refuses a file that is not a spreadsheet, and a spreadsheet with a bad row, naming the row and importing nothing", async ({
    pageAs,
  }) => {
    const navleder = await pageAs("navlederArendal");
    await openPlan(navleder, 2027, "arendal");
    await expect(statusTag(navleder, "Utkast")).toBeVisible();
    const activities = areasSection(navleder).getByText(/^Ansvar: /);
    const before = await activities.count();
    expect(before, "Arendal's draft has activities").toBeGreaterThan(0);

    const form = navleder.getByRole("form", { name: "Importer fra regneark" });
    const file = form.getByLabel("Regneark (.xlsx)");
    const submit = form.getByRole("button", { name: "Importer" });

    // --- A text file: refused at once ------------------------------------------------------------
    await file.setInputFiles({ name: "notater.txt", mimeType: "text/plain", buffer: Buffer.from("Ikke et regneark\n") });
    await submit.click();
    await expect(form.getByText("Filen er ikke et Excel-regneark (.xlsx).")).toBeVisible();
    await expect(file).toHaveAttribute("aria-invalid", "true");
    await expect(file).toBeFocused();
    await expectNoA11yViolations(navleder);

    // --- The exported spreadsheet with one «når» the import cannot read ---------------------------
    const exported = await bytesOf(
      await download(navleder, statusBox(navleder).getByRole("link", { name: "Aktiviteter og indikatorer (.xlsx)" })),
      /^virksomhetsplan-arendal-2027-v\d+\.xlsx$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Aktiviteter");
    expect(sheet, "the export has the sheet «Aktiviteter»").toBeTruthy();
    let whenColumn = 0;
    sheet!.getRow(1).eachCell((cell, column) => {
      if (cell.text === "Når") whenColumn = column;
    });
    expect(whenColumn, "the sheet has a «Når» column").toBeGreaterThan(0);
    expect(sheet!.getCell(2, whenColumn).text, "row 2 is an activity with a «når»").not.toBe("");
    sheet!.getCell(2, whenColumn).value = "snart";
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());

    await file.setInputFiles({
      name: "arendal-2027.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: edited,
    });
    await submit.click();
    await expect(form.getByText("Ingenting ble importert.")).toBeVisible();
    await expect(form.getByRole("listitem").filter({ hasText: /Aktiviteter, rad 2, kolonne «Når»/ })).toBeVisible();
    await expectNoA11yViolations(navleder);

    await navleder.reload();
    await expect(statusTag(navleder, "Utkast")).toBeVisible();
    await expect(activities).toHaveCount(before);
  });
});
