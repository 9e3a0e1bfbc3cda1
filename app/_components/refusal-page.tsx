import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import NextLink from "next/link";

const texts = {
  forbidden: {
    heading: "Du har ikke tilgang til denne siden",
    body: "Du ser bare partnerskap der du har en rolle, eller som ligger i fylket ditt. Trenger du tilgang, ta kontakt med Nav-lederen i partnerskapet eller en administrator.",
  },
  notFound: {
    heading: "Fant ikke siden",
    body: "Adressen kan være feil, eller siden kan være flyttet eller slettet.",
  },
};

/**
 * The 403 and 404 pages. Inside the signed-in layout they render in its <main>;
 * on their own (root boundaries) they bring their own.
 */
export function RefusalPage({ kind, standalone }: { kind: keyof typeof texts; standalone: boolean }) {
  const content = (
    <VStack gap="space-16" className="max-w-2xl">
      <Heading level="1" size="large">
        {texts[kind].heading}
      </Heading>
      <BodyShort>{texts[kind].body}</BodyShort>
      <NextLink className="aksel-link" href="/">
        Gå til mine partnerskap
      </NextLink>
    </VStack>
  );
  return standalone ? (
    <main id="hovedinnhold" className="mx-auto max-w-2xl px-4 py-16">
      {content}
    </main>
  ) : (
    content
  );
}
