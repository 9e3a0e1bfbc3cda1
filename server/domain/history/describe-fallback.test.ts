import { describe, expect, it } from "vitest";
import { describeChange } from "./describe";

describe("describeChange for rows of no known event type", () => {
  it("says that something was added, changed or removed", () => {
    expect(describeChange({ entity: "something_new", action: "create", changes: {} })).toBe("la til noe i partnerskapet");
    expect(describeChange({ entity: "something_new", action: "update", changes: {} })).toBe("gjorde en endring i partnerskapet");
    expect(describeChange({ entity: "something_new", action: "delete", changes: {} })).toBe("fjernet noe i partnerskapet");
  });

  it("does the same for an action the entity never has, and for changes that are not an object", () => {
    expect(describeChange({ entity: "minutes_correction", action: "delete", changes: { text: "x" } })).toBe("fjernet noe i partnerskapet");
    expect(describeChange({ entity: "meeting", action: "update", changes: "garbage" })).toBe("gjorde en endring i partnerskapet");
    expect(describeChange({ entity: "business_plan", action: "create", changes: [1, 2, 3] })).toBe("la til noe i partnerskapet");
  });

  it("tells a known row without the field it cannot read", () => {
    expect(describeChange({ entity: "cycle_event", action: "create", changes: { title: 7, year: 2027 } })).toBe("la til en hendelse i årshjulet for 2027");
    expect(describeChange({ entity: "leader_agreement", action: "create", changes: { year: "2026", versionNo: 1 } })).toBe("lagde lederavtalen");
    expect(describeChange({ entity: "partnership", action: "update", changes: null })).toBe("endret opplysningene om partnerskapet");
  });

  it("tells events that belong to no partnership's history in general words", () => {
    expect(describeChange({ entity: "calendar_token", action: "create", changes: {} })).toBe("la til noe i partnerskapet");
    expect(describeChange({ entity: "workshop_task", action: "update", changes: { status: { from: "klar", to: "apen" } } })).toBe(
      "gjorde en endring i partnerskapet",
    );
  });
});
