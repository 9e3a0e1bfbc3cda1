/**
 * The app invitation by e-mail (issue 16): invitePerson queues the one-time link to the invited
 * address in the same transaction as the invitation, and the administrator still gets the token.
 */
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { invitation, kommune, mailOutbox } from "~/db/schema";
import { invitePerson } from "~/server/domain/admin/invitations";
import { createTestDatabase, grantRole, makeFylke, makeKommune, makePartnership, makeUser } from "~/test/factories";

async function setup() {
  const db = await createTestDatabase();
  const admin = await makeUser(db, { name: "Admin" });
  await grantRole(db, admin.id, "admin");
  const fylke = await makeFylke(db, { name: "Agder" });
  const partnership = await makePartnership(db, fylke.id, { officeName: "Nav Grimstad" });
  return { db, admin, fylke, partnership };
}

describe("invitePerson and the invitation mail", () => {
  it("queues the one-time link to the invited address, kept without SMTP_URL", async () => {
    const { db, admin, partnership } = await setup();
    const now = new Date("2027-03-05T10:00:00Z");
    const result = await invitePerson(db, { userId: admin.id }, { name: "Kari Kommune", email: "Kari@Grimstad.Kommune.no", role: "kommunal_eier", partnershipId: partnership.id }, now);
    expect(result.kind).toBe("invited");
    const token = result.kind === "invited" ? result.token : "";
    const [mail] = await db.select().from(mailOutbox);
    expect(mail).toMatchObject({ toAddress: "kari@grimstad.kommune.no", subject: "Du er invitert til Partnerskapsrommet", status: "kept", userId: null });
    expect(mail!.text).toContain(`http://localhost:3000/invitasjon/${token}`);
    expect(mail!.text).toContain("som Rådmann / kommunedirektør i Nav Grimstad");
    expect(mail!.text).toContain("gjelder til 19.3.2027, 11:00");
    expect(mail!.html).toContain(`href="http://localhost:3000/invitasjon/${token}"`);
  });

  it("names the fylke for a fylke role", async () => {
    const { db, admin, fylke } = await setup();
    await invitePerson(db, { userId: admin.id }, { name: "Stab", email: "stab@nav.no", role: "fylkesstab", fylkeId: fylke.id });
    expect((await db.select().from(mailOutbox).limit(1))[0]!.text).toContain("som Fylkesstab i Nav Agder");
  });

  it("writes nynorsk to someone invited to an office whose kommune writes nynorsk", async () => {
    const { db, admin, fylke } = await setup();
    const bykle = await makeKommune(db, fylke.id, { name: "Bykle" });
    await db.update(kommune).set({ malform: "nynorsk" }).where(eq(kommune.id, bykle.id));
    const office = await makePartnership(db, fylke.id, { officeName: "Nav Bykle", kommuneIds: [bykle.id] });
    await invitePerson(db, { userId: admin.id }, { name: "Aslaug", email: "aslaug@bykle.kommune.no", role: "kommunal_eier", partnershipId: office.id });
    const [mail] = await db.select().from(mailOutbox);
    expect(mail!.text).toContain("som Rådmann / kommunedirektør i Nav Bykle");
    expect(mail!.text).toContain("Lenkja kan brukast éin gong");
    expect(mail!.text).not.toContain("Lenken");
  });

  it("sends nothing when the person already has an account (the role is added at once)", async () => {
    const { db, admin, partnership } = await setup();
    const existing = await makeUser(db, { email: "ola@nav.no" });
    expect((await invitePerson(db, { userId: admin.id }, { name: "Ola", email: existing.email, role: "nav_leder", partnershipId: partnership.id })).kind).toBe("role_added");
    expect(await db.select().from(mailOutbox)).toHaveLength(0);
  });

  it("queues nothing when the invitation is refused", async () => {
    const { db, admin } = await setup();
    await expect(invitePerson(db, { userId: admin.id }, { name: "Ola", email: "ola@nav.no", role: "nav_leder" })).rejects.toThrow();
    expect(await db.select().from(invitation)).toHaveLength(0);
    expect(await db.select().from(mailOutbox)).toHaveLength(0);
  });
});
