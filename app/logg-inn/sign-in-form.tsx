"use client";

import { Alert, BodyShort, Box, Button, ErrorSummary, Heading, TextField, VStack } from "@navikt/ds-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ACCOUNT_LOCKED_CODE } from "~/lib/limits";
import { authClient } from "~/app/_lib/auth-client";

type Errors = { email?: string; password?: string };

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  // Focus moves once React has rendered the message (a requestAnimationFrame could
  // run before that on a slow machine and leave focus on <body>).
  const [focusRequest, setFocusRequest] = useState<{ target: "summary" | "failure"; count: number } | null>(null);
  useEffect(() => {
    if (focusRequest) (focusRequest.target === "summary" ? summaryRef : failureRef).current?.focus();
  }, [focusRequest]);
  const requestFocus = (target: "summary" | "failure") =>
    setFocusRequest((current) => ({ target, count: (current?.count ?? 0) + 1 }));

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = (form.get("email") as string | null)?.trim() ?? "";
    const password = (form.get("password") as string | null) ?? "";
    const found: Errors = {};
    if (!email) found.email = "Skriv inn e-postadressen din.";
    if (!password) found.password = "Skriv inn passordet ditt.";
    setErrors(found);
    setFailure(null);
    if (found.email || found.password) {
      requestFocus("summary");
      return;
    }
    setPending(true);
    const { error } = await authClient.signIn.email({ email, password });
    setPending(false);
    if (error) {
      setFailure(
        error.status === 429
          ? // The per-account limit says how long to wait; the per-address limit is a minute.
            error.code === ACCOUNT_LOCKED_CODE && error.message
            ? error.message
            : "Du har prøvd for mange ganger. Vent et minutt og prøv igjen."
          : "Feil e-post eller passord.",
      );
      requestFocus("failure");
      return;
    }
    router.replace(next);
    router.refresh();
  }

  const errorList = Object.entries(errors).filter(([, message]) => message);

  return (
    <Box padding="space-32" borderRadius="12" background="default" borderColor="neutral-subtle" borderWidth="1">
      <form onSubmit={onSubmit} noValidate>
        <VStack gap="space-24">
          <div>
            <Heading level="1" size="large" spacing>
              Logg inn
            </Heading>
            <BodyShort>Partnerskapsrommet – felles planlegging for Nav-kontorets eiere og leder.</BodyShort>
          </div>
          {errorList.length > 0 && (
            <ErrorSummary ref={summaryRef} heading="Du må rette dette før du kan logge inn:">
              {errorList.map(([field, message]) => (
                <ErrorSummary.Item key={field} href={`#${field}`}>
                  {message}
                </ErrorSummary.Item>
              ))}
            </ErrorSummary>
          )}
          {failure && (
            <Alert variant="error" role="alert" ref={failureRef} tabIndex={-1}>
              {failure}
            </Alert>
          )}
          <TextField
            id="email"
            name="email"
            type="email"
            label="E-post"
            autoComplete="username"
            error={errors.email}
          />
          <TextField
            id="password"
            name="password"
            type="password"
            label="Passord"
            autoComplete="current-password"
            error={errors.password}
          />
          <Button type="submit" loading={pending}>
            Logg inn
          </Button>
          <BodyShort size="small">
            Har du fått en invitasjon? Bruk lenken du fikk for å lage passord.
          </BodyShort>
        </VStack>
      </form>
    </Box>
  );
}
