import { describe, expect, it } from "vitest";
import { renderText, text } from "./text";
import { chooseLocale } from "./locales";

describe("renderText", () => {
  it("renders a catalogue key in the reader's language", () => {
    expect(renderText(text("shell.skipToMain"), "nb")).toBe("Hopp til hovedinnhold");
    expect(renderText(text("shell.skipToMain"), "nn")).toBe("Hopp til hovudinnhaldet");
  });

  it("fills in ICU arguments", () => {
    expect(renderText(text("shell.language.current", { language: "nynorsk" }), "nn")).toBe("Språket er nynorsk.");
  });

  it("leaves a message that is already text as it is", () => {
    expect(renderText("Tittel må fylles ut.", "nn")).toBe("Tittel må fylles ut.");
  });
});

describe("chooseLocale", () => {
  it("takes the browser's choice first, then the account's, then the målform", () => {
    expect(chooseLocale({ browser: "nn", account: "nb", malform: "bokmal" })).toBe("nn");
    expect(chooseLocale({ browser: undefined, account: "nn", malform: "bokmal" })).toBe("nn");
    expect(chooseLocale({ account: null, malform: "nynorsk" })).toBe("nn");
  });

  it("gives bokmål to nøytral kommuner, to people without a partnership and for anything unknown", () => {
    expect(chooseLocale({ malform: "noytral" })).toBe("nb");
    expect(chooseLocale({})).toBe("nb");
    expect(chooseLocale({ browser: "en", account: "x" })).toBe("nb");
  });
});
