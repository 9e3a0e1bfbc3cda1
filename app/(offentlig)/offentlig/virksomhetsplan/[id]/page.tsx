import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { isLocale, type Locale } from "~/lib/i18n/locales";
import { PlanDocument } from "~/app/_components/plan-document/plan-document";
import { documentTitle } from "~/server/export/plan-wording";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";

type Props = { params: Promise<{ id: string }> };

/** The newest published version of the plan; anything else (unknown id, never published) is a 404. */
const loadPublished = cache(async (id: string) => {
  const api = await getServerCaller();
  const doc = await loadOrInterrupt(() => api.businessPlan.publicDocument({ planId: id }));
  if (!doc) notFound();
  return doc;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [doc, t, locale] = await Promise.all([loadPublished((await params).id), getTranslations("plan.public"), pageLocale()]);
  return {
    title: t("title", { title: documentTitle(doc.year, locale), office: doc.officeName }),
    description: t("description", { office: doc.officeName, year: doc.year }),
  };
}

async function pageLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "nb";
}

/**
 * A published virksomhetsplan for anyone, without sign-in (the proxy lets /offentlig through).
 * People's names are left out unless the Nav-leder has chosen to show them; the document says so.
 */
export default async function PublicPlanPage({ params }: Props) {
  const [doc, locale] = await Promise.all([loadPublished((await params).id), pageLocale()]);
  return <PlanDocument doc={doc} variant="web" locale={locale} />;
}
