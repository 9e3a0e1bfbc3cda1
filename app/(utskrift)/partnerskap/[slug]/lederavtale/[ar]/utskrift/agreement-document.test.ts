/**
 * The lederavtale's print view (and so its PDF) in the «dokumentspråk»: nynorsk headings and frame
 * around what the parties wrote, which stays as written; the checksum is the canonical text's.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AgreementYear } from "~/server/domain/leader-agreement/view";
import { AgreementDocument } from "./agreement-document";

type Agreement = NonNullable<AgreementYear["current"]>;

const agreement = {
  id: "v1",
  year: 2027,
  versionNo: 1,
  status: "utkast",
  officeName: "Nav Bykle",
  parties: [
    { userId: "k", party: "kommune", name: "Kari Kommune", title: "Kommunedirektør, Bykle kommune" },
    { userId: "s", party: "stat", name: "Finn Fylke", title: "Fylkesdirektør" },
    { userId: "l", party: "kontor", name: "Nora Leiar", title: "Nav-leiar" },
  ],
  purpose: "Avtalen skildrar kva eigarane ventar.",
  leaderDuties: [{ id: "d1", text: "Leie drifta." }],
  ownerDuties: [],
  changeClause: "Ei endring blir ein ny versjon.",
  place: "",
  signingDate: null,
  signatures: [{ userId: "l", textHash: "a".repeat(64), signedAt: new Date("2027-03-05T13:05:00Z") }],
  signedHash: null,
  signedAt: null,
  hash: "a".repeat(64),
  amendmentOf: null,
  isLatest: true,
} as unknown as Agreement;

const render = (locale: "nb" | "nn") =>
  renderToStaticMarkup(createElement(AgreementDocument, { agreement, versions: [], printedAt: new Date("2027-03-06T08:00:00Z"), locale }));

const headings = (html: string) => [...html.matchAll(/<h[12][^>]*>(.*?)<\/h[12]>/g)].map((m) => m[1]);

describe("AgreementDocument", () => {
  it("has nynorsk headings and frame in nynorsk, with the parties' own words as written", () => {
    const html = render("nn");
    expect(headings(html)).toEqual([
      "Leiaravtale 2027",
      "Partar",
      "1. Formål",
      "2. Ansvaret til Nav-leiaren",
      "3. Ansvaret til eigarane",
      "4. Endringar i avtaleperioden",
      "5. Vedlegg",
      "Signaturar",
    ]);
    expect(html).toContain("UTKAST – ikkje signert");
    expect(html).toContain("Utkast – 1 av 3 partar har signert");
    expect(html).toContain("<strong>For kommunen:</strong> Kari Kommune");
    expect(html).toContain("Felles verksemdsplan 2027 for Nav Bykle, den versjonen begge eigarane har godkjent.");
    expect(html).toContain("<strong>Stad og dato:</strong> (ikkje sett), (ikkje sett)");
    expect(html).toContain('Signert elektronisk <span class="utskrift-smal">5.3.2027 kl. 14:05</span>');
    expect(html).toContain("Ikkje signert enno");
    expect(html).toContain("Ingen punkt.");
    expect(html).toContain("Overskriftene i teksten som blir signert, står alltid på bokmål");
    expect(html).toContain("Avtalen skildrar kva eigarane ventar.");
    // The words on the page, not the ids in its markup.
    expect(html.replace(/<[^>]+>/g, " ")).not.toMatch(/(?<!\p{L})(ikke|ennå|parter|lederavtale|eiernes)(?!\p{L})/iu);
  });

  it("keeps today's bokmål document word for word", () => {
    const html = render("nb");
    expect(headings(html)).toEqual([
      "Lederavtale 2027",
      "Parter",
      "1. Formål",
      "2. Nav-lederens ansvar",
      "3. Eiernes ansvar",
      "4. Endringer i avtaleperioden",
      "5. Vedlegg",
      "Signaturer",
    ]);
    expect(html).toContain("Utkast – 1 av 3 parter har signert");
    expect(html).toContain("<strong>UTKAST – ikke signert.</strong> Avtalen gjelder først når alle parter har signert denne versjonen.");
    expect(html).toContain("Felles virksomhetsplan 2027 for Nav Bykle, den versjonen begge eiere har godkjent.");
    expect(html).not.toContain("Overskriftene i teksten");
  });
});
