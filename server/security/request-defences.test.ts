/**
 * Issue 20, points 2, 6 and 7, through the route handlers as a browser or a script reaches them:
 * batches and bodies are capped before anything is parsed or run, a request from another origin
 * (another site, or a page on another port of the same host) changes nothing even with the
 * victim's cookie, and tRPC answers are never cached.
 */
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "~/db/client";
import { auditEvent, calendarToken, meeting, user } from "~/db/schema";
import { grantRole, makeFylke, makePartnership } from "~/test/factories";
import { GET, POST } from "~/app/api/trpc/[trpc]/route";
import { POST as authPost } from "~/app/api/auth/[...all]/route";
import { POST as importPost } from "~/app/(app)/partnerskap/[slug]/virksomhetsplan/[ar]/import/route";
import { auth } from "~/server/auth/auth";
import { ORIGIN, signedInCookie } from "~/test/http";
import { DEFAULT_TRPC_MAX_BODY_BYTES } from "./request-limits";
import { DEFAULT_TRPC_MAX_BATCH } from "~/lib/limits";
import { FOREIGN_ORIGIN_MESSAGE, MISSING_ORIGIN_MESSAGE } from "./same-origin";
import { BODY_TOO_LARGE_MESSAGE, NOT_JSON_MESSAGE, TOO_MANY_CALLS_MESSAGE } from "./trpc-guard";

const PASSWORD = "riktig-passord-123";
let cookie: string;
let leaderId: string;

beforeAll(async () => {
  const db = getDb();
  const office = await makePartnership(db, (await makeFylke(db, { slug: "agder" })).id, { slug: "grimstad" });
  cookie = await signedInCookie("navleder@test.no", PASSWORD);
  leaderId = (await db.select().from(user).where(eq(user.email, "navleder@test.no")).limit(1))[0]!.id;
  await grantRole(db, leaderId, "nav_leder", { partnershipId: office.id });
});

const meetingInput = (title: string) => ({
  partnership: "grimstad",
  title,
  date: `${new Date().getFullYear() + 1}-03-16`,
  startTime: "09:00",
  endTime: "11:00",
  place: "Rådhuset",
  participantUserIds: [leaderId],
  standardAgenda: true,
});

const counts = async () => {
  const db = getDb();
  return {
    meetings: (await db.select().from(meeting)).length,
    audit: (await db.select().from(auditEvent)).length,
    calendarTokens: (await db.select().from(calendarToken)).length,
  };
};

let before: Awaited<ReturnType<typeof counts>>;
beforeEach(async () => {
  before = await counts();
});

/** A POST to /api/trpc as the app's own page would send it, unless `headers` says otherwise. */
function trpcPost(path: string, body: BodyInit | null, headers: Record<string, string> = {}, search = "") {
  return POST(
    new Request(`${ORIGIN}/api/trpc/${path}${search}`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: ORIGIN, "sec-fetch-site": "same-origin", ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    }),
  );
}

const messageOf = async (response: Response) => ((await response.json()) as { error: { json: { message: string } } }).error.json.message;

/**
 * A body of `total` bytes of JSON-looking text, handed over in 64 KiB chunks as it is asked for;
 * `pulled()` tells how much the server read.
 */
