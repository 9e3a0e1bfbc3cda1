import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { createTestDatabase, makeUser } from "~/test/factories";
import { unsubscribeUrl } from "./links";
import { deliveryFor } from "./preferences";
import { unsubscribeResponse } from "./unsubscribe-http";

const SECRET = "s".repeat(64);
let db: Database;
let person: Awaited<ReturnType<typeof makeUser>>;

beforeEach(async () => {
  db = await createTestDatabase();
  person = await makeUser(db, { name: "Kari Eier" });
});

const link = () => unsubscribeUrl(person.id, "plan_comment", SECRET);

describe("one-click unsubscribe", () => {
  it("asks first on GET, changing nothing, with a form that posts back to the same link", async () => {
    const response = await unsubscribeResponse(db, new Request(link()), SECRET);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain("Kommentar på et punkt i virksomhetsplanen");
    const action = /<form method="post" action="([^"]+)">/.exec(html)![1]!.replace(/&amp;/g, "&");
    expect(new URL(action, link()).toString()).toBe(link());
    expect(await deliveryFor(db, person.id, "plan_comment")).toBe("digest");
  });

  it("turns the kind off on the provider's POST, without a session or our origin", async () => {
    const response = await unsubscribeResponse(
      db,
      new Request(link(), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example.com" },
        body: "List-Unsubscribe=One-Click",
      }),
      SECRET,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Du får ikke lenger e-post om «Kommentar på et punkt i virksomhetsplanen»");
    expect(await deliveryFor(db, person.id, "plan_comment")).toBe("off");
    // Only that kind.
    expect(await deliveryFor(db, person.id, "plan_published")).toBe("digest");
  });

  it("refuses a link that is not signed by the app, or names no one we know, and changes nothing", async () => {
    const forged = unsubscribeUrl(person.id, "plan_comment", "x".repeat(64));
    for (const url of [forged, "http://localhost:3000/api/varsler/avmeld", unsubscribeUrl("someone-else", "plan_comment", SECRET)]) {
      const response = await unsubscribeResponse(db, new Request(url, { method: "POST", body: "List-Unsubscribe=One-Click" }), SECRET);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("Lenken virker ikke");
    }
    expect(await deliveryFor(db, person.id, "plan_comment")).toBe("digest");
  });
});
