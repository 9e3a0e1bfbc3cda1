/**
 * The tRPC endpoint as a browser or a script reaches it: malformed requests get
 * a 4xx with a readable Norwegian message, never a 500, and change nothing.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client";
import { auditEvent, user } from "~/db/schema";
import { grantRole, makeFylke, makePartnership } from "~/test/factories";
import { GET, POST } from "~/app/api/trpc/[trpc]/route";
import { GET as health } from "~/app/api/health/route";
import { ORIGIN, signedInCookie } from "~/test/http";
import { PAGE_LOCALE_HEADER } from "~/lib/i18n/locales";

let cookie: string;

beforeAll(async () => {
  const db = getDb();
  const fylke = await makeFylke(db, { slug: "agder" });
  const office = await makePartnership(db, fylke.id, { slug: "grimstad" });
  cookie = await signedInCookie("navleder@test.no");
  const [leader] = await db.select().from(user).where(eq(user.email, "navleder@test.no")).limit(1);
  await grantRole(db, leader!.id, "nav_leder", { partnershipId: office.id });
});

const call = (path: string, init: RequestInit & { search?: string } = {}) => {
  const request = new Request(`${ORIGIN}/api/trpc/${path}${init.search ?? ""}`, {
    ...init,
    // The app's own page sent it (server/security/same-origin.ts); security.test.ts covers foreign ones.
    headers: { cookie, "content-type": "application/json", origin: ORIGIN, ...(init.headers as Record<string, string> | undefined) },
  });
  return (init.method === "POST" ? POST : GET)(request);
};

/** The error as the client sees it (superjson wraps it in `json`). */
const errorOf = async (response: Response) => {
  const body = (await response.json()) as {
    error: { json: { message: string; data: { fieldErrors: Record<string, string> | null } } };
  };
  return body.error.json;
};

describe("tRPC over HTTP", () => {
  it("answers a well-formed query", async () => {
    const response = await call("partnership.overview", { search: `?input=${encodeURIComponent(JSON.stringify({ json: { partnership: "grimstad" } }))}` });
    expect(response.status).toBe(200);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const response = await call("partnership.addCustomService", { method: "POST", body: "{not json" });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toBe("Forespørselen kunne ikke leses.");
  });

  it("answers 400 with field messages to input of the wrong shape, and changes nothing", async () => {
    const before = (await getDb().select().from(auditEvent)).length;
    const response = await call("partnership.updateDetails", {
      method: "POST",
      body: JSON.stringify({ json: { partnership: "grimstad", version: "en", leaderModel: "tre_ledere", statePositions: "mye" } }),
    });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.data.fieldErrors).toMatchObject({
      version: "Mangler versjon.",
      leaderModel: "Velg ledermodell.",
      statePositions: "Statlige årsverk må være et tall, for eksempel 12,6.",
    });
    expect(await getDb().select().from(auditEvent)).toHaveLength(before);
  });

  it("answers in nynorsk to a browser that chose it: unreadable requests, field errors and refusals", async () => {
    const nynorsk = { cookie: `${cookie}; sprak=nn` };
    const unreadable = await call("partnership.addCustomService", { method: "POST", body: "{not json", headers: nynorsk });
    expect((await errorOf(unreadable)).message).toBe("Førespurnaden kunne ikkje lesast.");
    const wrongShape = await call("partnership.updateDetails", {
      method: "POST",
      body: JSON.stringify({ json: { partnership: "grimstad", version: "en", statePositions: "mye" } }),
      headers: nynorsk,
    });
    expect((await errorOf(wrongShape)).data.fieldErrors).toMatchObject({
      version: "Manglar versjon.",
      statePositions: "Statlege årsverk må vere eit tal, til dømes 12,6.",
    });
    const missing = await call("partnership.overview", {
      search: `?input=${encodeURIComponent(JSON.stringify({ json: { partnership: "finst-ikkje" } }))}`,
      headers: nynorsk,
    });
    expect((await errorOf(missing)).message).toBe("Fann ikkje partnarskapet.");
  });

  it("answers an anonymous nynorsk browser in nynorsk before it has a context", async () => {
    const batch = await POST(
      new Request(`${ORIGIN}/api/trpc/workshop.join,workshop.join?batch=1`, {
        method: "POST",
        headers: { cookie: "sprak=nn", "content-type": "application/json", origin: ORIGIN },
        body: JSON.stringify({ 0: { json: { code: "ZZZZZZ" } }, 1: { json: { code: "ZZZZZY" } } }),
      }),
    );
    expect(batch.status).toBe(400);
    const answers = (await batch.json()) as { error: { json: { message: string } } }[];
    expect(answers.map((answer) => answer.error.json.message)).toEqual([
      "Send éin førespurnad om gongen når du ikkje er logga inn.",
      "Send éin førespurnad om gongen når du ikkje er logga inn.",
    ]);
  });

  it("answers a page in nynorsk in its language when the browser has no cookie (a guest at a nynorsk samling)", async () => {
    const unreadable = await POST(
      new Request(`${ORIGIN}/api/trpc/workshop.join`, {
        method: "POST",
        headers: { [PAGE_LOCALE_HEADER]: "nn", "content-type": "application/json", origin: ORIGIN },
        body: "{not json",
      }),
    );
    expect((await errorOf(unreadable)).message).toBe("Førespurnaden kunne ikkje lesast.");
    const otherwise = await POST(
      new Request(`${ORIGIN}/api/trpc/workshop.join`, {
        method: "POST",
        headers: { [PAGE_LOCALE_HEADER]: "en", "content-type": "application/json", origin: ORIGIN },
        body: "{not json",
      }),
    );
    expect((await errorOf(otherwise)).message).toBe("Forespørselen kunne ikke leses.");
  });

  it.each([
    ["no input at all", "partnership.overview", ""],
    ["input that is not JSON", "partnership.overview", "?input=%7Bbroken"],
    ["an array instead of an object", "partnership.overview", `?input=${encodeURIComponent(JSON.stringify({ json: [1, 2] }))}`],
    ["a slug with path characters", "partnership.overview", `?input=${encodeURIComponent(JSON.stringify({ json: { partnership: "../admin" } }))}`],
    ["a huge page number", "admin.partnerships", `?input=${encodeURIComponent(JSON.stringify({ json: { page: 1e12 } }))}`],
  ])("answers 4xx, not 500, to %s", async (_label, path, search) => {
    const response = await call(path, { search });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it("answers 404 to a procedure that does not exist and 405 to a query sent as POST", async () => {
    expect((await call("partnership.slettAlt", { method: "POST", body: "{}" })).status).toBe(404);
    expect((await call("partnership.overview", { method: "POST", body: JSON.stringify({ json: { partnership: "grimstad" } }) })).status).toBe(405);
  });

  it("answers 401 without a session and 403 for another partnership", async () => {
    const anonymous = await GET(new Request(`${ORIGIN}/api/trpc/dashboard.get`));
    expect(anonymous.status).toBe(401);
    await makePartnership(getDb(), (await makeFylke(getDb())).id, { slug: "arendal" });
    const foreign = await call("partnership.overview", { search: `?input=${encodeURIComponent(JSON.stringify({ json: { partnership: "arendal" } }))}` });
    expect(foreign.status).toBe(403);
    expect(JSON.stringify(await foreign.json())).not.toContain("arendal\",\"officeName");
  });

  it("reports health with a real database round trip", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });
});
