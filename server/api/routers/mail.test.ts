import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { mailOutbox } from "~/db/schema";
import { enqueueMail } from "~/server/mail/outbox";
import { OUTBOX_PAGE_SIZE } from "~/server/mail/admin-view";
import { createTestDatabase, makeFylke, makePartnership, makePersonWithRole } from "~/test/factories";
import { callerFor, refusal } from "~/test/caller";

let db: Database;
let admin: ReturnType<typeof callerFor>;

const mail = (to: string) => ({ userId: null, to, subject: `Til ${to}`, html: "<p>Hei</p>", text: "Hei" });

beforeEach(async () => {
  db = await createTestDatabase();
  admin = callerFor(db, await makePersonWithRole(db, "admin"));
});

describe("the outbox for administrators", () => {
  it("is for administrators only", async () => {
    const fylke = await makeFylke(db);
    const office = await makePartnership(db, fylke.id);
    const id = (await enqueueMail(db, mail("a@test.no")))!.id;
    await db.update(mailOutbox).set({ status: "failed" }).where(eq(mailOutbox.id, id));
    for (const caller of [
      callerFor(db, await makePersonWithRole(db, "nav_leder", { partnershipId: office.id })),
      callerFor(db, await makePersonWithRole(db, "fylkesdirektor", { fylkeId: fylke.id })),
      callerFor(db, null),
    ]) {
      // Called one at a time: a refusal made before it is awaited would surface as an unhandled rejection.
      for (const call of [() => caller.mail.outbox({}), () => caller.mail.message({ id }), () => caller.mail.resend({ id })]) {
        expect(["FORBIDDEN", "UNAUTHORIZED"]).toContain((await refusal(call())).code);
      }
    }
    expect((await db.select().from(mailOutbox).limit(1))[0]!.status).toBe("failed");
  });

  it("counts per status, filters and pages, newest first", async () => {
    for (let i = 0; i < OUTBOX_PAGE_SIZE + 3; i++) await enqueueMail(db, mail(`p${i}@test.no`), new Date(Date.UTC(2027, 2, 5, 0, i)));
    const failed = (await enqueueMail(db, mail("feil@test.no"), new Date(Date.UTC(2027, 2, 6)), { smtp: true }))!;
    await db.update(mailOutbox).set({ status: "failed", lastError: "550 Mailbox unavailable", attempts: 1 }).where(eq(mailOutbox.id, failed.id));

    const all = await admin.mail.outbox({});
    expect(all.smtpConfigured).toBe(false);
    expect(all.counts).toMatchObject({ all: OUTBOX_PAGE_SIZE + 4, kept: OUTBOX_PAGE_SIZE + 3, failed: 1, sent: 0, waiting: 0, sending: 0 });
    expect(all.list).toMatchObject({ total: OUTBOX_PAGE_SIZE + 4, pageCount: 2, page: 1 });
    expect(all.list.messages).toHaveLength(OUTBOX_PAGE_SIZE);
    expect(all.list.messages[0]).toMatchObject({ to: "feil@test.no", status: "failed", lastError: "550 Mailbox unavailable" });
    expect((await admin.mail.outbox({ page: 2 })).list.messages).toHaveLength(4);
    expect((await admin.mail.outbox({ page: 99 })).list.page).toBe(2);
    const onlyFailed = await admin.mail.outbox({ status: "failed" });
    expect(onlyFailed.list.messages.map((m) => m.to)).toEqual(["feil@test.no"]);
  });

  it("shows one message whole, and refuses an unknown one in Norwegian", async () => {
    const queued = (await enqueueMail(db, { ...mail("a@test.no"), ics: { filename: "mote.ics", content: "BEGIN:VCALENDAR", method: "REQUEST" } }))!;
    const message = await admin.mail.message({ id: queued.id });
    expect(message).toMatchObject({ to: "a@test.no", text: "Hei", html: "<p>Hei</p>", status: "kept", calendar: { filename: "mote.ics", method: "REQUEST" } });
    expect(message.messageId).toBe(`<${queued.idempotencyKey}@partnerskapsrommet.invalid>`);
    expect(await refusal(admin.mail.message({ id: "finnes-ikke" }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("resends a failed mail, and only a failed one", async () => {
    const queued = (await enqueueMail(db, mail("a@test.no"), new Date(), { smtp: true }))!;
    expect(await refusal(admin.mail.resend({ id: queued.id }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Bare e-post som har feilet, kan sendes på nytt. Last siden på nytt for å se statusen nå."],
    });
    await db.update(mailOutbox).set({ status: "failed", attempts: 6 }).where(eq(mailOutbox.id, queued.id));
    expect(await admin.mail.resend({ id: queued.id })).toEqual({ resent: true });
    expect((await db.select().from(mailOutbox).limit(1))[0]).toMatchObject({ status: "waiting", attempts: 0 });
    expect(await refusal(admin.mail.resend({ id: "" }))).toMatchObject({ code: "BAD_REQUEST" });
  });
});
