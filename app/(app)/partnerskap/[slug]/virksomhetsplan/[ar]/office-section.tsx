import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "~/lib/format";
import { isLocale } from "~/lib/i18n/locales";
import { GeneralForm } from "./item-editor-loader";
import type { PlanView, PlanYear } from "./plan-view";

const DASH = "–";

/** 2. Om kontoret: vision, description and årsverk (the form in a draft), and the office's services. */
export function OfficeSection({ view, version, services }: { view: PlanView; version: PlanYear["snapshot"]["version"]; services: string[] }) {
  const t = useTranslations("plan.page");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : "nb";
  const servicesFrom = t.rich("servicesFrom", { link: (chunks) => <Link href={`/partnerskap/${view.slug}`}>{chunks}</Link> });
  return (
    <section aria-labelledby="om-kontoret">
      <Heading id="om-kontoret" level="2" size="large" spacing>
        {t("contents.kontoret")}
      </Heading>
      {view.editable ? (
        <GeneralForm slug={view.slug} year={view.year} general={version} />
      ) : (
        <VStack gap="space-8">
          <BodyShort>
            <span className="font-semibold">{t("visionLabel")}</span> {version.vision || DASH}
          </BodyShort>
          {version.description && <BodyLong className="max-w-prose whitespace-pre-line">{version.description}</BodyLong>}
          <BodyShort>
            {t("positionsSummary", {
              state: formatNumber(version.statePositions, locale),
              municipal: formatNumber(version.municipalPositions, locale),
            })}
          </BodyShort>
        </VStack>
      )}
      <div className="mt-4">
        <Heading level="3" size="small" spacing>
          {t("servicesHeading")}
        </Heading>
        <BodyShort size="small" spacing>
          {servicesFrom}
        </BodyShort>
        <ul className="m-0 pl-5">
          {services.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
