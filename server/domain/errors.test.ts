import { describe, expect, it } from "vitest";
import { text } from "~/lib/i18n/text";
import { invalid } from "./errors";

describe("DomainError", () => {
  it("keeps the bokmål message for logs and renders the reader's language on request", () => {
    const error = invalid(text("shell.skipToMain"), "title");
    expect(error.message).toBe("Hopp til hovedinnhold");
    expect(error.messageIn("nn")).toBe("Hopp til hovudinnhaldet");
    expect(error.field).toBe("title");
  });
});
