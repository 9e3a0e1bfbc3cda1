import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import Link from "next/link";
import { formatNumber } from "~/lib/format";
import { GeneralForm } from "./item-editor-loader";
import type { PlanView, PlanYear } from "./plan-view";

/** 2. Om kontoret: vision, description and årsverk (the form in a draft), and the office's services. */
export function OfficeSection({ view, version, services }: { view: PlanView; version: PlanYear["snapshot"]["version"]; services: string[] }) {
  return (
    <section aria-labelledby="om-kontoret">
      <Heading id="om-kontoret" level="2" size="large" spacing>
        2. Om kontoret
      </Heading>
      {view.editable ? (
        <GeneralForm slug={view.slug} year={view.year} general={version} />
      ) : (
        <VStack gap="space-8">
          <BodyShort>
            <span className="font-semibold">Visjon:</span> {version.vision || "–"}
          </BodyShort>
          {version.description && <BodyLong className="max-w-prose whitespace-pre-line">{version.description}</BodyLong>}
          <BodyShort>
            Årsverk: {formatNumber(version.statePositions)} statlige og {formatNumber(version.municipalPositions)} kommunale.
          </BodyShort>
        </VStack>
      )}
      <div className="mt-4">
        <Heading level="3" size="small" spacing>
          Tjenester i kontoret
        </Heading>
        <BodyShort size="small" spacing>
          Hentet fra partnerskapets tjenesteportefølje. <Link href={`/partnerskap/${view.slug}`}>Endre porteføljen på oversikten</Link>.
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
