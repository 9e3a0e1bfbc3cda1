import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { useTranslations } from "next-intl";
import { ImportForm } from "./item-editor-loader";

/** «Importer fra regneark», for the draft's editors. */
export function ImportSection({ slug, year, versionId }: { slug: string; year: number; versionId: string }) {
  const t = useTranslations("plan.page");
  return (
    <section aria-labelledby="import-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <Heading id="import-heading" level="2" size="medium" spacing>
        {t("importHeading")}
      </Heading>
      <BodyShort spacing>
        {t("importIntro")}
      </BodyShort>
      <ImportForm slug={slug} year={year} versionId={versionId} />
    </section>
  );
}
