/**
 * The API answers in the caller's language (ADR 0018): field errors from the input rules, the
 * scope refusals and zod's own fallbacks come out in nynorsk for ctx.locale "nn", and stay
 * byte-identical bokmål otherwise.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Database } from "~/db/connection";
import type { Locale } from "~/lib/i18n/locales";
import { createCaller } from "~/server/api/root";
import { createTestDatabase, makeFylke, makePartnership, makePersonWithRole } from "~/test/factories";
import { refusal, sessionUserOf } from "~/test/caller";
import { inLocale } from "./locale-scope";
import "./zod-locale";

let db: Database;
let leader: Awaited<ReturnType<typeof makePersonWithRole>>;

beforeEach(async () => {
  db = await createTestDatabase();
  const fylkeId = (await makeFylke(db, { slug: "agder" })).id;
  const home = await makePartnership(db, fylkeId, { slug: "grimstad" });
  await makePartnership(db, fylkeId, { slug: "arendal" });
  leader = await makePersonWithRole(db, "nav_leder", { partnershipId: home.id });
});

const callerIn = (locale: Locale | undefined, person: typeof leader | null = leader) =>
  createCaller({ db, user: person ? sessionUserOf(person) : null, locale });

const badDetails = { partnership: "grimstad", version: "en", statePositions: "mye" } as unknown as Parameters<
  ReturnType<typeof callerIn>["partnership"]["updateDetails"]
>[0];

describe("field errors", () => {
  it("are nynorsk for a nynorsk caller", async () => {
    const { code, messages } = await refusal(callerIn("nn").partnership.updateDetails(badDetails));
    expect(code).toBe("BAD_REQUEST");
    expect(messages).toContain("Manglar versjon.");
    expect(messages).toContain("Statlege årsverk må vere eit tal, til dømes 12,6.");
  });

  it("stay bokmål, word for word, for a bokmål caller and one who named no language", async () => {
    for (const locale of ["nb", undefined] as const) {
      const { messages } = await refusal(callerIn(locale).partnership.updateDetails(badDetails));
      expect(messages).toContain("Mangler versjon.");
      expect(messages).toContain("Statlige årsverk må være et tall, for eksempel 12,6.");
    }
  });

  it("do not leak into the next caller's language", async () => {
    const [nynorsk, bokmal] = await Promise.all([
      refusal(callerIn("nn").partnership.updateDetails(badDetails)),
      refusal(callerIn("nb").partnership.updateDetails(badDetails)),
    ]);
    expect(nynorsk.messages).toContain("Manglar versjon.");
    expect(bokmal.messages).toContain("Mangler versjon.");
  });
});

describe("refusals", () => {
  it("are nynorsk for a partnership, an admin page and an anonymous caller", async () => {
    expect(await refusal(callerIn("nn").partnership.overview({ partnership: "arendal" }))).toEqual({
      code: "FORBIDDEN",
      messages: ["Du har inga rolle i dette partnarskapet."],
    });
    expect(await refusal(callerIn("nn").partnership.overview({ partnership: "finst-ikkje" }))).toEqual({
      code: "NOT_FOUND",
      messages: ["Fann ikkje partnarskapet."],
    });
    expect(await refusal(callerIn("nn").admin.partnerships({ page: 1 }))).toEqual({
      code: "FORBIDDEN",
      messages: ["Berre administratorar har tilgang til dette."],
    });
    expect(await refusal(callerIn("nn", null).dashboard.get())).toEqual({ code: "UNAUTHORIZED", messages: ["Du må logge inn først."] });
  });

  it("stay bokmål for a bokmål caller", async () => {
    expect((await refusal(callerIn("nb").partnership.overview({ partnership: "arendal" }))).messages).toEqual([
      "Du har ingen rolle i dette partnerskapet.",
    ]);
  });
});

describe("zod's own messages", () => {
  it("follow the language of the request being checked", () => {
    const schema = z.object({ count: z.number() });
    expect(inLocale("nn", () => schema.safeParse({ count: "tre" }).error?.issues[0]?.message)).toMatch(/forventa/);
    expect(inLocale("nb", () => schema.safeParse({ count: "tre" }).error?.issues[0]?.message)).toMatch(/forventet/);
  });
});