function meteredBody(total: number) {
  let sent = 0;
  const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

describe("batch and body limits", () => {
  it(`refuses a batch of 1 000 moter.create at once, creating no meeting`, async () => {
    const paths = Array.from({ length: 1000 }, () => "meeting.create").join(",");
    const inputs = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [i, { json: meetingInput(`Møte ${i}`) }]));
    const started = performance.now();
    const response = await trpcPost(paths, JSON.stringify(inputs), {}, "?batch=1");
    expect(performance.now() - started).toBeLessThan(500);
    expect(response.status).toBe(400);
    expect(await messageOf(response)).toBe(TOO_MANY_CALLS_MESSAGE);
    expect(await counts()).toEqual(before);
  });

  it(`still runs a batch of ${DEFAULT_TRPC_MAX_BATCH}`, async () => {
    const paths = Array.from({ length: DEFAULT_TRPC_MAX_BATCH }, () => "meeting.create").join(",");
    const inputs = Object.fromEntries(Array.from({ length: DEFAULT_TRPC_MAX_BATCH }, (_, i) => [i, { json: meetingInput(`Møte ${i}`) }]));
    const response = await trpcPost(paths, JSON.stringify(inputs), {}, "?batch=1");
    expect(response.status).toBe(200);
    expect((await counts()).meetings).toBe(before.meetings + DEFAULT_TRPC_MAX_BATCH);
  });

  it("refuses a batch of too many queries sent as GET too", async () => {
    const paths = Array.from({ length: DEFAULT_TRPC_MAX_BATCH + 1 }, () => "dashboard.get").join(",");
    const response = await GET(new Request(`${ORIGIN}/api/trpc/${paths}?batch=1&input=%7B%7D`, { headers: { cookie } }));
    expect(response.status).toBe(400);
  });

  it("refuses a 10 MB body that declares its length with 413 without reading it", async () => {
    const body = meteredBody(10 * 1024 * 1024);
    const response = await trpcPost("meeting.create", body.stream, { "content-length": String(10 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(await messageOf(response)).toBe(BODY_TOO_LARGE_MESSAGE);
    // The stream is asked for its first chunk when the request is built, and no more.
    expect(body.pulled()).toBeLessThanOrEqual(2 * 64 * 1024);
    expect(await counts()).toEqual(before);
  });

  it("refuses a 10 MB body sent without a length (chunked) after reading no more than the limit", async () => {
    const body = meteredBody(10 * 1024 * 1024);
    const response = await trpcPost("meeting.create", body.stream);
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(DEFAULT_TRPC_MAX_BODY_BYTES + 2 * 64 * 1024);
    expect(await counts()).toEqual(before);
  });

  it("refuses a 10 MB JSON body quickly", async () => {
    const big = JSON.stringify({ json: { ...meetingInput("Stort"), place: "x".repeat(10 * 1024 * 1024) } });
    const started = performance.now();
    const response = await trpcPost("meeting.create", big);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(response.status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  it("lets the plan import procedures, and only them, send a spreadsheet-sized body", async () => {
    const threeMegabytes = JSON.stringify({ json: { partnership: "grimstad", versionId: "x", file: "A".repeat(3 * 1024 * 1024) } });
    const importCall = await trpcPost("businessPlan.previewImport", threeMegabytes);
    // Past the size check: refused by the procedure itself (no such plan version), not for size.
    expect(importCall.status).not.toBe(413);
    expect(importCall.status).toBeLessThan(500);
    const otherCall = await trpcPost("meeting.create", threeMegabytes);
    expect(otherCall.status).toBe(413);
  });
});

describe("requests from another origin", () => {
  const subscribe = (headers: Record<string, string>) => trpcPost("annualCycle.subscribe", JSON.stringify({ json: null }), headers);

  it("creates a calendar subscription from the app's own page", async () => {
    const response = await subscribe({});
    expect(response.status).toBe(200);
    expect((await counts()).calendarTokens).toBe(before.calendarTokens + 1);
  });

  it.each([
    ["another site", { origin: "https://angriper.example", "sec-fetch-site": "cross-site" }],
    ["a page on another port of the same host", { origin: "http://localhost:3001", "sec-fetch-site": "same-site" }],
    ["another port, saying only Origin", { origin: "http://localhost:3001", "sec-fetch-site": "" }],
    ["a sandboxed frame (Origin: null)", { origin: "null", "sec-fetch-site": "cross-site" }],
  ])("refuses a JSON mutation with the victim's cookie from %s, changing nothing", async (_label, headers) => {
    const clean = Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== ""));
    const request = new Request(`${ORIGIN}/api/trpc/annualCycle.subscribe`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", ...clean },
      body: JSON.stringify({ json: null }),
    });
    const response = await POST(request);
    expect(response.status).toBe(403);
    expect(await messageOf(response)).toBe(FOREIGN_ORIGIN_MESSAGE);
    expect(await counts()).toEqual(before);
  });

  it("refuses a mutation that says neither Origin nor Sec-Fetch-Site", async () => {
    const request = new Request(`${ORIGIN}/api/trpc/annualCycle.subscribe`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ json: null }),
    });
    const response = await POST(request);
    expect(response.status).toBe(403);
    expect(await messageOf(response)).toBe(MISSING_ORIGIN_MESSAGE);
    expect(await counts()).toEqual(before);
  });

  it("refuses a multipart form posted from another site, and a multipart or text/plain one from our own", async () => {
    const form = () => {
      const data = new FormData();
      data.set("0", JSON.stringify({ json: meetingInput("Fra et skjema") }));
      return data;
    };
    const foreign = await POST(
      new Request(`${ORIGIN}/api/trpc/meeting.create`, { method: "POST", headers: { cookie, origin: "https://angriper.example" }, body: form() }),
    );
    expect(foreign.status).toBe(403);

    const ownMultipart = await POST(
      new Request(`${ORIGIN}/api/trpc/meeting.create`, { method: "POST", headers: { cookie, origin: ORIGIN }, body: form() }),
    );
    expect(ownMultipart.status).toBe(415);
    expect(await messageOf(ownMultipart)).toBe(NOT_JSON_MESSAGE);

    const textPlain = await trpcPost("meeting.create", JSON.stringify({ json: meetingInput("Som tekst") }), { "content-type": "text/plain" });
    expect(textPlain.status).toBe(415);
    const nynorsk = await trpcPost("meeting.create", "{}", { "content-type": "text/plain", cookie: `${cookie}; sprak=nn` });
    expect(await messageOf(nynorsk)).toBe("Førespurnaden må sendast som JSON frå Partnerskapsrommet.");
    expect(await counts()).toEqual(before);
  });

  it("still answers queries (GET) without an Origin: reading changes nothing", async () => {
    const response = await GET(new Request(`${ORIGIN}/api/trpc/annualCycle.subscriptions`, { headers: { cookie } }));
    expect(response.status).toBe(200);
  });

  it("refuses sign-out from another origin, and the session stays valid", async () => {
    const own = await signedInCookie("utlogging@test.no", PASSWORD);
    const foreign = await authPost(
      new Request(`${ORIGIN}/api/auth/sign-out`, {
        method: "POST",
        headers: { cookie: own, "content-type": "application/json", origin: "http://localhost:3001", "sec-fetch-site": "same-site" },
        body: "{}",
      }),
    );
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { message: string }).message).toBe(FOREIGN_ORIGIN_MESSAGE);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: own }) })).not.toBeNull();
  });

  it("refuses sign-in from another origin without setting a cookie, and accepts it from ours", async () => {
    const signIn = (origin: string) =>
      authPost(
        new Request(`${ORIGIN}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin, "x-forwarded-for": "203.0.113.77" },
          body: JSON.stringify({ email: "navleder@test.no", password: PASSWORD }),
        }),
      );
    const foreign = await signIn("https://angriper.example");
    expect(foreign.status).toBe(403);
    expect(foreign.headers.getSetCookie()).toEqual([]);
    expect((await signIn(ORIGIN)).status).toBe(200);
  });

  it("refuses a plan import posted from another site before reading the file", async () => {
    const data = new FormData();
    data.set("versjon", "x");
    data.set("fil", new File([new Uint8Array(10)], "plan.xlsx"));
    const response = await importPost(
      new Request(`${ORIGIN}/partnerskap/grimstad/virksomhetsplan/2027/import`, {
        method: "POST",
        headers: { cookie, origin: "https://angriper.example", "sec-fetch-site": "cross-site" },
        body: data,
      }),
      { params: Promise.resolve({ slug: "grimstad", ar: "2027" }) },
    );
    expect(response.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("refuses a plan import body larger than a file may be, even without a length", async () => {
    const body = meteredBody(20 * 1024 * 1024);
    const response = await importPost(
      new Request(`${ORIGIN}/partnerskap/grimstad/virksomhetsplan/2027/import`, {
        method: "POST",
        headers: { cookie, origin: ORIGIN, "content-type": "multipart/form-data; boundary=x" },
        body: body.stream,
        duplex: "half",
      } as RequestInit),
      { params: Promise.resolve({ slug: "grimstad", ar: "2027" }) },
    );
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThan(6 * 1024 * 1024);
  });
});

describe("tRPC answers", () => {
  it("are never cached: queries, mutations and refusals", async () => {
    const query = await GET(new Request(`${ORIGIN}/api/trpc/annualCycle.subscriptions`, { headers: { cookie } }));
    const mutation = await trpcPost("annualCycle.subscribe", JSON.stringify({ json: null }));
    const refused = await trpcPost("annualCycle.subscribe", JSON.stringify({ json: null }), { origin: "https://angriper.example" });
    for (const response of [query, mutation, refused]) expect(response.headers.get("cache-control")?.split(", ")).toContain("no-store");
  });

  it("leave small answers uncompressed (no-transform, which Next's gzip honours)", async () => {
    const query = await GET(new Request(`${ORIGIN}/api/trpc/annualCycle.subscriptions`, { headers: { cookie } }));
    expect(query.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(await query.json()).toHaveProperty("result.data.json");
  });
});
