import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { auditEvent, roleAssignment, user } from "~/db/schema";
import { createTestDatabase, makeFylke, makePartnership, makeUser } from "~/test/factories";
import { acceptInvitationsByProvider, invitedName, invitePerson } from "./invitations";
import { decideProviderSignIn, providerSignInFacts, type ProviderSignInFacts } from "./provider-sign-in";

const known: ProviderSignInFacts = { person: { deactivatedAt: null }, hasOpenInvitation: false };
const nobody: ProviderSignInFacts = { person: null, hasOpenInvitation: false };
const invited: ProviderSignInFacts = { person: null, hasOpenInvitation: true };
const identity = (action: "create-user" | "link-account" | "sign-in", claims: Record<string, unknown> = { tid: "nav" }) => ({
  action,
  email: "kari@nav.no",
  claims,
});

describe("decideProviderSignIn", () => {
  it("lets a known, active person in, whether linking the provider the first time or signing in again", () => {
    expect(decideProviderSignIn(identity("link-account"), ["nav"], known)).toBeNull();
    expect(decideProviderSignIn(identity("sign-in"), ["nav"], known)).toBeNull();
  });

  it("creates a person only for an open invitation to the e-mail", () => {
    expect(decideProviderSignIn(identity("create-user"), ["nav"], invited)).toBeNull();
    expect(decideProviderSignIn(identity("create-user"), ["nav"], nobody)).toBe("unknown_email");
  });

  it("refuses a tenant that is not allowed before believing its e-mail, also for a known person", () => {
    expect(decideProviderSignIn(identity("sign-in", { tid: "elsewhere" }), ["nav", "grimstad"], known)).toBe("wrong_tenant");
    expect(decideProviderSignIn(identity("create-user", {}), ["nav"], invited)).toBe("wrong_tenant");
    // No tenant list: the issuer alone decides (ID-porten, Ansattporten).
    expect(decideProviderSignIn(identity("sign-in", {}), [], known)).toBeNull();
  });

  it("refuses a deactivated person and an identity without e-mail", () => {
    expect(decideProviderSignIn(identity("sign-in"), [], { person: { deactivatedAt: new Date() }, hasOpenInvitation: false })).toBe(
      "account_deactivated",
    );
    expect(decideProviderSignIn({ ...identity("create-user"), email: "" }, [], invited)).toBe("no_email");
  });
});

describe("providerSignInFacts and acceptInvitationsByProvider", () => {
  let db: Database;
  let admin: Awaited<ReturnType<typeof makeUser>>;
  let partnershipId: string;
  beforeEach(async () => {
    db = await createTestDatabase();
    admin = await makeUser(db);
    partnershipId = (await makePartnership(db, (await makeFylke(db)).id)).id;
  });

  it("matches the e-mail case-insensitively and sees only open invitations", async () => {
    const now = new Date("2026-12-02T10:00:00Z");
    await invitePerson(db, { userId: admin.id }, { name: "Ola", email: "Ola@Kommune.no", role: "kommunal_eier", partnershipId }, now);
    expect(await providerSignInFacts(db, "ola@kommune.NO", now)).toEqual({ person: null, hasOpenInvitation: true });
    // Fifteen days later the invitation has expired.
    expect((await providerSignInFacts(db, "ola@kommune.no", new Date("2026-12-17T11:00:00Z"))).hasOpenInvitation).toBe(false);
    expect((await providerSignInFacts(db, admin.email, now)).person).toEqual({ deactivatedAt: null });
    // A provider that sends no name: the invitation's name is used.
    expect(await invitedName(db, "ola@kommune.no", now)).toBe("Ola");
    expect(await invitedName(db, "ukjent@kommune.no", now)).toBeNull();
  });

  it("uses every open invitation to the address once, granting each role with an audit trail", async () => {
    const other = (await makePartnership(db, (await makeFylke(db)).id)).id;
    await invitePerson(db, { userId: admin.id }, { name: "Ola", email: "ola@kommune.no", role: "kommunal_eier", partnershipId });
    await invitePerson(db, { userId: admin.id }, { name: "Ola", email: "ola@kommune.no", role: "kommunal_eier", partnershipId: other });
    const ola = await makeUser(db, { email: "ola@kommune.no" });

    expect(await acceptInvitationsByProvider(db, ola)).toBe(2);
    const roles = await db.select().from(roleAssignment).where(eq(roleAssignment.userId, ola.id));
    expect(roles.map((r) => r.partnershipId).sort()).toEqual([partnershipId, other].sort());
    expect(await db.select().from(auditEvent).where(eq(auditEvent.actorUserId, ola.id))).toHaveLength(4);

    // A second sign-in finds nothing left to accept.
    expect(await acceptInvitationsByProvider(db, ola)).toBe(0);
    expect((await providerSignInFacts(db, ola.email)).hasOpenInvitation).toBe(false);
    expect(await db.select().from(user).where(eq(user.email, "ola@kommune.no"))).toHaveLength(1);
  });
});
