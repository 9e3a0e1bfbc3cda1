"use client";

import { Alert, Button, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { loadAuthClient } from "~/app/_lib/load-auth-client";
import type { OidcButton } from "~/server/auth/oidc-providers";

/**
 * One button per configured OpenID Connect provider (server/auth/oidc.ts). better-auth sends the
 * browser on to the provider, with state, nonce and a PKCE challenge, and back to `callbackURL`;
 * a refused sign-in comes back to `errorCallbackURL` with `?error=<code>` (lib/sign-in-errors.ts).
 */
export function ProviderButtons({
  providers,
  callbackURL,
  errorCallbackURL,
  loginHint,
  fullWidth = true,
}: {
  providers: OidcButton[];
  callbackURL: string;
  errorCallbackURL: string;
  /** The e-mail the provider's login form starts with (an invitation knows it). */
  loginHint?: string;
  /** Full width in the sign-in card; as wide as its text beside other forms' buttons. */
  fullWidth?: boolean;
}) {
  const t = useTranslations("auth.provider");
  const common = useTranslations("common");
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  async function signIn(provider: string) {
    setPending(provider);
    setFailure(null);
    const { error } = await (await loadAuthClient()).signIn.social({ provider, callbackURL, errorCallbackURL, loginHint });
    // On success the client is already on its way to the provider: the button stays busy.
    if (!error) return;
    setPending(null);
    setFailure(error.status === 429 ? common("errors.tooManyTries") : t("unavailable"));
  }

  return (
    <VStack gap="space-12" align={fullWidth ? "stretch" : "start"}>
      {failure && (
        <Alert variant="error" role="alert" ref={failureRef} tabIndex={-1}>
          {failure}
        </Alert>
      )}
      {providers.map(({ id, label }) => (
        <Button
          key={id}
          type="button"
          variant="primary"
          loading={pending === id}
          disabled={pending !== null && pending !== id}
          onClick={() => void signIn(id)}
        >
          {label ?? t("defaultLabel")}
        </Button>
      ))}
    </VStack>
  );
}

/** A refused or failed provider sign-in, said first and focused so a screen reader reads it at once. */
export function SignInRefusal({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert variant="error" role="alert" ref={ref} tabIndex={-1}>
      {message}
    </Alert>
  );
}

/** The line between the providers and the password form. */
export function OrDivider({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex items-center gap-3">
      <span aria-hidden className="h-px flex-1 border-t border-ax-border-neutral-subtle" />
      <span className="text-ax-text-neutral-subtle">{children}</span>
      <span aria-hidden className="h-px flex-1 border-t border-ax-border-neutral-subtle" />
    </div>
  );
}
