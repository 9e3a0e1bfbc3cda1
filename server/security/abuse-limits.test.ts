/**
 * Abuse limits as a script meets them over HTTP (issue 20, findings 1 and 3): the client address
 * is the socket's, whatever X-Forwarded-For says; one address cannot guess join codes by the
 * thousand, in a batch or one by one.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST as authPost } from "~/app/api/auth/[...all]/route";
import { GET as trpcGet, POST as trpcPost } from "~/app/api/trpc/[trpc]/route";
import { getDb } from "~/db/client";
import { workshopParticipant } from "~/db/schema";
import { ANONYMOUS_BATCH_MESSAGE } from "~/server/api/context";
import { SIGN_IN_RATE_LIMIT } from "~/server/auth/auth";
import { ORIGIN, signedInCookie } from "~/test/http";
import { liveSamling, type LiveSamling } from "~/test/workshop";
import { PEER_HEADER, peerHeaderValue } from "./peer-address";

let s: LiveSamling;
beforeAll(async () => {
  s = await liveSamling(getDb());
});

/** What the server sees for a request from socket address `peer`, plus what the client sends. */
const fromPeer = (peer: string, headers: Record<string, string> = {}) => ({
  "content-type": "application/json",
  origin: ORIGIN,
  ...headers,
  [PEER_HEADER]: peerHeaderValue(peer),
});

const joinInput = (code: string) => ({ code, name: "Gjest", roleGroup: "navledere", partnershipId: s.arendal.id });
const participants = async () => (await getDb().select().from(workshopParticipant)).length;

function trpc(path: string, body: unknown, headers: Record<string, string>) {
  return trpcPost(new Request(`${ORIGIN}/api/trpc/${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

describe("sign-in limit", () => {
  it("stays in force when one address sends a new X-Forwarded-For each time", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_RATE_LIMIT.max; i++) {
      const request = new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: fromPeer("203.0.113.77", { "x-forwarded-for": `198.51.100.${i}` }),
        body: JSON.stringify({ email: `gjest-${i}@test.no`, password: "gjett-et-passord" }),
      });
      statuses.push((await authPost(request)).status);
    }
    expect(statuses.slice(0, SIGN_IN_RATE_LIMIT.max).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("live-samling join codes", () => {
  it("refuses an anonymous batch, and stores nothing, even when the right code is in it", async () => {
    const before = await participants();
    const calls = ["ZZZZZZ", "ZZZZZY", s.code];
    const response = await trpc(
      `${calls.map(() => "workshop.join").join(",")}?batch=1`,
      Object.fromEntries(calls.map((code, i) => [i, { json: joinInput(code) }])),
      fromPeer("203.0.113.80"),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { message: string } } }[];
    expect(body).toHaveLength(3);
    expect(body.every((answer) => answer.error.json.message === ANONYMOUS_BATCH_MESSAGE)).toBe(true);
    expect(await participants()).toBe(before);
  });

  it("answers one anonymous call sent in batch form, as the phone's page sends it", async () => {
    const response = await trpc("workshop.join?batch=1", { 0: { json: joinInput(s.code) } }, fromPeer("203.0.113.81"));
    expect(response.status).toBe(200);
  });

  it("lets a signed-in page batch as before", async () => {
    const cookie = await signedInCookie("batcher@test.no");
    const input = encodeURIComponent(JSON.stringify({ 0: { json: { code: s.code } }, 1: { json: { code: s.code } } }));
    const response = await trpcGet(
      new Request(`${ORIGIN}/api/trpc/workshop.joinInfo,workshop.joinInfo?batch=1&input=${input}`, { headers: fromPeer("203.0.113.82", { cookie }) }),
    );
    expect(response.status).toBe(200);
  });

  it("limits wrong codes from one address across codes, whatever X-Forwarded-For claims", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const code = `Z${"ABCDEFGHJKMNPQRSTUVWXYZ23456789"[i]}ZZZZ`;
      if (code === s.code) continue;
      const input = encodeURIComponent(JSON.stringify({ json: { code } }));
      const response = await trpcGet(
        new Request(`${ORIGIN}/api/trpc/workshop.joinInfo?input=${input}`, { headers: fromPeer("203.0.113.90", { "x-forwarded-for": `198.51.100.${i}` }) }),
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 20).every((status) => status === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // The real code is refused from that address too; another address joins.
    expect((await trpc("workshop.join", { json: joinInput(s.code) }, fromPeer("203.0.113.90"))).status).toBe(429);
    expect((await trpc("workshop.join", { json: joinInput(s.code) }, fromPeer("203.0.113.91"))).status).toBe(200);
  });
});
