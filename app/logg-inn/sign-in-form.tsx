"use client";

import { Alert, BodyShort, Box, Button, ErrorSummary, Heading, TextField, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ACCOUNT_LOCKED_CODE } from "~/lib/limits";
import { ACCOUNT_DEACTIVATED_CODE } from "~/lib/sign-in-refusals";
import { cleanBackupCode, cleanTotpCode, codeFailure } from "~/lib/two-factor";
import { loadAuthClient } from "~/app/_lib/load-auth-client";
import { useRenderText } from "~/app/_lib/use-text";

type Field = "email" | "password" | "code" | "backupCode";
type Errors = Partial<Record<Field, string>>;
/** The second step, after a right password for an account with two-factor sign-in. */
type Step = "password" | "totp" | "backup";
type FocusTarget = "summary" | "failure" | "code" | "email";

/** `providers`: the work-account buttons, drawn under the heading in the password step only. */
export function SignInForm({ next, providers }: { next: string; providers?: React.ReactNode }) {
  const router = useRouter();
  const t = useTranslations("auth.signIn");
  const common = useTranslations("common");
  const refusals = useTranslations("auth.refusal");
  const say = useRenderText();
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
    if (!email) found.email = t("emailMissing");
    if (!password) found.password = t("passwordMissing");
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
            : common("errors.tooManyTries")
          : error.code === ACCOUNT_DEACTIVATED_CODE
            ? refusals(ACCOUNT_DEACTIVATED_CODE)
            : t("wrongCredentials"),
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
      ? { backupCode: code ? undefined : t("backupMissing") }
      : { code: code ? (/^\d{6}$/.test(code) ? undefined : t("codeSixDigits")) : t("codeMissing") };
    if (showFieldErrors(found)) return;
    setPending(true);
    const client = await loadAuthClient();
    const { error } = backup ? await client.twoFactor.verifyBackupCode({ code }) : await client.twoFactor.verifyTotp({ code });
    setPending(false);
    if (error) {
      const { message, restart } = codeFailure(error, backup ? "backup" : "totp");
      if (restart) setStep("password");
      setFailure(say(message));
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
        <ErrorSummary ref={summaryRef} heading={t("summary")}>
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
                {t("title")}
              </Heading>
              <BodyShort>{t("intro")}</BodyShort>
            </div>
            {messages}
            {providers}
            <TextField ref={emailRef} id="email" name="email" type="email" label={t("email")} autoComplete="username" error={errors.email} />
            <TextField
              id="password"
              name="password"
              type="password"
              label={t("password")}
              autoComplete="current-password"
              error={errors.password}
            />
            <Button type="submit" loading={pending}>
              {t("submit")}
            </Button>
            <BodyShort size="small">{t("invited")}</BodyShort>
          </VStack>
        </form>
      ) : (
        <form onSubmit={onCode} noValidate aria-labelledby="kode-heading">
          <VStack gap="space-24">
            <div>
              <Heading id="kode-heading" level="1" size="large" spacing>
                {step === "totp" ? t("totpHeading") : t("backupHeading")}
              </Heading>
              <BodyShort>
                {step === "totp" ? t("totpIntro") : t("backupIntro")}
              </BodyShort>
            </div>
            {messages}
            {step === "totp" ? (
              <TextField
                key="code"
                ref={codeRef}
                id="code"
                name="code"
                label={t("codeLabel")}
                description={t("codeDescription")}
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
                label={t("backupLabel")}
                description={t("backupDescription")}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={40}
                className="max-w-[16rem]"
                error={errors.backupCode}
              />
            )}
            <Button type="submit" loading={pending}>
              {t("submit")}
            </Button>
            <VStack gap="space-8" align="start">
              <Button type="button" variant="tertiary" size="small" onClick={() => switchTo(step === "totp" ? "backup" : "totp")}>
                {step === "totp" ? t("useBackup") : t("useApp")}
              </Button>
              <Button type="button" variant="tertiary" size="small" onClick={() => switchTo("password")}>
                {t("restart")}
              </Button>
            </VStack>
          </VStack>
        </form>
      )}
    </Box>
  );
}
