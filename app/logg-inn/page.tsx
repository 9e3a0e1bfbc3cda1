import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signInErrorMessage } from "~/lib/sign-in-errors";
import { oidcButtons } from "~/server/auth/oidc";
import { getRequestUser } from "~/server/auth/session";
import { OrDivider, ProviderButtons, SignInRefusal } from "./provider-buttons";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Logg inn" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ neste?: string; error?: string }> }) {
  const { neste, error } = await searchParams;
  const next = safeNext(neste);
  if (await getRequestUser()) redirect(next);
  // Only a provider's callback sends people here with ?error=, and only its code is read: a
  // description in the address is anyone's text, never shown.
  const refusal = oidcButtons.length > 0 ? signInErrorMessage(error) : null;
  return (
    <main id="hovedinnhold" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <VStack gap="space-16">
        {refusal && <SignInRefusal message={refusal} />}
        <SignInForm
          next={next}
          providers={
            oidcButtons.length > 0 && (
              <>
                <ProviderButtons
                  providers={oidcButtons}
                  callbackURL={next}
                  // A refusal comes back here, still on its way to the same page.
                  errorCallbackURL={next === "/" ? "/logg-inn" : `/logg-inn?neste=${encodeURIComponent(next)}`}
                />
                <OrDivider>eller med e-post og passord</OrDivider>
              </>
            )
          }
        />
      </VStack>
    </main>
  );
}

/** Only same-site paths: never send someone to another host after signing in. */
function safeNext(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}
