import { describe, expect, it } from "vitest";
import { allPresentApproved, approveRefusal, carriedFollowUps, editRefusal, isOverdue, linkInput, LOCKED_MESSAGE, meetingDateInput, meetingYearRange, pendingApprovers, sendMinutesRefusal, timeInput, timeOrderProblem } from "./rules";
import { addMinutes, buildStandardAgenda, standardAgenda } from "./standard-agenda";
import { renderText, type Text } from "~/lib/i18n/text";
import { inLocale } from "~/server/api/locale-scope";

/** A refusal as a bokmål reader sees it (null stays null). */
const nb = (refusal: Text | null) => (refusal ? renderText(refusal, "nb") : null);

describe("standard agenda", () => {
  it("has the items a good partnerskapsmøte covers, in order, ending with eventuelt", () => {
    expect(standardAgenda.map((i) => i.key)).toEqual([
      "virksomhetsplan",
      "resultater",
      "mulighetsrom",
      "utfordringsbilde",
      "politiske_signaler",
      "tjenesteportefolje",
      "eventuelt",
    ]);
    expect(buildStandardAgenda(null).find((i) => i.standardKey === "utfordringsbilde")!.title).toContain("for et halvt år siden – i dag – fremover");
  });

  it("is written in the language of the person who creates the meeting", () => {
    const nn = buildStandardAgenda(null, "nn");
    expect(nn[0]).toMatchObject({ title: "Status på verksemdsplanen", responsible: "Nav-leiar" });
    expect(nn.at(-1)).toMatchObject({ title: "Eventuelt", description: "", responsible: "" });
  });

  it("counts the times from the meeting's start, and leaves them empty without one", () => {
    const items = buildStandardAgenda("09:00");
    expect(items.map((i) => i.time)).toEqual(["09:00", "09:20", "09:40", "09:55", "10:20", "10:35", "10:45"]);
    expect(items.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(buildStandardAgenda(null).every((i) => i.time === null)).toBe(true);
  });

  it("never runs an agenda past midnight", () => {
    expect(addMinutes("23:50", 30)).toBe("23:59");
    expect(addMinutes("08:45", 20)).toBe("09:05");
  });
});

describe("dates and times", () => {
  const { max } = meetingYearRange();

  it("accepts meeting dates from 2006 to two years ahead", () => {
    expect(meetingDateInput.safeParse("2006-01-01").success).toBe(true);
    expect(meetingDateInput.safeParse(`${max}-12-31`).success).toBe(true);
  });

  it("refuses years outside the range, impossible dates and other formats, in Norwegian", () => {
    const message = (v: unknown) => meetingDateInput.safeParse(v).error?.issues[0]?.message;
    expect(message("2005-12-31")).toBe(`Møtedatoen må være i et år mellom 2006 og ${max}.`);
    expect(message(`${max + 1}-01-01`)).toBe(`Møtedatoen må være i et år mellom 2006 og ${max}.`);
    expect(message("2026-02-30")).toBe("Møtedatoen må være en dato som finnes.");
    expect(message("20.10.2026")).toBe("Møtedatoen må være en gyldig dato (d.m.åååå).");
    expect(message(42)).toBe("Møtedatoen må være en dato.");
  });

  it("reads times as hh:mm, accepting 9:30 and 09.30, and empty as none", () => {
    const time = timeInput("meetings.labels.startTime");
    expect(time.parse("09:30")).toBe("09:30");
    expect(time.parse("9:30")).toBe("09:30");
    expect(time.parse("09.30")).toBe("09:30");
    expect(time.parse("")).toBeNull();
    expect(time.parse(null)).toBeNull();
    for (const bad of ["24:00", "12:60", "kl 9", "0930", "9"]) {
      expect(time.safeParse(bad).error?.issues[0]?.message).toBe("Starttidspunktet må skrives som tt:mm, for eksempel 09:30.");
    }
  });

  it("refuses an end before the start, or an end without a start", () => {
    expect(nb(timeOrderProblem("10:00", "09:59"))).toBe("Møtet kan ikke slutte før det starter.");
    expect(nb(timeOrderProblem(null, "10:00"))).toBe("Fyll ut når møtet starter, eller fjern sluttidspunktet.");
    expect(timeOrderProblem("10:00", "10:00")).toBeNull();
    expect(timeOrderProblem("10:00", null)).toBeNull();
  });

  it("takes only http and https links", () => {
    expect(linkInput.safeParse({ title: "Budsjett", url: "https://grimstad.kommune.no/budsjett" }).success).toBe(true);
    for (const url of ["javascript:alert(1)", "ftp://x.no/a", "www.nav.no", "https://"]) {
      expect(linkInput.safeParse({ title: "x", url }).error?.issues[0]?.message).toBe("Lenken må begynne med http:// eller https://.");
    }
  });
});

const draft = { status: "innkalt" as const, minutesStatus: "utkast" as const, minutesLockedAt: null };
const present = (userId: string, approved = false) => ({ userId, attended: true, minutesApprovedAt: approved ? new Date() : null, mayApprove: true });
const absent = (userId: string) => ({ userId, attended: false, minutesApprovedAt: null, mayApprove: true });
/** Present, but their role does not approve minutes (the Nav-leder who wrote them, an avdelingsleder). */
const presentWriter = (userId: string) => ({ userId, attended: true, minutesApprovedAt: null, mayApprove: false });

describe("minutes approval and lock", () => {
  it("locks when every participant present has approved; absent ones do not block", () => {
    expect(allPresentApproved([present("a", true), present("b", true), absent("c")])).toBe(true);
    expect(allPresentApproved([present("a", true), present("b")])).toBe(false);
    expect(pendingApprovers([present("a", true), present("b"), absent("c")]).map((p) => p.userId)).toEqual(["b"]);
    expect(allPresentApproved([absent("c")])).toBe(false);
  });

  it("waits only for the approvers present: the Nav-leder who wrote the minutes does not block them", () => {
    expect(allPresentApproved([present("owner", true), presentWriter("leader")])).toBe(true);
    expect(pendingApprovers([present("owner"), presentWriter("leader")]).map((p) => p.userId)).toEqual(["owner"]);
    expect(allPresentApproved([presentWriter("leader")])).toBe(false);
  });

  it("refuses sending minutes no owner present can approve, and approval by a role that does not approve", () => {
    expect(nb(sendMinutesRefusal(draft, [presentWriter("leader"), absent("owner")]))).toMatch(/eierne/);
    const onApproval = { ...draft, status: "holdt" as const, minutesStatus: "til_godkjenning" as const };
    expect(nb(approveRefusal(onApproval, presentWriter("leader")))).toMatch(/eierne/);
  });

  it("needs attendance for everyone, and someone present, before the minutes go for approval", () => {
    expect(nb(sendMinutesRefusal(draft, [present("a"), { userId: "b", attended: null, minutesApprovedAt: null, mayApprove: true }]))).toMatch(/Registrer oppmøte/);
    expect(nb(sendMinutesRefusal(draft, [absent("a")]))).toMatch(/Minst én deltaker/);
    expect(sendMinutesRefusal(draft, [present("a"), absent("b")])).toBeNull();
  });

  it("lets only participants present approve, once, while the minutes are on approval", () => {
    const onApproval = { ...draft, status: "holdt" as const, minutesStatus: "til_godkjenning" as const };
    expect(approveRefusal(onApproval, present("a"))).toBeNull();
    expect(nb(approveRefusal(onApproval, absent("a")))).toMatch(/til stede/);
    expect(nb(approveRefusal(onApproval, undefined))).toMatch(/til stede/);
    expect(renderText(approveRefusal(onApproval, undefined)!, "nn")).toBe(
      "Referatet blir godkjent av eigarane og stadfortredarane deira som var til stades på møtet.",
    );
    expect(nb(approveRefusal(onApproval, present("a", true)))).toBe("Du har allerede godkjent referatet.");
    expect(nb(approveRefusal(draft, present("a")))).toBe("Referatet er ikke sendt til godkjenning ennå.");
  });

  it("refuses edits on approval and after the lock, pointing locked minutes to «Legg til rettelse»", () => {
    expect(editRefusal(draft)).toBeNull();
    expect(nb(editRefusal({ ...draft, minutesStatus: "til_godkjenning" }))).toMatch(/Trekk det tilbake/);
    expect(nb(editRefusal({ ...draft, minutesStatus: "godkjent", minutesLockedAt: new Date() }))).toBe(nb(LOCKED_MESSAGE));
    expect(nb(LOCKED_MESSAGE)).toContain("«Legg til rettelse»");
    expect(renderText(LOCKED_MESSAGE, "nn")).toBe(
      "Referatet er godkjent og låst. Det kan ikkje endrast lenger, men du kan bruke «Legg til retting» for å rette noko.",
    );
    expect(nb(editRefusal({ ...draft, status: "avlyst" }))).toMatch(/avlyst/);
  });
});

describe("follow-ups carried to the next agenda", () => {
  const f = (id: string, meetingId: string, meetingDate: string, status: "apen" | "pagar" | "lukket", deadline: string | null = null) => ({
    id,
    meetingId,
    meetingDate,
    status,
    deadline,
  });
  const all = [
    f("open-april", "april", "2026-04-21", "apen", "2026-09-01"),
    f("ongoing-april", "april", "2026-04-21", "pagar", "2026-06-01"),
    f("closed-april", "april", "2026-04-21", "lukket"),
    f("open-october", "october", "2026-10-20", "apen", "2027-02-01"),
  ];

  it("lists every open follow-up from earlier meetings, soonest deadline first; closed ones drop off", () => {
    expect(carriedFollowUps(all, { id: "october", date: "2026-10-20" }).map((x) => x.id)).toEqual(["ongoing-april", "open-april"]);
    expect(carriedFollowUps(all, { id: "spring", date: "2027-03-16" }).map((x) => x.id)).toEqual([
      "ongoing-april",
      "open-april",
      "open-october",
    ]);
  });

  it("does not carry a meeting's own follow-ups, nor later meetings' into an earlier one", () => {
    expect(carriedFollowUps(all, { id: "april", date: "2026-04-21" })).toEqual([]);
  });

  it("marks open follow-ups past their deadline as overdue", () => {
    expect(isOverdue({ status: "apen", deadline: "2026-09-01" }, "2026-09-02")).toBe(true);
    expect(isOverdue({ status: "apen", deadline: "2026-09-01" }, "2026-09-01")).toBe(false);
    expect(isOverdue({ status: "lukket", deadline: "2026-09-01" }, "2026-12-01")).toBe(false);
    expect(isOverdue({ status: "pagar", deadline: null }, "2026-12-01")).toBe(false);
  });
});

describe("input messages", () => {
  it("are written in the language of the request being checked", () => {
    const bad = { title: "x", url: "ftp://example.org" };
    expect(linkInput.safeParse(bad).error?.issues[0]?.message).toBe("Lenken må begynne med http:// eller https://.");
    expect(inLocale("nn", () => linkInput.safeParse(bad).error?.issues[0]?.message)).toBe("Lenkja må byrje med http:// eller https://.");
    expect(inLocale("nn", () => timeInput("meetings.labels.startTime").safeParse("25:00").error?.issues[0]?.message)).toBe(
      "Starttidspunktet må skrivast som tt:mm, til dømes 09:30.",
    );
  });
});
