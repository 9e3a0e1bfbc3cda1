import { describe, expect, it } from "vitest";
import { canonicalText, hashContent, sha256, type AgreementContent } from "./canonical";

const content = (): AgreementContent => ({
  year: 2027,
  versionNo: 1,
  officeName: "Nav Vegårshei",
  parties: [
    { userId: "u-kommune", party: "kommune", name: "Kari Kommune", title: "Kommunedirektør, Vegårshei kommune" },
    { userId: "u-stat", party: "stat", name: "Sigurd Stat", title: "Fylkesdirektør" },
    { userId: "u-kontor", party: "kontor", name: "Nora Leder", title: "Nav-leder" },
  ],
  purpose: "Avtalen gjelder for året.",
  leaderDuties: [
    { id: "l1", text: "Lede den daglige driften." },
    { id: "l2", text: "Rapportere til begge eiere." },
  ],
  ownerDuties: [
    { id: "o1", text: "Holde Nav-lederen orientert." },
    { id: "o2", text: "Ha styringsdialog." },
  ],
  changeClause: "Endringer blir en ny versjon.",
  place: "Grimstad",
  signingDate: "2027-03-05",
});

const nfd = (text: string) => text.normalize("NFD");

describe("canonicalText", () => {
  it("lists the parties, numbered duties and place and date as d.m.åååå", () => {
    const text = canonicalText(content());
    expect(text.split("\n")[0]).toBe("LEDERAVTALE 2027 – Nav Vegårshei");
    expect(text).toContain("Versjon 1");
    expect(text).toContain("- For kommunen: Kari Kommune, Kommunedirektør, Vegårshei kommune");
    expect(text).toContain("- For Nav fylke: Sigurd Stat, Fylkesdirektør");
    expect(text).toContain("- Nav-leder: Nora Leder, Nav-leder");
    expect(text).toContain("\n2.1 Lede den daglige driften.\n2.2 Rapportere til begge eiere.\n");
    expect(text).toContain("\n3.1 Holde Nav-lederen orientert.\n3.2 Ha styringsdialog.\n");
    expect(text).toContain("Felles virksomhetsplan 2027 for Nav Vegårshei");
    expect(text.split("\n").at(-1)).toBe("Sted og dato: Grimstad, 5.3.2027");
  });

  it("says so when place and date are not set", () => {
    const text = canonicalText({ ...content(), place: "  ", signingDate: null });
    expect(text.split("\n").at(-1)).toBe("Sted og dato: (ikke satt), (ikke satt)");
  });

  it("writes a date in December without leading zeros and with the right day", () => {
    expect(canonicalText({ ...content(), signingDate: "2027-12-31" })).toContain("Sted og dato: Grimstad, 31.12.2027");
  });
});

