import { describe, expect, it } from "vitest";
import { roles } from "~/db/schema/enums";
import { canEditPartnership, canViewPartnership, roleInfo, type Role } from "./roles";

const access = (...held: Role[]) => ({ partnershipId: "p", roles: held });

describe("partnership permissions", () => {
  it("lets the Nav-leder, the owners and their delegates edit", () => {
    for (const role of ["nav_leder", "kommunal_eier", "kommunal_delegat", "fylkesdirektor", "fylkesstab"] as const) {
      expect(canEditPartnership(access(role))).toBe(true);
    }
  });

  it("gives avdelingsleder read access only", () => {
    expect(canViewPartnership(access("avdelingsleder"))).toBe(true);
    expect(canEditPartnership(access("avdelingsleder"))).toBe(false);
  });

  it("gives nothing to someone without a role", () => {
    expect(canViewPartnership(access())).toBe(false);
    expect(canEditPartnership(access())).toBe(false);
  });

  it("places every partnership and fylke role on a side", () => {
    for (const role of roles) {
      const { scope, side } = roleInfo[role];
      if (scope === "global") expect(side).toBeNull();
      else expect(["stat", "kommune", "kontor"]).toContain(side);
    }
  });
});
