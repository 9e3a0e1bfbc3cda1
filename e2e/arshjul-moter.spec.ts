import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { expectNoA11yViolations } from "./axe";
import { bytesOf, demoUsers, download, escapeRegExp, expect, hydrated, storageStateFor, tabTo, test } from "./fixtures";
import { pdfText } from "./pdf-text";

/**
 * Issue 5, the årshjul and the partnerskapsmøter. The demo seed gives Nav Agder its own template
 * (db/seed/arshjul-demo.ts: the default with a «Felles ledersamling i Nav Agder» in September),
 * Nav Grimstad started wheels for 2026 and 2027, and Grimstad's 2026 meetings with a planned
 * spring meeting on 16 March 2027 (db/seed/moter-demo.ts). Each test works on data of its own:
 * the main flow starts the 2028 wheel and plans a 2028 meeting, the keyboard test starts 2030,
 * the bad-input test 2031, the template test 2029 (wheel years no other test starts); the
 * calendar test adds its own event to 2027 (the feed covers this year and next) and reads the
 * seeded spring meeting, the minutes test plans its own meeting in 2025. The web server recreates
 * the database on every start, so the suite needs a freshly started server.
 */
const run = Date.now().toString(36);
const SLUG = "grimstad";
const OFFICE = "Nav Grimstad";
const FROM_TEMPLATE = "Fra malen til Nav Agder";
const RADMANN = demoUsers.radmann.name;
const NAVLEDER = demoUsers.navleder.name;
const FYLKESDIREKTOR = demoUsers.fylkesdirektor.name;

const wheelPath = (year: number) => `/partnerskap/${SLUG}/arshjul/${year}`;
const meetingsPath = `/partnerskap/${SLUG}/moter`;

async function openWheel(page: Page, year: number) {
  await page.goto(wheelPath(year));
  await expect(page.getByRole("heading", { level: 1, name: `Årshjul ${year}` })).toBeVisible();
}