describe("hashContent", () => {
  it("is a SHA-256 hex digest of the canonical text", () => {
    const hash = hashContent(content());
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(sha256(canonicalText(content())));
    // A known vector, so the digest itself (not just its shape) is checked.
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("gives the same hash for the same content, whatever the duty ids and party user ids", () => {
    const a = content();
    const b = content();
    b.leaderDuties = b.leaderDuties.map((d, i) => ({ ...d, id: `other-${i}` }));
    expect(hashContent(a)).toBe(hashContent(content()));
    expect(hashContent(a)).toBe(hashContent(b));
  });

  const changes: [string, (c: AgreementContent) => AgreementContent][] = [
    ["a leader duty's text", (c) => ({ ...c, leaderDuties: [c.leaderDuties[0]!, { ...c.leaderDuties[1]!, text: "Rapportere til én eier." }] })],
    ["an owner duty's text", (c) => ({ ...c, ownerDuties: [{ ...c.ownerDuties[0]!, text: "Holde Nav-lederen godt orientert." }, c.ownerDuties[1]!] })],
    ["the order of the duties", (c) => ({ ...c, leaderDuties: [...c.leaderDuties].reverse() })],
    ["a duty added", (c) => ({ ...c, ownerDuties: [...c.ownerDuties, { id: "o3", text: "Nytt punkt." }] })],
    ["a duty removed", (c) => ({ ...c, leaderDuties: c.leaderDuties.slice(1) })],
    ["a duty moved to the other list", (c) => ({ ...c, leaderDuties: c.leaderDuties.slice(0, 1), ownerDuties: [...c.ownerDuties, c.leaderDuties[1]!] })],
    ["a party's name", (c) => ({ ...c, parties: c.parties.map((p) => (p.party === "stat" ? { ...p, name: "Sigrid Stat" } : p)) })],
    ["a party's title", (c) => ({ ...c, parties: c.parties.map((p) => (p.party === "kontor" ? { ...p, title: "Konstituert Nav-leder" } : p)) })],
    ["a party left out", (c) => ({ ...c, parties: c.parties.slice(0, 2) })],
    ["the place", (c) => ({ ...c, place: "Arendal" })],
    ["the date", (c) => ({ ...c, signingDate: "2027-03-06" })],
    ["the date removed", (c) => ({ ...c, signingDate: null })],
    ["the version number", (c) => ({ ...c, versionNo: 2 })],
    ["the year", (c) => ({ ...c, year: 2028 })],
    ["the office name", (c) => ({ ...c, officeName: "Nav Gjerstad og Vegårshei" })],
    ["the purpose", (c) => ({ ...c, purpose: "Avtalen gjelder for året. Og neste." })],
    ["one letter of the purpose", (c) => ({ ...c, purpose: "avtalen gjelder for året." })],
    ["the change clause", (c) => ({ ...c, changeClause: "Endringer krever ny signatur." })],
  ];

  it.each(changes)("changes when %s changes", (_what, change) => {
    const original = content();
    const changed = change(content());
    expect(canonicalText(changed)).not.toBe(canonicalText(original));
    expect(hashContent(changed)).not.toBe(hashContent(original));
  });

  it("gives every variant its own hash", () => {
    const hashes = new Set([hashContent(content()), ...changes.map(([, change]) => hashContent(change(content())))]);
    expect(hashes.size).toBe(changes.length + 1);
  });

  it("ignores line endings, trailing spaces and Unicode normalisation form", () => {
    const original = content();
    const variant: AgreementContent = {
      ...original,
      officeName: nfd(original.officeName),
      parties: original.parties.map((p) => ({ ...p, name: `${p.name}  `, title: nfd(p.title) })),
      purpose: "Avtalen gjelder\r\nfor året.",
      leaderDuties: original.leaderDuties.map((d) => ({ ...d, text: `${d.text} \t` })),
      ownerDuties: original.ownerDuties,
      changeClause: "Endringer blir en ny versjon.   \r\n",
      place: "Grimstad ",
    };
    const withNewline = { ...original, purpose: "Avtalen gjelder\nfor året." };
    expect(nfd(original.officeName)).not.toBe(original.officeName);
    expect(canonicalText(variant)).toBe(canonicalText(withNewline));
    expect(hashContent(variant)).toBe(hashContent(withNewline));
    // Old Mac line endings and trailing spaces on inner lines too.
    expect(hashContent({ ...original, purpose: "Avtalen gjelder  \rfor året." })).toBe(hashContent(withNewline));
  });

  it("treats an NFD å in a duty like the NFC one", () => {
    const original = content();
    const composed = { ...original, ownerDuties: [{ id: "x", text: "Møte på rådhuset i Vegårshei." }] };
    const decomposed = { ...original, ownerDuties: [{ id: "y", text: nfd("Møte på rådhuset i Vegårshei.") }] };
    expect(hashContent(decomposed)).toBe(hashContent(composed));
  });

  it("still sees a change of spaces inside a line", () => {
    expect(hashContent({ ...content(), purpose: "Avtalen  gjelder for året." })).not.toBe(hashContent(content()));
  });
});
