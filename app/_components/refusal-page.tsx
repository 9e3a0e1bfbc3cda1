import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { SiteFooter } from "./site-footer";

type Kind = "forbidden" | "notFound";

/**
 * The 403 and 404 pages. Inside the signed-in layout they render in its <main>;
 * on their own (root boundaries) they bring their own, and the site footer.
 */
export function RefusalPage({ kind, standalone }: { kind: Kind; standalone: boolean }) {
  const t = useTranslations("shell.refusal");
  const content = (
    <VStack gap="space-16" className="max-w-2xl">
      <Heading level="1" size="large">
        {t(`${kind}Heading`)}
      </Heading>
      <BodyShort>{t(`${kind}Body`)}</BodyShort>
      <NextLink className="aksel-link" href="/">
        {t("home")}
      </NextLink>
    </VStack>
  );
  return standalone ? (
    <>
      <main id="hovedinnhold" className="mx-auto max-w-2xl px-4 py-16">
        {content}
      </main>
      <SiteFooter />
    </>
  ) : (
    content
  );
}