/** Starts a year that is not started, from the fylke's template. */
async function startWheel(page: Page, year: number) {
  await expect(page.getByRole("heading", { level: 2, name: `Årshjulet for ${year} er ikke startet` })).toBeVisible();
  await (await hydrated(page.getByRole("button", { name: `Start årshjulet for ${year}` }))).click();
  await expect(page.getByRole("heading", { level: 2, name: `Årshjulet for ${year} er ikke startet` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Legg til hendelse", exact: true })).toBeVisible();
}

/** The month list beside the wheel: one list item per month, named by its heading ("Mars 2028"). */
const eventList = (page: Page) => page.getByRole("region", { name: "Hendelser måned for måned" });
const month = (page: Page, name: string) => eventList(page).getByRole("listitem", { name, exact: true });
const entry = (page: Page, monthName: string, title: string) => month(page, monthName).getByRole("listitem").filter({ hasText: title });

interface NewEvent {
  title: string;
  ring?: string;
  /** d.m.åååå; with `end` the event is a period. */
  start: string;
  end?: string;
  responsible?: string;
}

/** Opens «Legg til hendelse» and fills the form; the caller submits. */
async function fillEvent(page: Page, event: NewEvent) {
  await (await hydrated(page.getByRole("button", { name: "Legg til hendelse", exact: true }))).click();
  const form = page.getByRole("form", { name: "Ny hendelse" });
  await form.getByRole("textbox", { name: "Tittel" }).fill(event.title);
  if (event.ring) await form.getByRole("combobox", { name: "Ring i årshjulet" }).selectOption({ label: event.ring });
  if (event.end) {
    await form.getByRole("radiogroup", { name: "Når" }).getByRole("radio", { name: "En periode" }).check();
    await form.getByRole("textbox", { name: "Fra og med" }).fill(event.start);
    await form.getByRole("textbox", { name: "Til og med" }).fill(event.end);
  } else {
    await form.getByRole("textbox", { name: "Dato", exact: true }).fill(event.start);
  }
  if (event.responsible) await form.getByRole("textbox", { name: "Ansvarlig (valgfritt)" }).fill(event.responsible);
  return form;
}

async function addEvent(page: Page, event: NewEvent) {
  const form = await fillEvent(page, event);
  await form.getByRole("button", { name: "Legg til", exact: true }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Hendelsen er lagt til." })).toBeVisible();
}

interface NewMeeting {
  title: string;
  date: string;
  start?: string;
  end?: string;
  place?: string;
  /** Names to invite; everyone when left out. */
  participants?: string[];
}

/** «Planlegg nytt møte» from the meeting list, filled in; the caller submits. */
async function fillMeeting(page: Page, meeting: NewMeeting) {
  await page.goto(meetingsPath);
  await expect(page.getByRole("heading", { level: 1, name: "Partnerskapsmøter" })).toBeVisible();
  // Aksel gives its Button role="button" also when it renders as a link.
  await page.getByRole("button", { name: "Planlegg nytt møte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Planlegg nytt møte" })).toBeVisible();
  const form = page.getByRole("form", { name: "Planlegg nytt møte" });
  await (await hydrated(form.getByRole("textbox", { name: "Tittel" }))).fill(meeting.title);
  await form.getByRole("textbox", { name: "Dato", exact: true }).fill(meeting.date);
  if (meeting.start) await form.getByRole("textbox", { name: "Starter kl." }).fill(meeting.start);
  if (meeting.end) await form.getByRole("textbox", { name: "Slutter kl." }).fill(meeting.end);
  if (meeting.place) await form.getByRole("textbox", { name: "Sted" }).fill(meeting.place);
  if (meeting.participants) {
    const group = form.getByRole("group", { name: "Deltakere" });
    for (const box of await group.getByRole("checkbox").all()) await box.uncheck();
    for (const name of meeting.participants) await group.getByRole("checkbox", { name }).check();
  }
  await expect(form.getByRole("checkbox", { name: "Start med standard saksliste" })).toBeChecked();
  return form;
}

async function planMeeting(page: Page, meeting: NewMeeting) {
  const form = await fillMeeting(page, meeting);
  await form.getByRole("button", { name: "Planlegg møtet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: meeting.title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(meetingsPath)}/[^/?#]+$`));
  return new URL(page.url()).pathname;
}

/** One agenda item's part of the minutes: the region named by its heading ("2. Status på virksomhetsplanen"). */
const minutesOf = (page: Page, item: string) =>
  page.getByRole("region", { name: "Referat", exact: true }).getByRole("region", { name: new RegExp(`^\\d+\\. ${escapeRegExp(item)}$`) });

async function addDecision(page: Page, item: string, text: string) {
  const part = minutesOf(page, item);
  await part.getByRole("button", { name: `Legg til vedtak under ${item}` }).click();
  const form = part.getByRole("form", { name: "Nytt vedtak" });
  await form.getByRole("textbox", { name: "Vedtak" }).fill(text);
  await form.getByRole("button", { name: "Legg til vedtaket" }).click();
  await expect(form).toHaveCount(0);
  await expect(part.getByRole("listitem").filter({ hasText: text })).toBeVisible();
}

/** The events of an .ics text, parsed by ical.js (which throws on a malformed calendar). */
function calendarEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

const osloClock = (instant: Date) =>
  new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", hour: "2-digit", minute: "2-digit" }).format(instant);

test.describe("årshjul og partnerskapsmøter", () => {
  test("the Nav-leder starts the 2028 årshjul from the Agder template, adds an event, plans a meeting with the standard agenda and gives the rådmann a follow-up", async ({
    pageAs,
  }) => {
    test.setTimeout(150_000);
    const YEAR = 2028;
    const ownEvent = `Kontaktmøte med næringslivet (${run})`;
    const meetingTitle = `Partnerskapsmøte ${run}`;
    const decision = `Statusen tas til orientering (${run}).`;
    const followUpText = `Avklare kommunens bidrag til jobbmessen (${run})`;

    // --- The 2028 wheel is started from the Agder template ------------------------------------
    const navleder = await pageAs("navleder");
    await openWheel(navleder, YEAR);
    await expectNoA11yViolations(navleder);
    await startWheel(navleder, YEAR);
    const ledersamling = entry(navleder, `September ${YEAR}`, "Felles ledersamling i Nav Agder");
    await expect(ledersamling).toContainText(`16.9.${YEAR}–17.9.${YEAR}`);
    await expect(ledersamling).toContainText(FROM_TEMPLATE);
    await expect(entry(navleder, `Januar ${YEAR}`, "Mål- og disponeringsbrev fra Nav fylke")).toContainText(FROM_TEMPLATE);
    await expectNoA11yViolations(navleder);

    // --- An event of the partnership's own -----------------------------------------------------
    await addEvent(navleder, { title: ownEvent, ring: "K – Politiske prosesser", start: `02.05.${YEAR}`, responsible: "Nav-lederen" });
    const own = entry(navleder, `Mai ${YEAR}`, ownEvent);
    await expect(own).toContainText(`2.5.${YEAR} · Politiske prosesser`);
    await expect(own).toContainText("Ansvarlig: Nav-lederen");
    await expect(own).toContainText("Lagt til av partnerskapet");
    await expectNoA11yViolations(navleder);

    // --- A meeting with the standard agenda -----------------------------------------------------
    const form = await fillMeeting(navleder, { title: meetingTitle, date: `14.03.${YEAR}`, start: "09:00", end: "11:30", place: "Rådhuset i Grimstad" });
    await expectNoA11yViolations(navleder);
    await form.getByRole("button", { name: "Planlegg møtet" }).click();
    await expect(navleder.getByRole("heading", { level: 1, name: meetingTitle })).toBeVisible();
    const meetingPath = new URL(navleder.url()).pathname;
    await expect(navleder.getByText(`tirsdag 14.3.${YEAR} kl. 09:00–11:30 · Rådhuset i Grimstad`)).toBeVisible();

    const agenda = navleder.getByRole("region", { name: "Saksliste" });
    await expect(agenda.getByRole("heading", { level: 3 })).toHaveText([
      "1. Oppfølging fra forrige møte",
      "2. 09:00 Status på virksomhetsplanen",
      "3. 09:20 Resultater på tvers av statlig og kommunal portefølje",
      "4. 09:40 Status i mulighetsrommet",
      "5. 09:55 Utfordringsbildet: for et halvt år siden – i dag – fremover",
      "6. 10:20 Politiske signaler og endringer i rammevilkår",
      "7. 10:35 Tjenesteporteføljen",
      "8. 10:45 Eventuelt",
    ]);
    // The open follow-ups from the seeded October meeting are carried to this one.
    await expect(agenda.getByRole("link", { name: "møtet 20.10.2026" }).first()).toBeVisible();
    await expect(agenda.getByRole("link", { name: `Virksomhetsplan ${YEAR}`, exact: true })).toHaveAttribute("href", `/partnerskap/${SLUG}/virksomhetsplan/${YEAR}`);
    await expect(agenda.getByRole("link", { name: /^(Siste vurdering i mulighetsrommet: |Mulighetsrommet \(ingen vurdering ennå\))/ })).toHaveAttribute(
      "href",
      new RegExp(`^/partnerskap/${SLUG}/mulighetsrom(/|$)`),
    );
    await expectNoA11yViolations(navleder);

    // --- During the meeting: a decision and a follow-up for the rådmann ---------------------------
    await expect(navleder.getByText("Møtet er ikke holdt ennå.")).toBeVisible();
    await navleder.getByRole("link", { name: "Skriv referat nå" }).click();
    await expect(navleder).toHaveURL(/\?referat=1/);
    const item = "Status på virksomhetsplanen";
    await addDecision(navleder, item, decision);

    const part = minutesOf(navleder, item);
    await part.getByRole("button", { name: `Legg til oppfølgingspunkt under ${item}` }).click();
    const followUp = part.getByRole("form", { name: "Nytt oppfølgingspunkt" });
    await followUp.getByRole("textbox", { name: "Hva skal følges opp?" }).fill(followUpText);
    const owner = followUp.getByRole("combobox", { name: "Ansvarlig" });
    const ownerLabel = (await owner.getByRole("option", { name: new RegExp(`^${RADMANN} \\(`) }).textContent())!;
    await owner.selectOption({ label: ownerLabel });
    await followUp.getByRole("textbox", { name: "Frist" }).fill(`01.06.${YEAR}`);
    await expectNoA11yViolations(navleder);
    await followUp.getByRole("button", { name: "Legg til punktet" }).click();
    await expect(followUp).toHaveCount(0);
    await expect(part.getByRole("listitem").filter({ hasText: followUpText })).toContainText(`Ansvarlig: ${RADMANN} · frist 1.6.${YEAR}`);
    await expectNoA11yViolations(navleder);

    // --- The meeting is in the 2028 wheel, read-only, linking to the meeting --------------------------
    await openWheel(navleder, YEAR);
    const inWheel = entry(navleder, `Mars ${YEAR}`, meetingTitle);
    await expect(inWheel).toContainText("Fra møtene – endres der");
    await expect(inWheel.getByRole("button", { name: /^Endre/ })).toHaveCount(0);
    await expectNoA11yViolations(navleder);

    // --- The rådmann finds the follow-up on the start page and opens the meeting ------------------
    const radmann = await pageAs("radmann");
    await radmann.goto("/");
    const waiting = radmann
      .getByRole("region", { name: "Dette venter på deg" })
      .getByRole("link", { name: `Oppfølgingspunkt for ${OFFICE}: ${followUpText} (frist 1.6.${YEAR})` });
    await expect(waiting).toBeVisible();
    await expectNoA11yViolations(radmann);
    await waiting.click();
    await expect(radmann).toHaveURL(new RegExp(`${escapeRegExp(meetingPath)}#oppfolging-`));
    await expect(radmann.getByRole("heading", { level: 1, name: meetingTitle })).toBeVisible();
    await expect(radmann.getByText(/^Du er ansvarlig for/).getByRole("link", { name: followUpText })).toBeVisible();
    await expect(minutesOf(radmann, item).getByRole("combobox", { name: `Status for «${followUpText}»` })).toHaveValue("apen");
    await expectNoA11yViolations(radmann);
  });

  test("with the keyboard alone, the Nav-leder adds a period to the årshjul and it is listed under its month", async ({ pageAs }) => {
    const YEAR = 2030;
    const title = `Budsjettarbeid med tastaturet (${run})`;
    const navleder = await pageAs("navleder");
    await openWheel(navleder, YEAR);
    await startWheel(navleder, YEAR);

    const add = await hydrated(navleder.getByRole("button", { name: "Legg til hendelse", exact: true }));
    await add.focus();
    await navleder.keyboard.press("Enter");
    const form = navleder.getByRole("form", { name: "Ny hendelse" });
    await expect(form.getByRole("textbox", { name: "Tittel" }), "the form opens with focus in its first field").toBeFocused();
    await navleder.keyboard.type(title);

    await navleder.keyboard.press("Tab");
    const ring = form.getByRole("combobox", { name: "Ring i årshjulet" });
    await expect(ring).toBeFocused();
    await navleder.keyboard.press("b");
    await expect(ring).toHaveValue("budsjett");

    await navleder.keyboard.press("Tab");
    await expect(form.getByRole("radio", { name: "En dato" })).toBeFocused();
    await navleder.keyboard.press("ArrowDown");
    await expect(form.getByRole("radio", { name: "En periode" })).toBeChecked();

    await navleder.keyboard.press("Tab");
    await expect(form.getByRole("textbox", { name: "Fra og med" })).toBeFocused();
    await navleder.keyboard.type(`03.09.${YEAR}`);
    await tabTo(navleder, form.getByRole("textbox", { name: "Til og med" }), 3);
    await navleder.keyboard.type(`19.09.${YEAR}`);
    await tabTo(navleder, form.getByRole("textbox", { name: "Ansvarlig (valgfritt)" }), 3);
    await navleder.keyboard.type("Økonomisjefen");
    await tabTo(navleder, form.getByRole("button", { name: "Legg til", exact: true }), 5);
    await expectNoA11yViolations(navleder);
    await navleder.keyboard.press("Enter");

    await expect(form).toHaveCount(0);
    await expect(add, "focus returns to the button").toBeFocused();
    await expect(navleder.getByRole("status").filter({ hasText: "Hendelsen er lagt til." })).toBeVisible();
    const added = entry(navleder, `September ${YEAR}`, title);
    await expect(added).toContainText(`3.9.${YEAR}–19.9.${YEAR} · Budsjett`);
    await expect(added).toContainText("Ansvarlig: Økonomisjefen");
    await expectNoA11yViolations(navleder);
  });

  test("bad input is refused in Norwegian and nothing is saved: an event ending before it starts, a meeting in 2004", async ({ pageAs }) => {
    const YEAR = 2031;
    const title = `Baklengs periode (${run})`;
    const meetingTitle = `Møte i 2004 (${run})`;
    const navleder = await pageAs("navleder");

    // --- An event whose end is before its start ---------------------------------------------------
    await openWheel(navleder, YEAR);
    await startWheel(navleder, YEAR);
    const form = await fillEvent(navleder, { title, start: `20.10.${YEAR}`, end: `10.10.${YEAR}` });
    await form.getByRole("button", { name: "Legg til", exact: true }).click();
    await expect(form.getByRole("link", { name: "Sluttdatoen kan ikke være før startdatoen." })).toBeVisible();
    await expect(form.getByRole("textbox", { name: "Til og med" })).toHaveAttribute("aria-invalid", "true");
    await expectNoA11yViolations(navleder);
    await form.getByRole("button", { name: "Avbryt" }).click();
    await navleder.reload();
    await expect(month(navleder, `Oktober ${YEAR}`)).toBeVisible();
    await expect(eventList(navleder).getByText(title)).toHaveCount(0);

    // --- A meeting dated before the partnerships existed -----------------------------------------------
    const meeting = await fillMeeting(navleder, { title: meetingTitle, date: "12.05.2004" });
    await meeting.getByRole("button", { name: "Planlegg møtet" }).click();
    await expect(meeting.getByRole("link", { name: /^Møtedatoen må være i et år mellom 2006 og \d{4}\.$/ })).toBeVisible();
    await expect(meeting.getByRole("textbox", { name: "Dato", exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(navleder).toHaveURL(`${meetingsPath}/ny`);
    await expectNoA11yViolations(navleder);
    await navleder.goto(meetingsPath);
    await expect(navleder.getByRole("heading", { level: 1, name: "Partnerskapsmøter" })).toBeVisible();
    await expect(navleder.getByRole("link", { name: meetingTitle })).toHaveCount(0);
    await expect(navleder.getByRole("heading", { name: "Møter i 2004" })).toHaveCount(0);
    await expectNoA11yViolations(navleder);
  });

  test("the year's .ics has the added event and the spring meeting at its Oslo time; a subscription works without a session until it is deleted", async ({
    pageAs,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const YEAR = 2027;
    const title = `Kalendertest (${run})`;
    const navleder = await pageAs("navleder");
    await openWheel(navleder, YEAR);
    await addEvent(navleder, { title, start: `08.04.${YEAR}` });
    await expect(entry(navleder, `April ${YEAR}`, title)).toBeVisible();

    // --- The download: a calendar ical.js can read ----------------------------------------------------
    const ics = (
      await bytesOf(await download(navleder, navleder.getByRole("link", { name: "Last ned kalenderfil (.ics)" })), new RegExp(`^arshjul-${SLUG}-${YEAR}\\.ics$`))
    ).toString("utf8");
    const events = calendarEvents(ics);
    const added = events.find((e) => e.summary === title);
    expect(added, `the .ics has «${title}»`).toBeTruthy();
    expect(added!.startDate.isDate, "a date without a time is an all-day event").toBe(true);
    expect(added!.startDate.toString()).toBe(`${YEAR}-04-08`);
    const spring = events.find((e) => e.summary === "Partnerskapsmøte" && e.startDate.toJSDate().toISOString().startsWith(`${YEAR}-03-16`));
    expect(spring, "the .ics has the seeded meeting on 16 March").toBeTruthy();
    expect(spring!.startDate.isDate).toBe(false);
    // 09:00–11:30 in Oslo is 08:00–10:30 UTC in March, before summer time.
    expect(spring!.startDate.toJSDate().toISOString()).toBe(`${YEAR}-03-16T08:00:00.000Z`);
    expect(spring!.endDate.toJSDate().toISOString()).toBe(`${YEAR}-03-16T10:30:00.000Z`);
    expect(osloClock(spring!.startDate.toJSDate())).toBe("09:00");
    expect(spring!.location).toBe("Møterommet «Fjæra», Nav Grimstad");

    // --- A subscription: the address is shown once --------------------------------------------------------
    const section = navleder.getByRole("region", { name: "Abonner i kalenderen" });
    await section.getByRole("button", { name: "Lag en ny abonnementsadresse" }).click();
    await expect(section.getByText("Kopier adressen nå. Den vises bare denne ene gangen.")).toBeVisible();
    const address = (await section.getByText(/\/api\/kalender\/\S+$/).innerText()).trim();
    expect(address.startsWith(`${baseURL}/api/kalender/`)).toBe(true);
    await expect(section.getByRole("button", { name: /^Slett abonnementet laget / })).toHaveCount(1);
    await expectNoA11yViolations(navleder);

    const anonymous = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const feed = await anonymous.get(address);
      expect(feed.status()).toBe(200);
      expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
      const body = await feed.text();
      expect(body).toMatch(/^BEGIN:VCALENDAR/);
      expect(calendarEvents(body).some((e) => e.summary === `${OFFICE}: ${title}`), "the feed has the added event").toBe(true);

      await navleder.reload();
      await expect(section.getByText("Kopier adressen nå.", { exact: false })).toHaveCount(0);
      await expect(section.getByText(/sist hentet/)).toBeVisible();

      // --- Deleted: the address stops working at once ---------------------------------------------------
      await (await hydrated(section.getByRole("button", { name: /^Slett abonnementet laget / }))).click();
      const dialog = navleder.getByRole("dialog", { name: "Slette abonnementet?" });
      await expect(dialog).toBeVisible();
      await expectNoA11yViolations(navleder);
      await dialog.getByRole("button", { name: "Slett abonnementet" }).click();
      await expect(dialog).toBeHidden();
      await expect(section.getByRole("status").filter({ hasText: "Abonnementet er slettet. Adressen virker ikke lenger." })).toBeVisible();
      await expect(section.getByText("Du har ingen aktive abonnementer.")).toBeVisible();
      await expectNoA11yViolations(navleder);

      const gone = await anonymous.get(address);
      expect(gone.status()).toBe(404);
    } finally {
      await anonymous.dispose();
    }
  });

  test("minutes of a held meeting: attendance, approval by everyone present, then locked with a visible correction, and the referat as PDF", async ({
    pageAs,
  }) => {
    test.setTimeout(150_000);
    const meetingTitle = `Partnerskapsmøte ${run} referat`;
    const item = "Resultater på tvers av statlig og kommunal portefølje";
    const minutes = `Resultatene for første halvår ble gjennomgått (${run}).`;
    const decision = `Tallene legges fram hvert tertial (${run}).`;
    const correction = `Tallene gjaldt første tertial, ikke første halvår (${run}).`;

    // --- The Nav-leder plans a meeting that has been held -------------------------------------------------
    const navleder = await pageAs("navleder");
    const meetingPath = await planMeeting(navleder, {
      title: meetingTitle,
      date: "09.09.2025",
      start: "13:00",
      end: "15:00",
      participants: [NAVLEDER, RADMANN, FYLKESDIREKTOR],
    });
    await expect(navleder.getByRole("link", { name: "Skriv referat nå" }), "a held meeting shows the minutes forms at once").toHaveCount(0);

    // --- Attendance, minutes, a decision -------------------------------------------------------------
    await navleder.getByText("Registrer oppmøte", { exact: true }).click();
    const attendance = navleder.getByRole("form", { name: "Oppmøte" });
    for (const name of [NAVLEDER, RADMANN, FYLKESDIREKTOR]) {
      await attendance.getByRole("radiogroup", { name }).getByRole("radio", { name: "Til stede", exact: true }).check();
    }
    await expectNoA11yViolations(navleder);
    await attendance.getByRole("button", { name: "Lagre oppmøtet" }).click();
    await expect(attendance.getByRole("status").filter({ hasText: "Oppmøtet er lagret." })).toBeVisible();
    const participants = navleder.getByRole("table", { name: "Deltakere, oppmøte og godkjenning av referatet" });
    await expect(participants.getByRole("row").filter({ hasText: RADMANN })).toContainText("Til stede");

    const part = minutesOf(navleder, item);
    const minutesForm = part.getByRole("form", { name: `Referat: ${item}` });
    await minutesForm.getByRole("textbox", { name: "Referat" }).fill(minutes);
    await minutesForm.getByRole("button", { name: `Lagre referatet for ${item}` }).click();
    await expect(minutesForm.getByRole("status").filter({ hasText: "Lagret." })).toBeVisible();
    await addDecision(navleder, item, decision);
    await expectNoA11yViolations(navleder);

    // --- Sent for approval; the owners present approve: the rådmann after a remark, then the fylkesdirektør --
    const minutesSection = navleder.getByRole("region", { name: "Referat", exact: true });
    await minutesSection.getByRole("button", { name: "Send referatet til godkjenning" }).click();
    await expect(minutesSection.getByRole("status").filter({ hasText: "Referatet er sendt til godkjenning." })).toBeVisible();
    const waitingFor = minutesSection.getByText(/^Referatet er sendt til godkjenning\. Venter på: /);
    for (const name of [RADMANN, FYLKESDIREKTOR]) await expect(waitingFor).toContainText(name);
    await expect(part.getByRole("textbox", { name: "Referat" }), "minutes on approval are not edited").toHaveCount(0);
    await expectNoA11yViolations(navleder);

    const radmann = await pageAs("radmann");
    await radmann.goto("/");
    const waiting = radmann
      .getByRole("region", { name: "Dette venter på deg" })
      .getByRole("link", { name: `Referatet fra «${meetingTitle}» 9.9.2025 (${OFFICE}) venter på din godkjenning` });
    await expect(waiting).toBeVisible();
    await waiting.click();
    await expect(radmann).toHaveURL(`${meetingPath}#referat-godkjenning`);
    await expect(radmann.getByText("Referatet venter på din godkjenning.", { exact: false })).toBeVisible();
    await expect(minutesOf(radmann, item)).toContainText(minutes);
    await expectNoA11yViolations(radmann);

    // «Jeg har merknader»: a required comment, no approval.
    const remark = `Vedtaket bør si hvem som legger fram tallene (${run}).`;
    await (await hydrated(radmann.getByRole("button", { name: "Jeg har merknader", exact: true }))).click();
    const remarkDialog = radmann.getByRole("dialog", { name: "Merknader til referatet" });
    await remarkDialog.getByRole("button", { name: "Send merknadene" }).click();
    await expect(remarkDialog.getByRole("link", { name: "Skriv hva du mener bør endres. Merknaden må fylles ut." })).toBeVisible();
    await remarkDialog.getByRole("textbox", { name: "Hva bør endres i referatet?" }).fill(remark);
    await expectNoA11yViolations(radmann);
    await remarkDialog.getByRole("button", { name: "Send merknadene" }).click();
    await expect(remarkDialog).toBeHidden();
    await expect(radmann.getByRole("status").filter({ hasText: "Merknadene er sendt til Nav-lederen." })).toBeVisible();
    const radmannRow = radmann.getByRole("table", { name: "Deltakere, oppmøte og godkjenning av referatet" }).getByRole("row").filter({ hasText: RADMANN });
    await expect(radmannRow).toContainText("Har merknader, ikke godkjent");
    await expect(radmann.getByText("Du har merknader til referatet, og det venter fortsatt på din godkjenning.", { exact: false })).toBeVisible();
    await expectNoA11yViolations(radmann);

    await radmann.goto("/");
    const stillWaiting = radmann
      .getByRole("region", { name: "Dette venter på deg" })
      .getByRole("link", { name: `Du har merknader til referatet fra «${meetingTitle}» 9.9.2025 (${OFFICE}). Det venter fortsatt på din godkjenning` });
    await expect(stillWaiting).toBeVisible();
    await expectNoA11yViolations(radmann);

    // The Nav-leder sees the remark on the meeting page; the minutes are not locked by it.
    await navleder.reload();
    const remarks = navleder.getByRole("region", { name: "Merknader til referatet" });
    await expect(remarks).toContainText(remark);
    await expect(remarks).toContainText(`${RADMANN} ·`);
    await expect(remarks).toContainText("har ikke godkjent");
    await expect(minutesSection.getByText(/^Referatet er sendt til godkjenning\. Venter på: /)).toContainText(RADMANN);
    await expectNoA11yViolations(navleder);

    // Later the rådmann approves after all.
    await stillWaiting.click();
    await expect(radmann).toHaveURL(`${meetingPath}#referat-godkjenning`);
    await (await hydrated(radmann.getByRole("button", { name: "Godkjenn referatet", exact: true }))).click();
    await expect(radmann.getByRole("status").filter({ hasText: "Du har godkjent referatet." })).toBeVisible();
    await expectNoA11yViolations(radmann);

    const fylkesdirektor = await pageAs("fylkesdirektor");
    await fylkesdirektor.goto(meetingPath);
    await expect(fylkesdirektor.getByRole("heading", { level: 1, name: meetingTitle })).toBeVisible();
    await expect(fylkesdirektor.getByText(`Venter på: ${FYLKESDIREKTOR}.`, { exact: false })).toBeVisible();
    await (await hydrated(fylkesdirektor.getByRole("button", { name: "Godkjenn referatet", exact: true }))).click();
    await expect(fylkesdirektor.getByText(/^Referatet ble godkjent av alle som var til stede .* og er låst\./)).toBeVisible();
    await expect(fylkesdirektor.getByRole("button", { name: "Godkjenn referatet", exact: true })).toHaveCount(0);
    await expect(fylkesdirektor.getByRole("button", { name: "Jeg har merknader", exact: true })).toHaveCount(0);
    await expect(fylkesdirektor.getByRole("region", { name: "Merknader til referatet" })).toContainText("har godkjent referatet etterpå");
    await expectNoA11yViolations(fylkesdirektor);

    // --- Locked: nothing to edit, but a dated correction beside the text ---------------------------------
    await navleder.reload();
    await expect(navleder.getByText(/og er låst\./)).toBeVisible();
    await expect(part).toContainText(minutes);
    await expect(part.getByRole("textbox", { name: "Referat" })).toHaveCount(0);
    await expect(navleder.getByRole("button", { name: /^Legg til vedtak/ })).toHaveCount(0);
    await expect(navleder.getByRole("button", { name: /^Endre/ })).toHaveCount(0);
    await expect(navleder.getByRole("button", { name: "Endre tid, sted og deltakere" })).toHaveCount(0);
    await (await hydrated(navleder.getByRole("button", { name: "Legg til rettelse" }))).click();
    const correctionForm = navleder.getByRole("form", { name: "Legg til rettelse" });
    await correctionForm.getByRole("combobox", { name: "Gjelder" }).selectOption({ label: item });
    await correctionForm.getByRole("textbox", { name: "Rettelse" }).fill(correction);
    await expectNoA11yViolations(navleder);
    await correctionForm.getByRole("button", { name: "Lagre rettelsen" }).click();
    await expect(correctionForm).toHaveCount(0);
    const shown = part.getByRole("listitem").filter({ hasText: correction });
    await expect(shown).toContainText(/^Rettelse \d{1,2}\.\d{1,2}\.\d{4}:/);
    await expect(shown).toContainText(`Lagt til av ${NAVLEDER}`);
    await expect(part).toContainText(minutes);
    await expectNoA11yViolations(navleder);

    // --- The referat as PDF ----------------------------------------------------------------------------
    const pdf = await bytesOf(await download(navleder, navleder.getByRole("link", { name: "Referat (PDF)" })), /^referat-grimstad-2025-09-09\.pdf$/);
    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    expect(text).toContain(item);
    expect(text).toContain(decision);
  });

  test("a template event the fylkesdirektør adds reaches a year started afterwards; a copy Grimstad changed itself keeps its changes", async ({
    pageAs,
  }) => {
    const YEAR = 2029;
    const added = `Regional fagdag (${run})`;
    const responsible = `Kommunedirektøren og fylkesdirektøren (${run})`;
    const medarbeidersamtale = "Medarbeidersamtale med Nav-lederen";

    // --- The fylkesdirektør adds one event and changes another in the Agder template ---------------------
    const fylkesdirektor = await pageAs("fylkesdirektor");
    await fylkesdirektor.goto("/fylke/agder");
    const template = fylkesdirektor.getByRole("region", { name: "Årshjul-mal for partnerskapene" });
    await expect(template.getByRole("listitem").filter({ hasText: "Felles ledersamling i Nav Agder" })).toBeVisible();
    await expectNoA11yViolations(fylkesdirektor);

    await (await hydrated(template.getByRole("button", { name: "Legg til hendelse i malen" }))).click();
    const form = template.getByRole("form", { name: "Ny hendelse i malen" });
    await form.getByRole("textbox", { name: "Tittel" }).fill(added);
    await form.getByRole("combobox", { name: "Ring i årshjulet" }).selectOption({ label: "U – Utvikling" });
    await form.getByRole("combobox", { name: "Måned", exact: true }).selectOption({ label: "Juni" });
    await form.getByRole("textbox", { name: "Dag (valgfritt)", exact: true }).fill("10");
    await form.getByRole("textbox", { name: "Ansvarlig (valgfritt)" }).fill("Nav Agder");
    await expectNoA11yViolations(fylkesdirektor);
    await form.getByRole("button", { name: "Legg til i malen" }).click();
    await expect(form).toHaveCount(0);
    await expect(template.getByRole("status").filter({ hasText: "Hendelsen er lagt til i malen" })).toBeVisible();
    await expect(template.getByRole("listitem").filter({ hasText: added })).toBeVisible();

    await template.getByRole("button", { name: `Endre «${medarbeidersamtale}»` }).click();
    const edit = template.getByRole("form", { name: `Endre «${medarbeidersamtale}» i malen` });
    await edit.getByRole("textbox", { name: "Ansvarlig (valgfritt)" }).fill(responsible);
    await edit.getByRole("button", { name: "Lagre", exact: true }).click();
    await expect(edit).toHaveCount(0);
    await expect(template.getByRole("status").filter({ hasText: "Endringen er lagret i malen." })).toBeVisible();
    await expect(template.getByRole("listitem").filter({ hasText: medarbeidersamtale })).toContainText(`Ansvarlig: ${responsible}`);
    await expectNoA11yViolations(fylkesdirektor);

    // --- Grimstad starts 2029: both changes are there ----------------------------------------------------
    const navleder = await pageAs("navleder");
    await openWheel(navleder, YEAR);
    await startWheel(navleder, YEAR);
    const copy = entry(navleder, `Juni ${YEAR}`, added);
    await expect(copy).toContainText(`10.6.${YEAR} · Utvikling`);
    await expect(copy).toContainText(FROM_TEMPLATE);
    await expect(entry(navleder, `November ${YEAR}`, medarbeidersamtale)).toContainText(`Ansvarlig: ${responsible}`);
    await expectNoA11yViolations(navleder);

    // --- Grimstad moved its 2026 medarbeidersamtale itself: the template change passed it by ---------------
    await openWheel(navleder, 2026);
    const customised = entry(navleder, "November 2026", medarbeidersamtale);
    await expect(customised).toContainText("18.11.2026");
    await expect(customised).toContainText("Ansvarlig: Kommunedirektør Per Haugland, forankret med fylkesdirektøren");
    await expect(customised).toContainText(`${FROM_TEMPLATE}, endret lokalt`);
    await expect(customised).not.toContainText(responsible);
    await expectNoA11yViolations(navleder);
  });

  test("on a phone the årshjul is the month list, with nothing running off the side of the screen", async ({ browser }) => {
    const context = await browser.newContext({
      storageState: storageStateFor("navleder"),
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      await openWheel(page, 2026);
      await expect(page.getByRole("heading", { level: 2, name: "Hendelser måned for måned" })).toBeVisible();
      await expect(month(page, "Januar 2026")).toBeVisible();
      await expect(entry(page, "September 2026", "Felles ledersamling i Nav Agder")).toBeVisible();
      await expect(page.getByRole("figure")).toBeHidden();
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
      await expectNoA11yViolations(page);
    } finally {
      await context.close();
    }
  });
});
