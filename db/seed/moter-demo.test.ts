import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvent, followUp, meeting, partnership, user } from "~/db/schema";
import { getDashboard } from "~/server/domain/dashboard/my-partnerships";
import type { Role } from "~/lib/roles";
import { getMeeting, listMeetings } from "~/server/domain/meetings/view";
import { partnershipScope } from "~/server/domain/scope";
import { createTestDatabase } from "~/test/factories";
import { seedDemo } from "./seed-demo";
import { seedMoterDemo } from "./moter-demo";

/** Seeding the whole demo takes seconds, more on a busy machine and on PostgreSQL. */
const SEED_TIMEOUT = 120_000;

describe("partnerskapsmøter demo", () => {
  it("gives Grimstad two held meetings in 2026 and a planned one in 2027, and can run again", { timeout: SEED_TIMEOUT }, async () => {
    const db = await createTestDatabase();
    await seedDemo(db, "hash");
    await seedMoterDemo(db);
    const counts = async () => {
      const n: number[] = [];
      for (const t of [meeting, followUp, auditEvent]) n.push((await db.select({ n: count() }).from(t))[0]!.n);
      return n;
    };
    const first = await counts();
    await seedMoterDemo(db);
    expect(await counts()).toEqual(first);

    const grimstad = (await db.select().from(partnership).where(eq(partnership.slug, "grimstad")).limit(1))[0]!;
    const ref = { id: grimstad.id, fylkeId: grimstad.fylkeId, slug: "grimstad" };
    const as = (userId: string, roles: Role[]) => partnershipScope(db, userId, ref, { partnershipId: grimstad.id, roles });
    const id = async (email: string) => (await db.select().from(user).where(eq(user.email, email)).limit(1))[0]!.id;
    const list = await listMeetings(as(await id("navleder@demo.no"), ["nav_leder"]), "2026-11-23");
    expect(list.upcoming.map((m) => [m.date, m.status])).toEqual([["2027-03-16", "planlagt"]]);
    expect(list.byYear).toEqual([
      {
        year: 2026,
        meetings: [
          expect.objectContaining({ date: "2026-10-20", status: "holdt", minutesStatus: "til_godkjenning" }),
          expect.objectContaining({ date: "2026-04-21", status: "holdt", minutesStatus: "godkjent" }),
        ],
      },
    ]);
    expect(list.openFollowUps).toBe(3);

    const spring = await getMeeting(as(await id("navleder@demo.no"), ["nav_leder"]), { meetingId: list.upcoming[0]!.id }, "2026-11-23");
    expect(spring.carried.map((f) => f.ownerName)).toEqual(["Per Haugland", "Per Haugland", "Kari Nordmo"]);
    expect(spring.agenda).toHaveLength(7);

    const aprilId = list.byYear[0]!.meetings[1]!.id;
    const aprilView = await getMeeting(as(await id("radmann@demo.no"), ["kommunal_eier"]), { meetingId: aprilId }, "2026-11-23");
    expect(aprilView.meeting.minutesLockedAt).toEqual(new Date("2026-04-30T13:30:00Z"));
    expect(aprilView.agenda.find((i) => i.standardKey === "resultater")!.corrections).toHaveLength(1);
    expect(aprilView.agenda.map((i) => i.title).at(-1)).toBe("Eventuelt");

    const radmann = (await getDashboard(db, await id("radmann@demo.no"), "2026-11-23")).awaiting;
    expect(radmann.filter((a) => a.kind === "follow_up")).toHaveLength(2);
    const direktor = (await getDashboard(db, await id("fylkesdirektor@demo.no"), "2026-11-23")).awaiting;
    expect(direktor.filter((a) => a.kind === "minutes_approval")).toEqual([expect.objectContaining({ date: "2026-10-20" })]);
  });
});
