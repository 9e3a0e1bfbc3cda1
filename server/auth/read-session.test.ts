import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "~/db/client";
import { session } from "~/db/schema";
import { signedInCookie } from "~/test/http";
import { auth, AUTH_SECRET } from "./auth";
import { readSessionUser } from "./read-session";

const read = (cookie: string, now?: Date) => readSessionUser(getDb(), new Headers({ cookie }), AUTH_SECRET, now);

describe("readSessionUser", () => {
  it("finds the person behind a cookie better-auth issued", async () => {
    const cookie = await signedInCookie("les@test.no");
    expect(await read(cookie)).toMatchObject({ email: "les@test.no" });
  });

  it("refuses a cookie whose token was changed or whose signature is wrong", async () => {
    const cookie = await signedInCookie("fusk@test.no");
    const [name, value] = cookie.split("=") as [string, string];
    const decoded = decodeURIComponent(value);
    const dot = decoded.lastIndexOf(".");
    const changedFirst = decoded.startsWith("x") ? "y" : "x";
    const otherToken = `${name}=${encodeURIComponent(`${changedFirst}${decoded.slice(1, dot)}${decoded.slice(dot)}`)}`;
    const otherSignature = `${name}=${encodeURIComponent(`${decoded.slice(0, dot)}.${"A".repeat(43)}=`)}`;
    expect(await read(otherToken)).toBeNull();
    expect(await read(otherSignature)).toBeNull();
    expect(await read("")).toBeNull();
  });

  it("stops working the moment the person signs out", async () => {
    const cookie = await signedInCookie("ut@test.no");
    const response = await auth.api.signOut({ headers: new Headers({ cookie }), asResponse: true });
    expect(response.status).toBe(200);
    expect(await read(cookie)).toBeNull();
  });

  it("refuses an expired session", async () => {
    const cookie = await signedInCookie("gammel@test.no");
    const token = decodeURIComponent(cookie.split("=")[1]!).split(".")[0]!;
    const expiresAt = (await getDb().select().from(session).where(eq(session.token, token)).limit(1))[0]!.expiresAt;
    expect(await read(cookie, new Date(expiresAt.getTime() - 1000))).not.toBeNull();
    expect(await read(cookie, new Date(expiresAt.getTime() + 1000))).toBeNull();
  });
});
