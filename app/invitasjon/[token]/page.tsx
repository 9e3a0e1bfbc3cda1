import { Alert } from "@navikt/ds-react/Alert";
import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { TRPCError } from "@trpc/server";
import { getServerCaller } from "~/server/api/server-caller";
import { oidcButtons } from "~/server/auth/oidc";
import { SiteFooter } from "~/app/_components/site-footer";
import { TRPCReactProvider } from "~/app/_components/trpc-provider";
import { ProviderButtons } from "~/app/logg-inn/provider-buttons";
import { AcceptInvitationForm } from "./accept-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.invitation");
  return { title: t("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth.invitation");
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

  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const workAccountIntro = (email: string) => t.rich("workAccountIntro", { email, strong });
  /** «Hei, Kari. Du er invitert som Nav-leder i Nav Grimstad.» */
  const greetingOf = (invited: Exclude<typeof invitation, { error: string }>) => {
    const values = { name: invited.name, role: invited.title || invited.roleLabel, strong };
    if (invited.officeName) return t.rich("greetingOffice", { ...values, office: invited.officeName });
    if (invited.fylkeName) return t.rich("greetingFylke", { ...values, fylke: invited.fylkeName });
    return t.rich("greeting", values);
  };
  return (
    <>
      <main id="hovedinnhold" className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-4 py-12">
        <VStack gap="space-24">
          <Heading level="1" size="large">
            {t("welcome")}
          </Heading>
          {"error" in invitation ? (
            <VStack gap="space-16">
              <Alert variant="warning">{invitation.error}</Alert>
              <NextLink className="aksel-link" href="/logg-inn">
                {t("toSignIn")}
              </NextLink>
            </VStack>
          ) : (
            <>
              <BodyShort>
                {greetingOf(invitation)}
                {withProviders ? "" : ` ${t("choosePassword", { email: invitation.email })}`}
              </BodyShort>
              {withProviders ? (
                <>
                  {/* First way: the work account. The account gate (server/auth/account-gate.ts) lets an invited
                      e-mail in and grants the invitation's role; any other e-mail is refused. */}
                  <VStack gap="space-12">
                    <Heading level="2" size="small">
                      {t("workAccountHeading")}
                    </Heading>
                    <BodyShort>{workAccountIntro(invitation.email)}</BodyShort>
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
                      {t("passwordHeading")}
                    </Heading>
                    <BodyShort>{t("choosePassword", { email: invitation.email })}</BodyShort>
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
      <SiteFooter />
    </>
  );
}
