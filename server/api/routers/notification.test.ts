import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { inTransaction, type Database } from "~/db/connection";
import { notification } from "~/db/schema";
import { PAGE_SIZE } from "~/server/domain/notifications/inbox";
import { notify } from "~/server/domain/notifications/notify";
import { callerFor, refusal } from "~/test/caller";
import { grimstadCast, type User } from "~/test/cast";
import { createTestDatabase } from "~/test/factories";

let db: Database;
let cast: Awaited<ReturnType<typeof grimstadCast>>;
let eier: User;
let direktor: User;

beforeEach(async () => {
  db = await createTestDatabase();
  cast = await grimstadCast(db);
  ({ eier, direktor } = cast);
});

const call = (u: User | null) => callerFor(db, u).notification;

async function tell(to: User[], title: string, at: Date) {
  await inTransaction(db, (tx) =>
    notify(tx, null, { kind: "plan_comment", recipientUserIds: to.map((u) => u.id), partnershipId: cast.home.id, title, link: "/partnerskap/grimstad" }, at),
  );
}

const idOf = async (u: User, title: string) =>
  (await db.select().from(notification).where(eq(notification.userId, u.id))).find((n) => n.title === title)!.id;

describe("notification router", () => {
  it("lists only the person's own notifications, newest first, with the Oslo day each belongs to", async () => {
    await tell([eier, direktor], "Første", new Date("2027-03-01T22:30:00Z"));
    await tell([eier], "Andre", new Date("2027-03-02T08:00:00Z"));
    const page = await call(eier).list({});
    expect(page.items.map((i) => [i.title, i.day, i.unread, i.officeName])).toEqual([
      ["Andre", "2027-03-02", true, "Nav Grimstad"],
      // 22:30 UTC is 23:30 in Oslo: still the 1st there.
      ["Første", "2027-03-01", true, "Nav Grimstad"],
    ]);
    expect((await call(direktor).list({})).items.map((i) => i.title)).toEqual(["Første"]);
    expect(await call(eier).unreadCount()).toBe(2);
  });

  it("marks one read and says where it points; another person's notification is not found and stays unread", async () => {
    await tell([eier, direktor], "Felles", new Date("2027-03-01T10:00:00Z"));
    const mine = await idOf(eier, "Felles");
    const theirs = await idOf(direktor, "Felles");
    expect(await call(eier).markRead({ id: mine })).toEqual({ link: "/partnerskap/grimstad" });
    expect(await call(eier).unreadCount()).toBe(0);
    expect(await refusal(call(eier).markRead({ id: theirs }))).toEqual({ code: "NOT_FOUND", messages: ["Fant ikke varselet."] });
    expect(await call(direktor).unreadCount()).toBe(1);
    expect((await refusal(call(eier).markRead({ id: "" }))).code).toBe("BAD_REQUEST");
  });

  it("marks all the person's own read, nobody else's", async () => {
    await tell([eier, direktor], "En", new Date("2027-03-01T10:00:00Z"));
    await tell([eier], "To", new Date("2027-03-01T11:00:00Z"));
    expect(await call(eier).markAllRead()).toEqual({ marked: 2 });
    expect(await call(eier).unreadCount()).toBe(0);
    expect(await call(direktor).unreadCount()).toBe(1);
  });

  it("pages the list", async () => {
    for (let i = 0; i < PAGE_SIZE + 2; i++) await tell([eier], `Varsel ${i}`, new Date(Date.UTC(2027, 2, 1, 0, i)));
    const first = await call(eier).list({ page: 1 });
    expect([first.items.length, first.hasMore]).toEqual([PAGE_SIZE, true]);
    const second = await call(eier).list({ page: 2 });
    expect(second.items.map((i) => i.title)).toEqual(["Varsel 1", "Varsel 0"]);
    expect(second.hasMore).toBe(false);
    expect((await refusal(call(eier).list({ page: 0 }))).code).toBe("BAD_REQUEST");
  });

  it("keeps each person's e-mail choices their own, and refuses an unknown kind or delivery in Norwegian", async () => {
    expect((await call(eier).deliveries()).find((d) => d.kind === "plan_comment")).toEqual({ kind: "plan_comment", delivery: "digest" });
    await call(eier).setDelivery({ kind: "plan_comment", delivery: "off" });
    expect((await call(eier).deliveries()).find((d) => d.kind === "plan_comment")!.delivery).toBe("off");
    expect((await call(direktor).deliveries()).find((d) => d.kind === "plan_comment")!.delivery).toBe("digest");
    expect(await refusal(call(eier).setDelivery({ kind: "nope" as never, delivery: "off" }))).toEqual({ code: "BAD_REQUEST", messages: ["Ukjent varseltype."] });
    expect((await refusal(call(eier).setDelivery({ kind: "plan_comment", delivery: "weekly" as never }))).code).toBe("BAD_REQUEST");
  });

  it("refuses anyone not signed in", async () => {
    expect((await refusal(call(null).unreadCount())).code).toBe("UNAUTHORIZED");
    expect((await refusal(call(null).list({}))).code).toBe("UNAUTHORIZED");
    expect((await refusal(call(null).markAllRead())).code).toBe("UNAUTHORIZED");
  });
});
