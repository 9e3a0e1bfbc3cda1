import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
  const [report, t, locale] = await Promise.all([loadReport(slug, vurderingId), getTranslations("mulighetsrom.report"), getLocale()]);
  return {
    title: {
      absolute: t("metaTitle", { date: formatDate(report.assessment.heldOn, locale), office: report.partnership.officeName }),
    },
  };
}

export default async function AssessmentPrintPage({ params }: Params) {
  const { slug, vurderingId } = await params;
  const [report, t] = await Promise.all([loadReport(slug, vurderingId), getTranslations("mulighetsrom")]);
  const base = `/partnerskap/${slug}/mulighetsrom/${vurderingId}`;

  return (
    <>
      {/* Hidden when printed, and so in the PDF. */}
      <nav aria-label={t("report.tools")} className="utskrift-verktoy">
        <NextLink className="aksel-link" href={base}>
          {t("answer.back")}
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/pdf`}>
          {t("report.downloadPdf")}
        </a>
        <a className="aksel-link" href={`${base}/eksport/xlsx`}>
          {t("report.downloadXlsx")}
        </a>
        <span>{t("report.printHint")}</span>
      </nav>
      <main id="hovedinnhold">
        <ReportDocument report={report} />
      </main>
    </>
  );
}
