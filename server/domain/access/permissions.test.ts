import { describe, expect, it } from "vitest";
import { can, canInFylke, partnershipPermissions, permissionsOf, type PartnershipPermission } from "./permissions";
import type { Role } from "~/lib/roles";

const everything = [...partnershipPermissions];
const without = (...left: PartnershipPermission[]) => everything.filter((p) => !left.includes(p));

describe("the role matrix", () => {
  it("lets the Nav-leder run everything except the owners' approvals", () => {
    expect(permissionsOf(["nav_leder"])).toEqual(without("businessPlan:approve", "minutes:approve"));
  });

  it("gives the owners everything the Nav-leder may, plus approving plans and minutes", () => {
    expect(permissionsOf(["kommunal_eier"])).toEqual(everything);
    expect(permissionsOf(["fylkesdirektor"])).toEqual(everything);
  });

  it("gives the stand-ins what their owner may, except signing the lederavtale and reading named answers", () => {
    expect(permissionsOf(["kommunal_delegat"])).toEqual(without("leaderAgreement:sign", "assessment:seeNames"));
    expect(permissionsOf(["fylkesstab"])).toEqual(without("leaderAgreement:sign", "assessment:seeNames"));
  });

  it("lets the avdelingsleder contribute to a draft plan and answer assessments, nothing else", () => {
    expect(permissionsOf(["avdelingsleder"])).toEqual(["businessPlan:contribute", "assessment:answer"]);
    for (const refused of ["businessPlan:manage", "annualCycle:edit", "meeting:manage", "leaderAgreement:edit", "partnership:edit"] as const) {
      expect(can(["avdelingsleder"], refused)).toBe(false);
    }
  });

  it("adds up the roles a person holds", () => {
    const both: Role[] = ["avdelingsleder", "kommunal_delegat"];
    expect(can(both, "leaderAgreement:sign")).toBe(false);
    expect(can(both, "businessPlan:approve")).toBe(true);
  });

  it("gives network and administration roles nothing in a partnership", () => {
    expect(permissionsOf(["fasilitator", "admin"])).toEqual([]);
    expect(permissionsOf([])).toEqual([]);
  });
});

describe("the fylke's own permissions", () => {
  it("lets the fylkesdirektør and the fylkesstab adjust the årshjul template, nobody else", () => {
    expect(canInFylke(["fylkesdirektor"], "annualCycleTemplate:edit")).toBe(true);
    expect(canInFylke(["fylkesstab"], "annualCycleTemplate:edit")).toBe(true);
    expect(canInFylke(["nav_leder", "kommunal_eier", "admin"], "annualCycleTemplate:edit")).toBe(false);
    expect(canInFylke([], "annualCycleTemplate:edit")).toBe(false);
  });
});
