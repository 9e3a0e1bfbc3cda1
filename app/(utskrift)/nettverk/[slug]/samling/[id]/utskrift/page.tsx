import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "~/db/client";
import { getRequestUser } from "~/server/auth/session";
import { gatheringReportFor } from "~/server/domain/network/gathering-report-access";
import { GatheringReportDocument } from "./gathering-report-document";

type Params = { params: Promise<{ slug: string; id: string }> };

/** Shared by the page and its metadata: one read per request; refusals become 404, 403 or sign-in. */
const loadReport = cache(async (slug: string, id: string) => {
  const user = await getRequestUser();
  const loaded = await gatheringReportFor(getDb(), user?.id ?? null, slug, id);
  if (loaded.refusal === "unauthorized") redirect("/logg-inn");
  if (loaded.refusal === "forbidden") forbidden();
  if (loaded.refusal) notFound();
  return loaded.report;
});

// The title becomes the PDF's document title.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, id } = await params;
  const report = await loadReport(slug, id);
  return { title: { absolute: `${report.gathering.title} – ${report.network.name}` } };
}

export default async function GatheringReportPrintPage({ params }: Params) {
  const { slug, id } = await params;
  const [report, t] = await Promise.all([loadReport(slug, id), getTranslations("network.print")]);
  const base = `/nettverk/${slug}/samling/${id}`;
  return (
    <>
      {/* Hidden when printed, and so in the PDF. */}
      <nav aria-label={t("nav")} className="utskrift-verktoy">
        <NextLink className="aksel-link" href={base}>
          {t("backToGathering")}
        </NextLink>
        <a className="aksel-link" href={`${base}/rapport/pdf`}>
          {t("pdf")}
        </a>
        <a className="aksel-link" href={`${base}/rapport/xlsx`}>
          {t("xlsx")}
        </a>
        <span>{t("browserPrint")}</span>
      </nav>
      <main id="hovedinnhold">
        <GatheringReportDocument report={report} />
      </main>
    </>
  );
}
