/**
 * Notifications in the recipient's language (ADR 0018): a person in a nynorsk kommune, or one who
 * chose nynorsk, gets the row, the mail and the digest in nynorsk; the others in bokmål.
 */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { inTransaction, type Database } from "~/db/connection";
import { kommune, mailOutbox, notification, user } from "~/db/schema";
import { text } from "~/lib/i18n/text";
import { sendDueDigests } from "~/server/mail/digest";
import { grimstadCast, type User } from "~/test/cast";
import { createTestDatabase } from "~/test/factories";
import { unsubscribeUrl } from "./links";
import { notify } from "./notify";
import { setDelivery } from "./preferences";
import { unsubscribeResponse } from "./unsubscribe-http";

let db: Database;
let cast: Awaited<ReturnType<typeof grimstadCast>>;
let leder: User;
let eier: User;
let direktor: User;

const NOW = new Date("2027-03-01T09:00:00Z");
const BOKMAL_ONLY = /(?<!\p{L})(ikke|hvordan|hva|hvilke|fra|bare|noen|velg|venter|sammendrag)(?!\p{L})/iu;

beforeEach(async () => {
  db = await createTestDatabase();
  cast = await grimstadCast(db);
  ({ leder, eier, direktor } = cast);
  // Grimstad writes nynorsk here: its rådmann and the office's people default to it.
  await db.update(kommune).set({ malform: "nynorsk" }).where(eq(kommune.id, cast.grimstadId));
});

const sendForApproval = () =>
  inTransaction(db, (tx) =>
    notify(
      tx,
      { userId: leder.id },
      {
        kind: "plan_sent_for_approval",
        recipientUserIds: [eier.id, direktor.id],
        partnershipId: cast.home.id,
        title: text("mail.plan.sentTitle", { year: 2027, office: "Nav Grimstad" }),
        link: "/partnerskap/grimstad/virksomhetsplan/2027",
        intro: text("mail.plan.sentIntro"),
        reason: text("mail.plan.sentReason"),
      },
      NOW,
    ),
  );

const rowOf = async (u: User) => (await db.select().from(notification).where(eq(notification.userId, u.id)))[0]!;
const mailTo = async (u: User) => (await db.select().from(mailOutbox).where(eq(mailOutbox.userId, u.id)))[0]!;

describe("a notification in the recipient's language", () => {
  it("is nynorsk for a person whose kommune has målform nynorsk, bokmål for one without", async () => {
    await sendForApproval();

    const nynorsk = await mailTo(eier);
    expect(nynorsk.subject).toBe("Verksemdsplanen 2027 for Nav Grimstad ventar på godkjenninga di");
    expect(nynorsk.html).toMatch(/^<!DOCTYPE html>\n<html lang="nn"/);
    expect(nynorsk.text).toContain("Hei, Kari Eier.");
    expect(nynorsk.text).toContain("Les planen og godkjenn han, eller send han tilbake med ein kommentar om kva som må endrast.");
    expect(nynorsk.text).toContain("Opne i Partnerskapsrommet:");
    expect(nynorsk.text).toContain("Du får denne e-posten fordi du fyller ein av eigarplassane som godkjenner verksemdsplanen.");
    expect(nynorsk.text).toContain("Varseltypen er «Ein verksemdsplan ventar på godkjenninga di».");
    expect(nynorsk.text).toContain("Vel kva varsel du får på e-post:");
    expect(nynorsk.text).not.toMatch(BOKMAL_ONLY);
    expect(nynorsk.html).not.toMatch(BOKMAL_ONLY);
    // The row for /varsler is theirs alone: stored as they read it.
    expect((await rowOf(eier)).title).toBe(nynorsk.subject);

    const bokmal = await mailTo(direktor);
    expect(bokmal.subject).toBe("Virksomhetsplanen 2027 for Nav Grimstad venter på din godkjenning");
    expect(bokmal.html).toMatch(/^<!DOCTYPE html>\n<html lang="nb"/);
    expect(bokmal.text).toContain("Åpne i Partnerskapsrommet:");
    expect((await rowOf(direktor)).title).toBe(bokmal.subject);
  });

  it("follows the person's own choice over the kommune's målform", async () => {
    await db.update(user).set({ language: "nn" }).where(eq(user.id, direktor.id));
    await db.update(user).set({ language: "nb" }).where(eq(user.id, eier.id));
    await sendForApproval();
    expect((await mailTo(direktor)).subject).toBe("Verksemdsplanen 2027 for Nav Grimstad ventar på godkjenninga di");
    expect((await mailTo(eier)).subject).toBe("Virksomhetsplanen 2027 for Nav Grimstad venter på din godkjenning");
  });

  it("gives a nynorsk digest to a nynorsk reader", async () => {
    await setDelivery(db, eier.id, "plan_sent_for_approval", "digest");
    await sendForApproval();
    expect(await sendDueDigests(db, new Date("2027-03-02T06:30:00Z"), { smtp: false, unsubscribeUrl: () => "https://x.no/avmeld" })).toBe(1);
    const digest = (await db.select().from(mailOutbox).where(eq(mailOutbox.idempotencyKey, `digest.${eier.id}.2027-03-02`)))[0]!;
    expect(digest.subject).toBe("Samandrag frå Partnerskapsrommet 2.3.2027: 1 nytt varsel");
    expect(digest.html).toMatch(/<html lang="nn"/);
    expect(digest.text).toContain("Dette har skjedd sidan sist (1 nytt varsel)");
    expect(digest.text).toContain("Verksemdsplanen 2027 for Nav Grimstad ventar på godkjenninga di");
    expect(digest.text).toContain("Slutt å få det daglege samandraget");
    expect(digest.text).not.toMatch(BOKMAL_ONLY);
  });

  it("asks about unsubscribing in the person's language, unless this browser chose another", async () => {
    const SECRET = "s".repeat(64);
    const link = unsubscribeUrl(eier.id, "plan_comment", SECRET);
    const html = await (await unsubscribeResponse(db, new Request(link), SECRET)).text();
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain("Slutte å få slike e-postar?");
    expect(html).toContain("«Kommentar på eit punkt i verksemdsplanen»");
    expect(html).not.toMatch(BOKMAL_ONLY);

    const chosen = await (await unsubscribeResponse(db, new Request(link, { headers: { cookie: "sprak=nb" } }), SECRET)).text();
    expect(chosen).toContain('<html lang="nb">');
    expect(chosen).toContain("Slutte å få slike e-poster?");
  });
});
