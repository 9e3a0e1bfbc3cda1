import { describe, expect, it } from "vitest";
import { pageOfTemplate, withLocaleCookie } from "./pdf";

describe("the PDF's document language", () => {
  const session = { name: "__Secure-session", value: "abc" };

  it("replaces the caller's own language cookie with the document's", () => {
    expect(withLocaleCookie([session, { name: "sprak", value: "nb" }], "nn")).toEqual([session, { name: "sprak", value: "nn" }]);
    expect(withLocaleCookie([session], "nb")).toEqual([session, { name: "sprak", value: "nb" }]);
  });

  it("leaves the cookies as they are when no language is given", () => {
    const cookies = [session, { name: "sprak", value: "nn" }];
    expect(withLocaleCookie(cookies, undefined)).toEqual(cookies);
  });

  it("numbers the pages in the document's language, with Chromium's placeholders", () => {
    for (const locale of ["nb", "nn"] as const) {
      expect(pageOfTemplate(locale)).toBe('Side <span class="pageNumber"></span> av <span class="totalPages"></span>');
    }
  });
});
