import { Alert } from "@navikt/ds-react/Alert";
import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { getServerCaller } from "~/server/api/server-caller";
import { loadOrInterrupt } from "~/app/_lib/load";
import { ChangePasswordForm } from "./change-password-form";
import { SessionsSection } from "./sessions-section";
import { TwoFactorSection } from "./two-factor-section";

export const metadata: Metadata = { title: "Min konto" };

export default async function AccountPage() {
  const api = await getServerCaller();
  const own = await loadOrInterrupt(() => api.account.own());

  return (
    <VStack gap="space-48">
      <VStack gap="space-16">
        <Heading level="1" size="xlarge">
          Min konto
        </Heading>
        {own.mustTurnOnTwoFactor && (
          <Alert variant="warning" className="max-w-2xl">
            Administratoren krever tofaktor-innlogging for alle som logger inn med passord. Slå på tofaktor-innlogging nedenfor før
            du kan bruke Partnerskapsrommet.
          </Alert>
        )}
      </VStack>

      <section aria-labelledby="konto-heading">
        <Heading id="konto-heading" level="2" size="medium" spacing>
          Kontoen din
        </Heading>
        <dl className="grid grid-cols-1 gap-x-8 gap-y-1 ax-sm:grid-cols-[max-content_1fr] ax-sm:gap-y-3">
          <dt className="font-semibold">Navn</dt>
          <dd className="mb-2 ax-sm:mb-0">{own.name}</dd>
          <dt className="font-semibold">E-post</dt>
          <dd className="mb-2 break-all ax-sm:mb-0">{own.email}</dd>
          <dt className="font-semibold">Slik logger du inn</dt>
          <dd>
            {own.signInMethods.length === 0 ? (
              "Ingen innloggingsmåte er registrert"
            ) : (
              <ul className="m-0 list-none p-0">
                {own.signInMethods.map((method) => (
                  <li key={method}>{method}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <BodyShort size="small" className="mt-4 max-w-prose">
          Er navnet eller e-postadressen feil, ta kontakt med administratoren.
        </BodyShort>
      </section>

      {own.hasPassword ? (
        <>
          {/* While the app is closed until two-factor is on, that comes first. */}
          {own.mustTurnOnTwoFactor ? null : <ChangePasswordForm email={own.email} />}
          <TwoFactorSection email={own.email} enabled={own.twoFactorEnabled} required={own.twoFactorRequired} />
          {own.mustTurnOnTwoFactor ? <ChangePasswordForm email={own.email} /> : null}
        </>
      ) : (
        <BodyShort className="max-w-prose">
          Du logger inn med jobbkontoen din, så passord og tofaktor-innlogging styres der, ikke her.
        </BodyShort>
      )}

      {!own.mustTurnOnTwoFactor && (
        <section aria-labelledby="varsler-heading">
          <Heading id="varsler-heading" level="2" size="medium" spacing>
            Varsler på e-post
          </Heading>
          <BodyShort className="max-w-prose">
            Velg for hver type varsel om du vil ha e-post med en gang, i et daglig sammendrag kl. 07 eller ikke i det hele tatt:{" "}
            <NextLink className="aksel-link" href="/varsler/innstillinger">
              Innstillinger for varsler
            </NextLink>
            .
          </BodyShort>
        </section>
      )}

      <SessionsSection sessions={own.sessions} />
    </VStack>
  );
}
