import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { isLocale } from "~/lib/i18n/locales";
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
  const locale = await getLocale();
  return { title: { absolute: documentFullTitle(await loadDocument(slug, year, versionId), isLocale(locale) ? locale : "nb") } };
}

export default async function PlanPrintPage(props: Props) {
  const { slug, year, versionId } = await readRoute(props);
  const [doc, t, requested] = await Promise.all([loadDocument(slug, year, versionId), getTranslations("plan.print"), getLocale()]);
  // The request's language: the document language when Chromium prints this view for a PDF.
  const locale = isLocale(requested) ? requested : "nb";
  const base = `/partnerskap/${encodeURIComponent(slug)}/virksomhetsplan/${year}`;
  const version = `?versjon=${encodeURIComponent(doc.snapshot.version.id)}`;

  return (
    <>
      {/* Hidden when printed, and so in the PDF. */}
      <nav aria-label={t("toolsLabel")} className="utskrift-verktoy">
        <NextLink className="aksel-link" href={`${base}${version}`}>
          {t("back")}
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/pdf${version}`}>
          {t("pdf")}
        </a>
        <a className="aksel-link" href={`${base}/eksport/docx${version}`}>
          {t("docx")}
        </a>
        <a className="aksel-link" href={`${base}/eksport/xlsx${version}`}>
          {t("xlsx")}
        </a>
        <span>{t("printHint")}</span>
      </nav>
      <main id="hovedinnhold">
        <PlanDocument doc={doc} variant="print" printedAt={new Date()} locale={locale} />
      </main>
    </>
  );
}
