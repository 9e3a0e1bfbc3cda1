import { describe, expect, it } from "vitest";
import type { AgreementPartyEntry } from "~/db/schema/values";
import { renderText, text } from "~/lib/i18n/text";
import { signingProblem, signingState } from "./signing";

const parties: AgreementPartyEntry[] = [
  { userId: "eier", party: "kommune", name: "Kari Kommune", title: "Kommunedirektør" },
  { userId: "fylke", party: "stat", name: "Sigurd Stat", title: "Fylkesdirektør" },
  { userId: "leder", party: "kontor", name: "Nora Leder", title: "Nav-leder" },
];
const ids = parties.map((p) => p.userId);

/** Every order of the three signers. */
const orders = (list: string[]): string[][] =>
  list.length <= 1 ? [list] : list.flatMap((first, i) => orders(list.filter((_, j) => j !== i)).map((rest) => [first, ...rest]));

/** Signs one after the other as the domain does: ask signingProblem, then add the signature. */
function signInOrder(order: string[]) {
  const signatures: { userId: string }[] = [];
  const completeAfter: boolean[] = [];
  for (const userId of order) {
    expect(signingProblem("utkast", parties, signatures, userId)).toBeNull();
    signatures.push({ userId });
    completeAfter.push(signingState(parties, signatures).complete);
  }
  return completeAfter;
}

describe("signingState", () => {
  it("is complete after all three, in any of the six orders, and not before", () => {
    const all = orders(ids);
    expect(all).toHaveLength(6);
    for (const order of all) expect(signInOrder(order)).toEqual([false, false, true]);
  });

  it("lists who is missing, in party order", () => {
    expect(signingState(parties, []).missing.map((p) => p.userId)).toEqual(["eier", "fylke", "leder"]);
    expect(signingState(parties, [{ userId: "leder" }]).missing.map((p) => p.party)).toEqual(["kommune", "stat"]);
    expect(signingState(parties, [{ userId: "fylke" }, { userId: "eier" }])).toMatchObject({
      complete: false,
      missing: [{ userId: "leder" }],
    });
  });

  it("is not complete with two of three, whichever two", () => {
    for (const left of ids) {
      const state = signingState(
        parties,
        ids.filter((id) => id !== left).map((userId) => ({ userId })),
      );
      expect(state.complete).toBe(false);
      expect(state.missing.map((p) => p.userId)).toEqual([left]);
    }
  });

  it("does not count an outsider's signature or a duplicate towards completion", () => {
    expect(signingState(parties, [{ userId: "eier" }, { userId: "fylke" }, { userId: "delegat" }]).complete).toBe(false);
    expect(signingState(parties, [{ userId: "eier" }, { userId: "eier" }, { userId: "fylke" }]).complete).toBe(false);
  });

  it("is never complete without parties", () => {
    expect(signingState([], [])).toEqual({ missing: [], complete: false });
    expect(signingState([], [{ userId: "leder" }]).complete).toBe(false);
  });

  it("needs every named party when there are two kommunal eiere (vertskommune)", () => {
    const withGuest: AgreementPartyEntry[] = [...parties, { userId: "gjest", party: "kommune", name: "Gunn Gjest", title: "Rådmann" }];
    expect(signingState(withGuest, ids.map((userId) => ({ userId }))).complete).toBe(false);
    expect(signingState(withGuest, [...ids, "gjest"].map((userId) => ({ userId }))).complete).toBe(true);
  });
});

describe("signingProblem", () => {
  it("lets each party sign a draft nobody has signed", () => {
    for (const id of ids) expect(signingProblem("utkast", parties, [], id)).toBeNull();
  });

  it("refuses a delegate or anyone not named as a party as forbidden", () => {
    const problem = signingProblem("utkast", parties, [], "delegat");
    expect(problem?.kind).toBe("forbidden");
    expect(renderText(problem!.message, "nb")).toMatch(/Delegater kan utforme avtalen, men ikke signere/);
    expect(renderText(problem!.message, "nn")).toMatch(/Delegatar kan utforme avtalen, men ikkje signere/);
    expect(signingProblem("utkast", parties, [{ userId: "eier" }, { userId: "fylke" }], "delegat")?.kind).toBe("forbidden");
  });

  it("refuses signing twice", () => {
    const problem = signingProblem("utkast", parties, [{ userId: "leder" }], "leder");
    expect(problem).toEqual({ kind: "invalid", message: text("agreement.errors.alreadySigned") });
    // The others may still sign.
    expect(signingProblem("utkast", parties, [{ userId: "leder" }], "eier")).toBeNull();
  });

  it("refuses any signature on a signed version, even from a party", () => {
    const all = ids.map((userId) => ({ userId }));
    for (const id of ids) {
      const problem = signingProblem("signert", parties, all, id);
      expect(problem?.kind).toBe("invalid");
      expect(renderText(problem!.message, "nb")).toMatch(/allerede signert av alle/);
    }
    expect(signingProblem("signert", parties, [], "eier")?.kind).toBe("invalid");
  });

  it("refuses everyone when there are no parties", () => {
    expect(signingProblem("utkast", [], [], "leder")?.kind).toBe("forbidden");
  });

  it("starts over on an amendment: a new version has no signatures, so everyone signs again", () => {
    const signedBefore = ids.map((userId) => ({ userId }));
    expect(signingState(parties, signedBefore).complete).toBe(true);
    const amendment = signingState(parties, []);
    expect(amendment.complete).toBe(false);
    expect(amendment.missing).toHaveLength(3);
    for (const id of ids) expect(signingProblem("utkast", parties, [], id)).toBeNull();
  });
});
