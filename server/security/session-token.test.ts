import { describe, expect, it } from "vitest";
import { hashPassword } from "better-auth/crypto";
import { getDb } from "~/db/client";
import { createPasswordAccount } from "~/server/domain/admin/accounts";
import { auth } from "~/server/auth/auth";
import { ORIGIN, signIn } from "~/test/http";

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

async function person(email: string, password: string) {
  await createPasswordAccount(getDb(), { email, name: "Lars Aasen", passwordHash: await hashPassword(password) });
}

describe("the session token is only in the HttpOnly cookie", () => {
  it("is not in the JSON of the sign-in answer, and the cookie still signs in", async () => {
    await person("token@test.no", "riktig-passord-123");
    const response = await signIn("token@test.no", "riktig-passord-123");
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ user: { email: "token@test.no" } });
    expect(text).not.toMatch(/"token"/);

    const sessionCookie = response.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    expect(sessionCookie).toMatch(/HttpOnly/i);
    const token = decodeURIComponent(sessionCookie.split(";")[0]!.split("=")[1]!).split(".")[0]!;
    expect(token.length).toBeGreaterThan(10);
    expect(text).not.toContain(token);

    const session = await auth.handler(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie: cookieOf(response) } }));
    expect(session.status).toBe(200);
    const sessionText = await session.text();
    const body = JSON.parse(sessionText) as { user: { email: string }; session: { userId: string } };
    expect([body.user.email, typeof body.session.userId]).toEqual(["token@test.no", "string"]);
    expect(sessionText).not.toMatch(/"token"/);
    expect(sessionText).not.toContain(token);
  });

  it("is still there for the server's own calls", async () => {
    await person("server@test.no", "riktig-passord-123");
    const cookie = cookieOf(await signIn("server@test.no", "riktig-passord-123"));
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.session.token).toEqual(expect.any(String));
  });
});

describe("changing the password through better-auth", () => {
  const change = (cookie: string, newPassword: string) =>
    auth.handler(
      new Request(`${ORIGIN}/api/auth/change-password`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, cookie },
        body: JSON.stringify({ currentPassword: "riktig-passord-123", newPassword }),
      }),
    );

  it("follows the same password rules as the invitation, in Norwegian", async () => {
    await person("bytte@test.no", "riktig-passord-123");
    const cookie = cookieOf(await signIn("bytte@test.no", "riktig-passord-123", "203.0.113.40"));
    // better-auth allows three password changes per ten seconds from one address.
    const refused = {
      passord2024: "Passordet er for vanlig og står på lister over lekkede passord. Velg et annet.",
      "Lars-Aasen-passord": "Passordet kan ikke inneholde e-postadressen eller navnet ditt.",
    };
    for (const [password, message] of Object.entries(refused)) {
      const response = await change(cookie, password);
      expect(response.status, password).toBe(400);
      expect(await response.json()).toMatchObject({ message });
    }
    // Refused passwords were not stored: the old one still signs in.
    expect((await signIn("bytte@test.no", "riktig-passord-123", "203.0.113.41")).status).toBe(200);

    const accepted = await change(cookie, "blå-fjell-og-grønn-dal");
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).not.toMatch(/"token"/);
    expect((await signIn("bytte@test.no", "blå-fjell-og-grønn-dal", "203.0.113.42")).status).toBe(200);
  });
});
