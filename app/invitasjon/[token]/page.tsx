import { Alert } from "@navikt/ds-react/Alert";
import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { TRPCError } from "@trpc/server";
import { getServerCaller } from "~/server/api/server-caller";
import { oidcButtons } from "~/server/auth/oidc";
import { TRPCReactProvider } from "~/app/_components/trpc-provider";
import { ProviderButtons } from "~/app/logg-inn/provider-buttons";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Invitasjon" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = await getServerCaller();
  const invitation = await api.invitation.get({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError) return { error: error.message };
    throw error;
  });

  const withProviders = oidcButtons.length > 0;
  const passwordForm = "error" in invitation ? null : (
    // Signed out, one call per request: the server refuses anonymous batches (server/api/context.ts).
    <TRPCReactProvider maxBatch={1}>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </TRPCReactProvider>
  );

  return (
    <main id="hovedinnhold" className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-4 py-12">
      <VStack gap="space-24">
        <Heading level="1" size="large">
          Velkommen til Partnerskapsrommet
        </Heading>
        {"error" in invitation ? (
          <VStack gap="space-16">
            <Alert variant="warning">{invitation.error}</Alert>
            <NextLink className="aksel-link" href="/logg-inn">
              Gå til innlogging
            </NextLink>
          </VStack>
        ) : (
          <>
            <BodyShort>
              Hei, {invitation.name}. Du er invitert som <strong>{invitation.title || invitation.roleLabel}</strong>
              {invitation.officeName ? ` i ${invitation.officeName}` : invitation.fylkeName ? ` i Nav ${invitation.fylkeName}` : ""}.
              {withProviders ? "" : ` Velg et passord for å ta i bruk kontoen din (${invitation.email}).`}
            </BodyShort>
            {withProviders ? (
              <>
                {/* First way: the work account. The account gate (server/auth/account-gate.ts) lets an invited
                    e-mail in and grants the invitation's role; any other e-mail is refused. */}
                <VStack gap="space-12">
                  <Heading level="2" size="small">
                    Med jobbkonto
                  </Heading>
                  <BodyShort>
                    Logg inn med jobbkontoen din, så er kontoen klar. E-postadressen til jobbkontoen må være{" "}
                    <strong>{invitation.email}</strong>.
                  </BodyShort>
                  <ProviderButtons
                    providers={oidcButtons}
                    callbackURL="/"
                    errorCallbackURL="/logg-inn"
                    loginHint={invitation.email}
                    fullWidth={false}
                  />
                </VStack>
                <VStack gap="space-12">
                  <Heading level="2" size="small">
                    Eller med passord
                  </Heading>
                  <BodyShort>Velg et passord for å ta i bruk kontoen din ({invitation.email}).</BodyShort>
                  {passwordForm}
                </VStack>
              </>
            ) : (
              passwordForm
            )}
          </>
        )}
      </VStack>
    </main>
  );
}
