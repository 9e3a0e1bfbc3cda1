import type { Metadata } from "next";
import NextLink from "next/link";
import { cache } from "react";
import { formatDate } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { ReportDocument } from "./report-document";

type Params = { params: Promise<{ slug: string; vurderingId: string }> };

/** Shared by the page and its metadata: one read per request. */
const loadReport = cache(async (slug: string, assessmentId: string) => {
  const api = await getServerCaller();
  return loadOrInterrupt(() => api.mulighetsrom.report({ partnership: slug, assessmentId }));
});

// The title becomes the PDF's document title.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, vurderingId } = await params;
  const report = await loadReport(slug, vurderingId);
  return {
    title: {
      absolute: `Mulighetsrom – vurdering ${formatDate(report.assessment.heldOn)} – ${report.partnership.officeName}`,
    },
  };
}

export default async function AssessmentPrintPage({ params }: Params) {
  const { slug, vurderingId } = await params;
  const report = await loadReport(slug, vurderingId);
  const base = `/partnerskap/${slug}/mulighetsrom/${vurderingId}`;

  return (
    <>
      {/* Hidden when printed, and so in the PDF. */}
      <nav aria-label="Utskrift" className="utskrift-verktoy">
        <NextLink className="aksel-link" href={base}>
          Tilbake til vurderingen
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/pdf`}>
          Last ned som PDF
        </a>
        <a className="aksel-link" href={`${base}/eksport/xlsx`}>
          Last ned tallene som regneark (.xlsx)
        </a>
        <span>Bruk nettleserens utskrift (Ctrl+P) for å skrive ut siden.</span>
      </nav>
      <main id="hovedinnhold">
        <ReportDocument report={report} />
      </main>
    </>
  );
}
