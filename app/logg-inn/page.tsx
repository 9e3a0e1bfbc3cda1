import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { signInRefusalKey } from "~/lib/sign-in-refusals";
import { oidcButtons } from "~/server/auth/oidc";
import { getRequestUser } from "~/server/auth/session";
import { LanguageChoice } from "~/app/_components/language-choice";
import { SiteFooter } from "~/app/_components/site-footer";
import { OrDivider, ProviderButtons, SignInRefusal } from "./provider-buttons";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ neste?: string; error?: string }> }) {
  const { neste, error } = await searchParams;
  const next = safeNext(neste);
  if (await getRequestUser()) redirect(next);
  const t = await getTranslations("auth");
  // Only a provider's callback sends people here with ?error=, and only its code is read: a
  // description in the address is anyone's text, never shown.
  const refusalKey = oidcButtons.length > 0 ? signInRefusalKey(error) : null;
  const here = next === "/" ? "/logg-inn" : `/logg-inn?neste=${encodeURIComponent(next)}`;
  return (
    <>
      <main id="hovedinnhold" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
        <VStack gap="space-16">
          {refusalKey && <SignInRefusal message={t(refusalKey)} />}
          <SignInForm
            next={next}
            providers={
              oidcButtons.length > 0 && (
                <>
                  <ProviderButtons
                    providers={oidcButtons}
                    callbackURL={next}
                    // A refusal comes back here, still on its way to the same page.
                    errorCallbackURL={here}
                  />
                  <OrDivider>{t("signIn.orPassword")}</OrDivider>
                </>
              )
            }
          />
          {/* Before signing in the choice is kept in this browser only (the sprak cookie). */}
          <LanguageChoice returnTo={here} size="small" />
        </VStack>
      </main>
      <SiteFooter />
    </>
  );
}

/** Only same-site paths: never send someone to another host after signing in. */
function safeNext(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}
