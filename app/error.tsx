"use client";

import { Alert, Button, VStack } from "@navikt/ds-react";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="hovedinnhold" className="mx-auto max-w-2xl px-4 py-16">
      <VStack gap="space-16">
        <Alert variant="error">Noe gikk galt hos oss. Prøv igjen, eller last siden på nytt.</Alert>
        <Button onClick={reset} variant="secondary">
          Prøv igjen
        </Button>
      </VStack>
    </main>
  );
}
