import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { getServerCaller } from "~/server/api/server-caller";
import { DeliveryForm } from "./delivery-form";

export const metadata: Metadata = { title: "Varsler på e-post" };

/** The person's own choice per kind: at once, in the 07:00 digest, or not by e-mail. */
export default async function NotificationSettingsPage() {
  const api = await getServerCaller();
  // An invitation to the app goes to someone who has no account yet: there is nothing to choose.
  const choices = (await api.notification.deliveries()).filter((d) => d.kind !== "app_invitation");
  return (
    <VStack gap="space-24">
      <div>
        <BodyShort spacing>
          <NextLink className="aksel-link" href="/varsler">
            Tilbake til varslene
          </NextLink>
        </BodyShort>
        <Heading level="1" size="xlarge" spacing>
          Varsler på e-post
        </Heading>
        <BodyLong className="max-w-prose">
          Velg for hver type varsel om du vil ha e-post med en gang, samle dem i et daglig sammendrag klokken 07, eller ikke få e-post.
          Alle varsler vises uansett under Varsler i Partnerskapsrommet. Det som venter på deg, er i utgangspunktet satt til «Med en
          gang», resten til daglig sammendrag.
        </BodyLong>
      </div>
      <DeliveryForm choices={choices} />
    </VStack>
  );
}
