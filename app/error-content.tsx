"use client";

import { Alert, Button, VStack } from "@navikt/ds-react";

/** What app/error.tsx shows, in Aksel's components: fetched only when a page fails. */
export default function ErrorContent({ reset }: { reset: () => void }) {
  return (
    <VStack gap="space-16">
      <Alert variant="error">Noe gikk galt hos oss. Prøv igjen, eller last siden på nytt.</Alert>
      <Button onClick={reset} variant="secondary">
        Prøv igjen
      </Button>
    </VStack>
  );
}
