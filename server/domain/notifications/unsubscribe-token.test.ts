import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "a".repeat(64);
const claim = { userId: "0b9f3c1e-6a4d-4e0b-9c1a-2f5e8d7c6b5a", kind: "plan_comment" } as const;

describe("unsubscribe token", () => {
  it("reads back who and which kind it was made for", () => {
    const token = createUnsubscribeToken(SECRET, claim);
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual(claim);
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it("refuses a token signed with another secret", () => {
    const token = createUnsubscribeToken("b".repeat(64), claim);
    expect(verifyUnsubscribeToken(SECRET, token)).toBeNull();
  });

  it("refuses a token whose person or kind was changed", () => {
    const token = createUnsubscribeToken(SECRET, claim);
    const [, kind, signature] = token.split(".");
    expect(verifyUnsubscribeToken(SECRET, `11111111-6a4d-4e0b-9c1a-2f5e8d7c6b5a.${kind}.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `${claim.userId}.plan_published.${signature}`)).toBeNull();
  });

  it("refuses malformed tokens and unknown kinds", () => {
    for (const bad of [null, undefined, "", "abc", "a.b", "a.b.c.d", `${claim.userId}.no_such_kind.xyz`, "x".repeat(400)]) {
      expect(verifyUnsubscribeToken(SECRET, bad)).toBeNull();
    }
    const token = createUnsubscribeToken(SECRET, claim);
    expect(verifyUnsubscribeToken(SECRET, token.slice(0, -2))).toBeNull();
  });
});
