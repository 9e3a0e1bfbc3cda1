import { Alert, BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";
import NextLink from "next/link";
import { TRPCError } from "@trpc/server";
import { getServerCaller } from "~/server/api/server-caller";
import { TRPCReactProvider } from "~/app/_components/trpc-provider";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Invitasjon" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = await getServerCaller();
  const invitation = await api.invitation.get({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError) return { error: error.message };
    throw error;
  });

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
              Velg et passord for å ta i bruk kontoen din ({invitation.email}).
            </BodyShort>
            {/* Signed out, one call per request: the server refuses anonymous batches (server/api/context.ts). */}
            <TRPCReactProvider maxBatch={1}>
              <AcceptInvitationForm token={token} email={invitation.email} />
            </TRPCReactProvider>
          </>
        )}
      </VStack>
    </main>
  );
}
