import { BodyShort, Heading, VStack } from "@navikt/ds-react";
import NextLink from "next/link";

export default function Forbidden() {
  return (
    <main id="hovedinnhold" className="mx-auto max-w-2xl px-4 py-16">
      <VStack gap="space-16">
        <Heading level="1" size="large">
          Du har ikke tilgang til denne siden
        </Heading>
        <BodyShort>
          Du ser bare partnerskap der du har en rolle, eller som ligger i fylket ditt. Trenger du tilgang, ta kontakt med
          Nav-lederen i partnerskapet eller en administrator.
        </BodyShort>
        <NextLink className="aksel-link" href="/">
          Gå til mine partnerskap
        </NextLink>
      </VStack>
    </main>
  );
}
