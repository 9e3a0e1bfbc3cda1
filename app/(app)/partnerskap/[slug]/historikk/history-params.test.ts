import { describe, expect, it } from "vitest";
import { historyHref, readHistoryParams } from "./history-params";

describe("the history page's address", () => {
  it("reads area, person, object and page, and writes them back the same way", () => {
    const params = readHistoryParams({ omrade: "moter", person: "u-1", objekt: "mote:m-1", side: "3" });
    expect(params).toEqual({ area: "moter", person: "u-1", subject: { kind: "mote", id: "m-1" }, page: 3 });
    expect(historyHref("grimstad", params)).toBe("/partnerskap/grimstad/historikk?omrade=moter&person=u-1&objekt=mote%3Am-1&side=3");
  });

  it("reads an old or hand-edited link as no filter and the first page, never as an error", () => {
    expect(readHistoryParams({ omrade: "regnskap", person: "<script>", objekt: "faktura:1", side: "-2" })).toEqual({
      area: undefined,
      person: undefined,
      subject: undefined,
      page: 1,
    });
    expect(readHistoryParams({ side: "1.5" }).page).toBe(1);
    expect(readHistoryParams({ omrade: ["arshjul", "moter"] }).area).toBe("arshjul");
  });

  it("leaves page 1 and empty filters out of the link", () => {
    expect(historyHref("grimstad", { page: 1 })).toBe("/partnerskap/grimstad/historikk");
  });
});
