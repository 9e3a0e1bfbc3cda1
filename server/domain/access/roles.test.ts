import { describe, expect, it } from "vitest";
import { roles } from "~/db/schema/enums";
import { roleInfo } from "~/lib/roles";
import { canViewPartnership } from "./roles";

describe("roles", () => {
  it("lets anyone with a role view, and nobody without one", () => {
    expect(canViewPartnership({ partnershipId: "p", roles: ["avdelingsleder"] })).toBe(true);
    expect(canViewPartnership({ partnershipId: "p", roles: [] })).toBe(false);
  });

  it("places every partnership and fylke role on a side", () => {
    for (const role of roles) {
      const { scope, side } = roleInfo[role];
      if (scope === "global") expect(side).toBeNull();
      else expect(["stat", "kommune", "kontor"]).toContain(side);
    }
  });
});
