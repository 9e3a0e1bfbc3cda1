"use client";

import { Alert, Button, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";

/** What app/error.tsx shows, in Aksel's components: fetched only when a page fails. */
export default function ErrorContent({ reset }: { reset: () => void }) {
  const t = useTranslations("common");
  return (
    <VStack gap="space-16">
      <Alert variant="error">{t("errors.page")}</Alert>
      <Button onClick={reset} variant="secondary">
        {t("tryAgain")}
      </Button>
    </VStack>
  );
}
