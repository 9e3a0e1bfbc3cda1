import { describe, expect, it } from "vitest";
import { peopleHref, readPeopleParams, signInMethodLabel } from "./people-view";

describe("the people list's address", () => {
  it("reads the search and the page, and ignores what it cannot read", () => {
    expect(readPeopleParams({ sok: "  Kari ", side: "3" })).toEqual({ search: "Kari", page: 3 });
    expect(readPeopleParams({ sok: ["a", "b"], side: "-1" })).toEqual({ search: "a", page: 1 });
    expect(readPeopleParams({ side: "2.5" })).toEqual({ search: "", page: 1 });
    expect(readPeopleParams({ sok: "x".repeat(300) }).search).toHaveLength(100);
  });

  it("writes the search and the page, leaving out the defaults", () => {
    expect(peopleHref({})).toBe("/admin/personer");
    expect(peopleHref({ search: "Øy stein", page: 1 })).toBe("/admin/personer?sok=%C3%98y+stein");
    expect(peopleHref({ search: "", page: 2 })).toBe("/admin/personer?side=2");
  });
});

describe("signInMethodLabel", () => {
  const providers = [
    { id: "entra", label: "Logg inn med jobbkonto" },
    { id: "idporten", label: "ID-porten" },
  ];

  it("names the password, a provider by its button text, and a provider no longer configured", () => {
    expect(signInMethodLabel({ kind: "password" }, providers)).toBe("Passord");
    expect(signInMethodLabel({ kind: "provider", providerId: "entra" }, providers)).toBe("Jobbkonto");
    expect(signInMethodLabel({ kind: "provider", providerId: "idporten" }, providers)).toBe("ID-porten");
    expect(signInMethodLabel({ kind: "provider", providerId: "gammel" }, providers)).toBe("gammel (ikke satt opp lenger)");
  });

  it("names them in nynorsk, and a provider without its own text by the default button text", () => {
    expect(signInMethodLabel({ kind: "password" }, providers, "nn")).toBe("Passord");
    expect(signInMethodLabel({ kind: "provider", providerId: "gammel" }, providers, "nn")).toBe("gammel (ikkje sett opp lenger)");
    expect(signInMethodLabel({ kind: "provider", providerId: "entra" }, [{ id: "entra", label: null }])).toBe("Jobbkonto");
  });
});
