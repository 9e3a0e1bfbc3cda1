import { describe, expect, it } from "vitest";
import { documentLocale, withDocumentLocale } from "~/lib/document-language";

const exportUrl = (query: string) => `http://127.0.0.1:3000/partnerskap/grimstad/virksomhetsplan/2027/eksport/pdf${query}`;

describe("documentLocale", () => {
  it("takes the language the person picked", () => {
    expect(documentLocale(exportUrl("?versjon=v1&sprak=nn"), "nb")).toBe("nn");
    expect(documentLocale(exportUrl("?sprak=nb"), "nn")).toBe("nb");
  });

  it("falls back to the person's own language for a missing or unknown value, never an error", () => {
    for (const query of ["", "?versjon=v1", "?sprak=", "?sprak=NN", "?sprak=en", "?sprak=nn-NO", "?sprak=%00", "?sprak[]=nn"]) {
      expect(documentLocale(exportUrl(query), "nn"), query).toBe("nn");
      expect(documentLocale(exportUrl(query), "nb"), query).toBe("nb");
    }
    expect(documentLocale("not a url", "nn")).toBe("nn");
  });

  it("uses the first value when the parameter is repeated", () => {
    expect(documentLocale(exportUrl("?sprak=nn&sprak=nb"), "nb")).toBe("nn");
  });
});

describe("withDocumentLocale", () => {
  it("adds the language to an export link", () => {
    expect(withDocumentLocale("/p/eksport/pdf?versjon=v1", "nn")).toBe("/p/eksport/pdf?versjon=v1&sprak=nn");
    expect(withDocumentLocale("/p/eksport/pdf", "nb")).toBe("/p/eksport/pdf?sprak=nb");
  });
});
