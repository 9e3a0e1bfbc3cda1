import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { activity, area, completeSnapshot, goal } from "~/server/domain/business-plan/fixtures.test-helpers";
import type { PlanDocument } from "~/server/domain/business-plan/view";
import { planDocx } from "./plan-docx";

function planDocument(namesShown: boolean): PlanDocument {
  const snapshot = completeSnapshot({ version: { versionNo: 2, status: "godkjent" } });
  snapshot.focusAreas.push(
    area({
      key: "samarbeid",
      title: "Samarbeid & tillit",
      goals: [
        goal({
          key: "g-samarbeid",
          text: "Felles møteplass <for> alle",
          source: "felles",
          activities: [
            activity({
              key: "a5",
              text: "Månedlig partnerskapsmøte",
              responsible: "Nav-leder",
              responsiblePerson: namesShown ? "Kari Nordmann" : "",
              developmentActionId: "action-1",
              timingKind: "halvar",
              timingValue: "2027-H1",
              status: "pagar",
            }),
          ],
        }),
      ],
    }),
  );
  return {
    officeName: "Nav Grimstad",
    year: 2027,
    slug: "grimstad",
    snapshot,
    services: ["Økonomisk sosialhjelp", "Kvalifiseringsprogrammet"],
    approvals: [
      { label: "Grimstad kommune", name: namesShown ? "Kari Eier" : null, decidedAt: new Date("2027-01-12T09:00:00Z") },
      { label: "Nav Agder", name: namesShown ? "Per Direktør" : null, decidedAt: new Date("2027-01-13T09:00:00Z") },
    ],
    linkedActions: { "action-1": { areaNo: 3, areaName: "Arbeid og aktivitet", text: "Felles kartlegging" } },
    namesShown,
  };
}

/** The visible text of a WordprocessingML part: the <w:t> runs, paragraph by paragraph. */
function textOf(xml: string): string {
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter(Boolean)
    .join("\n")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

async function unpack(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file("word/document.xml")!.async("string");
  const footers = await Promise.all(zip.file(/word\/footer\d*\.xml/).map((f) => f.async("string")));
  return { zip, documentXml, text: textOf(documentXml), footers };
}

describe("planDocx", () => {
  it("is a Word document with the plan's cover, parts, goals and activity tables", async () => {
    const { zip, documentXml, text } = await unpack(await planDocx(planDocument(true), new Date("2027-02-01T12:00:00Z")));
    expect(zip.file("[Content_Types].xml")).not.toBeNull();

    expect(text).toContain("Nav Grimstad");
    expect(text).toContain("Felles virksomhetsplan 2027");
    expect(text).toContain("Versjon: 2\nStatus: Godkjent");
    expect(text).toContain("Godkjent av Grimstad kommune 12.1.2027 (Kari Eier)");
    for (const title of ["1 Grunnlag", "2 Om kontoret", "3 Rammebetingelser", "4 Satsingsområder", "5 Indikatorer", "4.3 Samarbeid & tillit"]) {
      expect(text).toContain(title);
    }
    // Goals with their source in words, and every activity in a table under its goal.
    expect(text).toContain("Mål 4.1.1: Flere unge i arbeid");
    expect(text).toContain("Mål 4.3.1: Felles møteplass <for> alle");
    expect(text).toMatch(/Kilde: Felles/);
    expect(text).toMatch(/Kilde: Stat/);
    for (const header of ["Aktivitet", "Ansvar", "Når", "Status"]) expect(text).toContain(`\n${header}\n`);
    expect(text).toContain("Jobbmesse for unge");
    expect(text).toContain("Nav-leder (Kari Nordmann)");
    expect(text).toContain("1. halvår 2027");
    expect(text).toContain("Pågår");
    expect(text).toContain("Utviklingsplan: område 3 Arbeid og aktivitet – Felles kartlegging");
    // Budget and indicators.
    expect(text).toContain("Netto driftsramme");
    expect(text).toContain("−50\u00a0000\u00a0kr");
    expect(text).toContain("Andel unge i arbeid");
    expect(text).toContain("<\u00a06,3\u00a0%");
    expect(text).toContain("Skal synke");
    expect(text).toContain("Ingen måling ennå");

    // Real heading styles for Word's navigation pane, table header rows that repeat, rows that do not split.
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading3"/>');
    expect(documentXml).toContain("<w:tblHeader/>");
    expect(documentXml).toContain("<w:cantSplit/>");
    // The contents list links to bookmarks on the headings.
    expect(documentXml).toMatch(/<w:hyperlink [^>]*w:anchor="del_satsing"/);
    expect(documentXml).toMatch(/<w:bookmarkStart [^>]*w:name="del_satsing"/);
  });

  it("puts the page number and the page count in the footer", async () => {
    const { footers } = await unpack(await planDocx(planDocument(true)));
    const footer = footers.join("");
    expect(textOf(footer)).toMatch(/^Felles virksomhetsplan 2027 – Nav Grimstad\s*Side +av *$/);
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });

  it("says names are left out when they are", async () => {
    const { text } = await unpack(await planDocx(planDocument(false)));
    expect(text).toContain("Navn på personer er ikke vist i den offentlige versjonen.");
    expect(text).toContain("Godkjent av Grimstad kommune 12.1.2027\n");
    expect(text).not.toContain("Kari");
  });

  it("is written in nynorsk when that is the document language, with people's texts as they wrote them", async () => {
    const { zip, text, footers } = await unpack(await planDocx(planDocument(false), new Date("2027-02-01T12:00:00Z"), "nn"));
    expect(text).toContain("Felles verksemdsplan 2027");
    expect(text).not.toContain("Felles virksomhetsplan");
    for (const heading of ["1 Grunnlag", "3 Rammevilkår", "4 Satsingsområde", "5 Indikatorar", "Innhald", "Tenester", "Skildring av kontoret"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Status: Godkjend");
    expect(text).toContain("Godkjend av Grimstad kommune 12.1.2027\n");
    expect(text).toMatch(/Kjelde: Felles/);
    expect(text).toContain("Skal minke");
    expect(text).toContain("Inga måling enno");
    expect(text).toContain("Namna på personar er ikkje med i den offentlege versjonen.");
    // Content people wrote stays as written.
    expect(text).toContain("Mål 4.1.1: Flere unge i arbeid");
    expect(text).toContain("Jobbmesse for unge");
    for (const bokmal of ["Rammebetingelser", "Satsingsområder", "Indikatorer", "Kilde:", "ikke", "Tjenester", "Godkjent av"]) expect(text).not.toContain(bokmal);
    // Word's spelling and hyphenation language.
    expect(await zip.file("word/styles.xml")!.async("string")).toContain('w:val="nn-NO"');
    expect(textOf(footers.join(""))).toMatch(/^Felles verksemdsplan 2027 – Nav Grimstad\s*Side +av *$/);
  });
});
