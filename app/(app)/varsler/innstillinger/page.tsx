import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { getServerCaller } from "~/server/api/server-caller";
import { DeliveryForm } from "./delivery-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.settings");
  return { title: t("title") };
}

/** The person's own choice per kind: at once, in the 07:00 digest, or not by e-mail. */
export default async function NotificationSettingsPage() {
  const api = await getServerCaller();
  // An invitation to the app goes to someone who has no account yet: there is nothing to choose.
  const [deliveries, t] = await Promise.all([api.notification.deliveries(), getTranslations("notifications.settings")]);
  const choices = deliveries.filter((d) => d.kind !== "app_invitation");
  return (
    <VStack gap="space-24">
      <div>
        <BodyShort spacing>
          <NextLink className="aksel-link" href="/varsler">
            {t("back")}
          </NextLink>
        </BodyShort>
        <Heading level="1" size="xlarge" spacing>
          {t("title")}
        </Heading>
        <BodyLong className="max-w-prose">{t("intro")}</BodyLong>
      </div>
      <DeliveryForm choices={choices} />
    </VStack>
  );
}
