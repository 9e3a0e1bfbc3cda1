import { DownloadIcon } from "@navikt/aksel-icons";
import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack } from "@navikt/ds-react/Stack";
import { useTranslations } from "next-intl";
import type { WorkshopRef } from "./workshop-types";

/** The samling's report (tasks, results, expectation matrix, evaluation) as PDF or spreadsheet. */
export function ReportLinks({ network, gatheringId }: WorkshopRef) {
  const t = useTranslations("workshop.report");
  const base = `/nettverk/${encodeURIComponent(network)}/samling/${encodeURIComponent(gatheringId)}/rapport`;
  return (
    <section aria-labelledby="rapport-heading">
      <Heading id="rapport-heading" level="3" size="medium" spacing>
        {t("heading")}
      </Heading>
      <BodyShort spacing>{t("intro")}</BodyShort>
      <HStack gap="space-24" wrap>
        <a className="aksel-link inline-flex items-center gap-1" href={`${base}/pdf`}>
          <DownloadIcon aria-hidden /> {t("pdf")}
        </a>
        <a className="aksel-link inline-flex items-center gap-1" href={`${base}/xlsx`}>
          <DownloadIcon aria-hidden /> {t("xlsx")}
        </a>
      </HStack>
    </section>
  );
}
