import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { withDocumentLocale } from "~/lib/document-language";
import { AgreementDocument } from "./agreement-document";

type Props = {
  params: Promise<{ slug: string; ar: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** "/…/lederavtale/2027/utskrift?versjon=<id>": the year must be four digits; the version is optional. */
async function readRoute({ params, searchParams }: Props) {
  const [{ slug, ar }, query] = await Promise.all([params, searchParams]);
  if (!/^\d{4}$/.test(ar)) notFound();
  const versjon = Array.isArray(query.versjon) ? query.versjon[0] : query.versjon;
  return { slug, year: Number(ar), versionId: versjon || undefined };
}

/** Shared by the page and its metadata: one read per request. A year without an agreement is a 404. */
const loadAgreement = cache(async (slug: string, year: number, versionId: string | undefined) => {
  const api = await getServerCaller();
  const data = await loadOrInterrupt(() => api.leaderAgreement.year({ partnership: slug, year, versionId }));
  if (!data.current) notFound();
  return { ...data, current: data.current };
});

// The title becomes the PDF's document title and its footer on every page, so a draft says so there too.
export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, year, versionId } = await readRoute(props);
  const [{ current }, t] = await Promise.all([loadAgreement(slug, year, versionId), getTranslations("agreement.print")]);
  const values = { year, no: current.versionNo, office: current.officeName };
  return { title: { absolute: current.status === "signert" ? t("title", values) : t("titleDraft", values) } };
}

export default async function AgreementPrintPage(props: Props) {
  const { slug, year, versionId } = await readRoute(props);
  const [{ current, versions }, t, locale] = await Promise.all([
    loadAgreement(slug, year, versionId),
    getTranslations("agreement"),
    getLocale(),
  ]);
  const base = `/partnerskap/${slug}/lederavtale/${year}`;
  const version = `?versjon=${encodeURIComponent(current.id)}`;

  return (
    <>
      {/* Hidden when printed, and so in the PDF. The PDF is in the language this view is in. */}
      <nav aria-label={t("print.tools")} className="utskrift-verktoy">
        <NextLink className="aksel-link" href={base}>
          {t("print.back")}
        </NextLink>
        <a className="aksel-link" href={withDocumentLocale(`${base}/eksport/pdf${version}`, locale)} hrefLang={locale}>
          {t("downloadPdf")}
        </a>
        <span>{t("print.printHint")}</span>
      </nav>
      <main id="hovedinnhold">
        <AgreementDocument agreement={current} versions={versions} printedAt={new Date()} locale={locale} />
      </main>
    </>
  );
}
