import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PlanDocument } from "~/app/_components/plan-document/plan-document";
import { documentFullTitle } from "~/server/export/plan-wording";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";

type Props = {
  params: Promise<{ slug: string; ar: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** "/…/virksomhetsplan/2027/utskrift?versjon=<id>": the year must be four digits; the version is optional. */
async function readRoute({ params, searchParams }: Props) {
  const [{ slug, ar }, query] = await Promise.all([params, searchParams]);
  if (!/^\d{4}$/.test(ar)) notFound();
  const versjon = Array.isArray(query.versjon) ? query.versjon[0] : query.versjon;
  return { slug, year: Number(ar), versionId: versjon || undefined };
}

/** Shared by the page and its metadata: one read per request. A year without a plan is a 404. */
const loadDocument = cache(async (slug: string, year: number, versionId: string | undefined) => {
  const api = await getServerCaller();
  const doc = await loadOrInterrupt(() => api.businessPlan.document({ partnership: slug, year, versionId }));
  if (!doc) notFound();
  return doc;
});

// The title becomes the PDF's document title and its footer on every page, so a draft says so there too.
export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, year, versionId } = await readRoute(props);
  return { title: { absolute: documentFullTitle(await loadDocument(slug, year, versionId)) } };
}

export default async function PlanPrintPage(props: Props) {
  const { slug, year, versionId } = await readRoute(props);
  const doc = await loadDocument(slug, year, versionId);
  const base = `/partnerskap/${encodeURIComponent(slug)}/virksomhetsplan/${year}`;
  const version = `?versjon=${encodeURIComponent(doc.snapshot.version.id)}`;

  return (
    <>
      {/* Hidden when printed, and so in the PDF. */}
      <nav aria-label="Utskrift" className="utskrift-verktoy">
        <NextLink className="aksel-link" href={`${base}${version}`}>
          Tilbake til virksomhetsplanen
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/pdf${version}`}>
          Last ned som PDF
        </a>
        <a className="aksel-link" href={`${base}/eksport/docx${version}`}>
          Last ned som Word
        </a>
        <a className="aksel-link" href={`${base}/eksport/xlsx${version}`}>
          Last ned som Excel
        </a>
        <span>Bruk nettleserens utskrift (Ctrl+P) for å skrive ut siden.</span>
      </nav>
      <main id="hovedinnhold">
        <PlanDocument doc={doc} variant="print" printedAt={new Date()} />
      </main>
    </>
  );
}
