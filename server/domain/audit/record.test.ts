import { describe, expect, it } from "vitest";
import { auditEventId, diffFields } from "./record";

describe("diffFields", () => {
  it("records only fields whose value changed, with before and after", () => {
    expect(diffFields({ status: "ikke_avklart", note: "", version: 1 }, { status: "avklart", note: "" })).toEqual({
      status: { from: "ikke_avklart", to: "avklart" },
    });
  });

  it("ignores fields that were not part of the edit", () => {
    expect(diffFields({ a: 1, b: 2 }, { a: undefined })).toEqual({});
  });
});

describe("auditEventId", () => {
  it("grows with every row, also within one millisecond and when the clock goes back", () => {
    const now = Date.UTC(2026, 0, 1, 8);
    const ids = [auditEventId(now), auditEventId(now), auditEventId(now), auditEventId(now - 5000), auditEventId(now + 1)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
