"use client";

import { Alert, BodyShort, Box, Button, ErrorSummary, Heading, TextField, VStack } from "@navikt/ds-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ACCOUNT_LOCKED_CODE } from "~/lib/limits";
import { ACCOUNT_DEACTIVATED_CODE, signInErrorMessage } from "~/lib/sign-in-errors";
import { cleanBackupCode, cleanTotpCode, codeFailure } from "~/lib/two-factor";
import { loadAuthClient } from "~/app/_lib/load-auth-client";

type Field = "email" | "password" | "code" | "backupCode";
type Errors = Partial<Record<Field, string>>;
/** The second step, after a right password for an account with two-factor sign-in. */
type Step = "password" | "totp" | "backup";
type FocusTarget = "summary" | "failure" | "code" | "email";

/** `providers`: the work-account buttons, drawn under the heading in the password step only. */
export function SignInForm({ next, providers }: { next: string; providers?: React.ReactNode }) {
  const router = useRouter();
  const [step, setStep] = useState<Step>("password");
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  // Focus moves once React has rendered the message or the next step (a requestAnimationFrame
  // could run before that on a slow machine and leave focus on <body>).
  const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget; count: number } | null>(null);
  useEffect(() => {
    if (focusRequest) ({ summary: summaryRef, failure: failureRef, code: codeRef, email: emailRef })[focusRequest.target].current?.focus();
  }, [focusRequest]);
  const requestFocus = (target: FocusTarget) =>
    setFocusRequest((current) => ({ target, count: (current?.count ?? 0) + 1 }));

  function showFieldErrors(found: Errors): boolean {
    setErrors(found);
    setFailure(null);
    if (Object.values(found).some(Boolean)) {
      requestFocus("summary");
      return true;
    }
    return false;
  }

  function signedIn() {
    router.replace(next);
    router.refresh();
  }

  async function onPassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = (form.get("email") as string | null)?.trim() ?? "";
    const password = (form.get("password") as string | null) ?? "";
    const found: Errors = {};
    if (!email) found.email = "Skriv inn e-postadressen din.";
    if (!password) found.password = "Skriv inn passordet ditt.";
    if (showFieldErrors(found)) return;
    setPending(true);
    const { data, error } = await (await loadAuthClient()).signIn.email({ email, password });
    setPending(false);
    if (error) {
      setFailure(
        error.status === 429
          ? // The per-account limit says how long to wait; the per-address limit is a minute.
            error.code === ACCOUNT_LOCKED_CODE && error.message
            ? error.message
            : "Du har prøvd for mange ganger. Vent et minutt og prøv igjen."
          : error.code === ACCOUNT_DEACTIVATED_CODE
            ? signInErrorMessage(error.code)
            : "Feil e-post eller passord.",
      );
      requestFocus("failure");
      return;
    }
    // The password was right, and the account asks for a code too (better-auth's twoFactor plugin).
    if (data && "twoFactorRedirect" in data && data.twoFactorRedirect) {
      setStep("totp");
      requestFocus("code");
      return;
    }
    signedIn();
  }

  async function onCode(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const backup = step === "backup";
    const typed = (form.get(backup ? "backupCode" : "code") as string | null) ?? "";
    const code = backup ? cleanBackupCode(typed) : cleanTotpCode(typed);
    const found: Errors = backup
      ? { backupCode: code ? undefined : "Skriv inn en av reservekodene dine." }
      : { code: code ? (/^\d{6}$/.test(code) ? undefined : "Koden fra appen har seks sifre.") : "Skriv inn koden fra appen." };
    if (showFieldErrors(found)) return;
    setPending(true);
    const client = await loadAuthClient();
    const { error } = backup ? await client.twoFactor.verifyBackupCode({ code }) : await client.twoFactor.verifyTotp({ code });
    setPending(false);
    if (error) {
      const { message, restart } = codeFailure(error, backup ? "backup" : "totp");
      if (restart) setStep("password");
      setFailure(message);
      requestFocus("failure");
      return;
    }
    signedIn();
  }

  function switchTo(target: Step) {
    setStep(target);
    setErrors({});
    setFailure(null);
    requestFocus(target === "password" ? "email" : "code");
  }

  const errorList = Object.entries(errors).filter(([, message]) => message);

  const messages = (
    <>
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
    </>
  );

  return (
    <Box padding="space-32" borderRadius="12" background="default" borderColor="neutral-subtle" borderWidth="1">
      {step === "password" ? (
        // The auth client is fetched once the person starts on the form, so the first submit need not wait for it.
        <form onSubmit={onPassword} onFocus={() => void loadAuthClient().catch(() => undefined)} noValidate>
          <VStack gap="space-24">
            <div>
              <Heading level="1" size="large" spacing>
                Logg inn
              </Heading>
              <BodyShort>Partnerskapsrommet – felles planlegging for Nav-kontorets eiere og leder.</BodyShort>
            </div>
            {messages}
            {providers}
            <TextField ref={emailRef} id="email" name="email" type="email" label="E-post" autoComplete="username" error={errors.email} />
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
            <BodyShort size="small">Har du fått en invitasjon? Bruk lenken du fikk for å lage passord.</BodyShort>
          </VStack>
        </form>
      ) : (
        <form onSubmit={onCode} noValidate aria-labelledby="kode-heading">
          <VStack gap="space-24">
            <div>
              <Heading id="kode-heading" level="1" size="large" spacing>
                {step === "totp" ? "Skriv inn koden fra autentiseringsappen" : "Skriv inn en reservekode"}
              </Heading>
              <BodyShort>
                {step === "totp"
                  ? "Kontoen din har tofaktor-innlogging. Åpne autentiseringsappen på telefonen og skriv inn koden den viser for Partnerskapsrommet."
                  : "Bruk en av reservekodene du fikk da du slo på tofaktor-innlogging. Hver kode virker bare én gang."}
              </BodyShort>
            </div>
            {messages}
            {step === "totp" ? (
              <TextField
                key="code"
                ref={codeRef}
                id="code"
                name="code"
                label="Kode fra appen"
                description="Seks sifre. Koden byttes hvert 30. sekund."
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={12}
                className="max-w-[12rem]"
                error={errors.code}
              />
            ) : (
              <TextField
                key="backupCode"
                ref={codeRef}
                id="backupCode"
                name="backupCode"
                label="Reservekode"
                description="Ti tegn, for eksempel a1B2c-3D4e5."
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={40}
                className="max-w-[16rem]"
                error={errors.backupCode}
              />
            )}
            <Button type="submit" loading={pending}>
              Logg inn
            </Button>
            <VStack gap="space-8" align="start">
              <Button type="button" variant="tertiary" size="small" onClick={() => switchTo(step === "totp" ? "backup" : "totp")}>
                {step === "totp" ? "Bruk en reservekode i stedet" : "Bruk koden fra appen i stedet"}
              </Button>
              <Button type="button" variant="tertiary" size="small" onClick={() => switchTo("password")}>
                Avbryt og begynn på nytt
              </Button>
            </VStack>
          </VStack>
        </form>
      )}
    </Box>
  );
}
