import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { ImportForm } from "./item-editor-loader";

/** «Importer fra regneark», for the draft's editors. */
export function ImportSection({ slug, year, versionId }: { slug: string; year: number; versionId: string }) {
  return (
    <section aria-labelledby="import-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <Heading id="import-heading" level="2" size="medium" spacing>
        Importer fra regneark
      </Heading>
      <BodyShort spacing>
        Last ned «Aktiviteter og indikatorer (.xlsx)» over, endre eller legg til rader, og last regnearket opp her. Radene oppdaterer de
        samme punktene i planen, og du ser hva som blir nytt, endret og fjernet før noe lagres. Hvis en rad ikke kan leses, blir
        ingenting importert, og du får vite hvilke rader som må rettes.
      </BodyShort>
      <ImportForm slug={slug} year={year} versionId={versionId} />
    </section>
  );
}
