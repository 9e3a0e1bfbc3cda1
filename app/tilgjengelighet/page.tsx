import { BodyLong, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteFooter } from "~/app/_components/site-footer";
import { formatDate } from "~/lib/format";

/** When the statement was last written: change it with the statement. */
const STATEMENT_DATE = "2026-12-04";

const COMPLAINT_URL = "https://www.uutilsynet.no/";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessibility");
  return { title: t("title") };
}

/**
 * The accessibility statement (tilgjengelighetserklæring), in the parts uustatus.no asks for: the
 * service, its WCAG 2.1 AA status as measured, the known deviations, the date, and where to report
 * a problem and complain. Open to everyone, signed in or not (proxy.ts).
 */
export default async function AccessibilityPage() {
  const [t, locale] = await Promise.all([getTranslations("accessibility"), getLocale()]);
  const complaint = t.rich("complaint.body", {
    link: (chunks) => (
      <a className="aksel-link" href={COMPLAINT_URL}>
        {chunks}
      </a>
    ),
  });
  return (
    <>
      <main id="hovedinnhold" className="mx-auto w-full max-w-3xl px-4 py-12">
        <VStack gap="space-32">
          <div>
            <Heading level="1" size="xlarge" spacing>
              {t("heading")}
            </Heading>
            <BodyLong>{t("intro")}</BodyLong>
          </div>
          <Part id="losning" heading={t("service.heading")}>
            <BodyLong>{t("service.body")}</BodyLong>
          </Part>
          <Part id="status" heading={t("status.heading")}>
            <BodyLong>{t("status.body")}</BodyLong>
          </Part>
          <Part id="avvik" heading={t("deviations.heading")}>
            <ul className="m-0 flex list-disc flex-col gap-2 pl-6">
              <li>{t("deviations.hoverContrast")}</li>
              <li>{t("deviations.pdf")}</li>
              <li>{t("deviations.automatic")}</li>
            </ul>
          </Part>
          <Part id="maling" heading={t("measured.heading")}>
            <BodyLong spacing>{t("measured.intro")}</BodyLong>
            <ul className="m-0 flex list-disc flex-col gap-2 pl-6">
              <li>{t("measured.axe")}</li>
              <li>{t("measured.keyboard")}</li>
              <li>{t("measured.phone")}</li>
              <li>{t("measured.language")}</li>
            </ul>
          </Part>
          <Part id="figurer" heading={t("charts.heading")}>
            <BodyLong>{t("charts.body")}</BodyLong>
          </Part>
          <Part id="dato" heading={t("date.heading")}>
            <BodyLong>{t("date.body", { date: formatDate(STATEMENT_DATE, locale) })}</BodyLong>
          </Part>
          <Part id="tilbakemelding" heading={t("feedback.heading")}>
            <BodyLong>{t("feedback.body")}</BodyLong>
          </Part>
          <Part id="klage" heading={t("complaint.heading")}>
            <BodyLong>{complaint}</BodyLong>
          </Part>
        </VStack>
      </main>
      <SiteFooter />
    </>
  );
}

/** One part of the statement, named by its heading. */
function Part({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Heading id={id} level="2" size="medium" spacing>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
