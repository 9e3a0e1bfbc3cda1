import { BodyShort, Heading, VStack } from "@navikt/ds-react";
import NextLink from "next/link";

export default function NotFound() {
  return (
    <main id="hovedinnhold" className="mx-auto max-w-2xl px-4 py-16">
      <VStack gap="space-16">
        <Heading level="1" size="large">
          Fant ikke siden
        </Heading>
        <BodyShort>Adressen kan være feil, eller siden kan være flyttet eller slettet.</BodyShort>
        <NextLink className="aksel-link" href="/">
          Gå til mine partnerskap
        </NextLink>
      </VStack>
    </main>
  );
}
