import { describe, expect, it } from "vitest";
import { diffFields } from "./record";

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
