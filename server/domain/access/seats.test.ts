import { describe, expect, it } from "vitest";
import { agreementSignatoryRoles, isAskedToTransfer, kommuneSeat, requiredSeats, seatsOf, STATE_SEAT } from "./seats";

describe("seats", () => {
  it("needs one seat per kommune and the state seat", () => {
    expect(requiredSeats(["k1", "k2"])).toEqual(["kommune:k1", "kommune:k2", "stat"]);
    expect(requiredSeats(["k1"])).toEqual([kommuneSeat("k1"), STATE_SEAT]);
  });

  it("gives a vertskommune's owners the seat of the kommune they represent", () => {
    expect(seatsOf([{ role: "kommunal_eier", kommuneId: "vert" }], "vert")).toEqual(["kommune:vert"]);
    expect(seatsOf([{ role: "kommunal_delegat", kommuneId: "samarbeid" }], "vert")).toEqual(["kommune:samarbeid"]);
    expect(
      seatsOf(
        [
          { role: "kommunal_eier", kommuneId: "vert" },
          { role: "kommunal_eier", kommuneId: "samarbeid" },
        ],
        "vert",
      ).sort(),
    ).toEqual(["kommune:samarbeid", "kommune:vert"]);
  });

  it("reads a municipal role without kommune as the host kommune's", () => {
    expect(seatsOf([{ role: "kommunal_eier", kommuneId: null }], "k1")).toEqual(["kommune:k1"]);
    expect(seatsOf([{ role: "kommunal_eier", kommuneId: null }], null)).toEqual([]);
  });

  it("gives fylke roles the state seat, once", () => {
    expect(
      seatsOf(
        [
          { role: "fylkesdirektor", kommuneId: null },
          { role: "fylkesstab", kommuneId: null },
        ],
        "k1",
      ),
    ).toEqual([STATE_SEAT]);
  });

  it("gives the office and others no seat", () => {
    expect(
      seatsOf(
        [
          { role: "nav_leder", kommuneId: null },
          { role: "avdelingsleder", kommuneId: "k1" },
          { role: "admin", kommuneId: null },
        ],
        "k1",
      ),
    ).toEqual([]);
  });
});

describe("the lederavtale's signatories", () => {
  it("are the rådmann for the kommune, the fylkesdirektør for the state and the Nav-leder for the office", () => {
    expect(agreementSignatoryRoles).toEqual({ kommune: "kommunal_eier", stat: "fylkesdirektor", kontor: "nav_leder" });
  });
});

describe("whom the start page asks to take over a samling's results", () => {
  it("is the Nav-leder of the partnership itself", () => {
    expect(isAskedToTransfer({ role: "nav_leder", partnershipId: "p1" })).toBe(true);
    expect(isAskedToTransfer({ role: "kommunal_eier", partnershipId: "p1" })).toBe(false);
    expect(isAskedToTransfer({ role: "fylkesdirektor", partnershipId: null })).toBe(false);
  });
});
