"use client";

import { Alert, BodyLong, BodyShort, Button, CopyButton, Heading, HStack, Tag, TextField, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import QRCode from "qrcode";
import { useEffect, useRef, useState } from "react";
import { cleanTotpCode, codeFailure, groupedSecret, passwordStepFailure, totpSecretOf } from "~/lib/two-factor";
import { DialogForm, FormShell } from "~/app/_components/form-shell";
import { loadAuthClient } from "~/app/_lib/load-auth-client";
import { useAuthStep } from "./use-auth-step";

interface Props {
  /** For password managers, beside the password fields. */
  email: string;
  enabled: boolean;
  /** AUTH_REQUIRE_2FA: it cannot be turned off, and until it is on nothing else can be used. */
  required: boolean;
}

/** Turning it on: the password, then the app's first code; the backup codes are shown once at the end. */
type Setup =
  | { phase: "password" }
  | { phase: "confirm"; secret: string; qr: string | null; backupCodes: string[] }
  | { phase: "codes"; backupCodes: string[] };

/** The QR code as an SVG image, drawn in the browser from better-auth's answer: the secret goes to no other service. */
async function qrImageOf(totpUri: string): Promise<string | null> {
  try {
    const svg = await QRCode.toString(totpUri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  } catch {
    return null;
  }
}

export function TwoFactorSection({ email, enabled, required }: Props) {
  const router = useRouter();
  const t = useTranslations("account.twoFactor");
  const [setup, setSetup] = useState<Setup | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [turningOff, setTurningOff] = useState(false);
  const enable = useAuthStep();
  const confirm = useAuthStep();
  const disable = useAuthStep();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [disablePassword, setDisablePassword] = useState("");

  // Each step moves focus to where it starts, once React has rendered it.
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const codesRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const [focusRequest, setFocusRequest] = useState<{ to: "password" | "confirm" | "codes" | "start" | "status"; n: number } | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    ({ password: passwordRef, confirm: confirmRef, codes: codesRef, start: startRef, status: statusRef })[focusRequest.to].current?.focus();
  }, [focusRequest]);
  const focus = (to: "password" | "confirm" | "codes" | "start" | "status") => setFocusRequest((f) => ({ to, n: (f?.n ?? 0) + 1 }));

  function start() {
    setStatus(null);
    setPassword("");
    enable.reset();
    setSetup({ phase: "password" });
    focus("password");
  }

  function cancel() {
    setSetup(null);
    setCode("");
    confirm.reset();
    focus("start");
  }

  async function submitPassword() {
    if (enable.refuse(password ? {} : { password: t("passwordMissing") })) return;
    const data = await enable.run(async () => (await loadAuthClient()).twoFactor.enable({ password }), passwordStepFailure);
    if (!data || !("totpURI" in data) || !data.totpURI) return;
    const secret = totpSecretOf(data.totpURI);
    if (!secret) {
      enable.fail({ fieldErrors: {}, formError: t("noKey") });
      return;
    }
    setPassword("");
    setCode("");
    confirm.reset();
    setSetup({ phase: "confirm", secret, qr: await qrImageOf(data.totpURI), backupCodes: data.backupCodes ?? [] });
    focus("confirm");
  }

  async function submitCode() {
    if (setup?.phase !== "confirm") return;
    const typed = cleanTotpCode(code);
    if (confirm.refuse(/^\d{6}$/.test(typed) ? {} : { code: typed ? t("codeSixDigits") : t("codeMissing") })) return;
    const done = await confirm.run(
      async () => (await loadAuthClient()).twoFactor.verifyTotp({ code: typed }),
      (error) => ({ fieldErrors: {}, formError: codeFailure(error, "totp").message }),
    );
    if (!done) return;
    setSetup({ phase: "codes", backupCodes: setup.backupCodes });
    focus("codes");
  }

  function finish() {
    setSetup(null);
    setStatus(t("turnedOn"));
    // The page reads the account again: two-factor on, and (under AUTH_REQUIRE_2FA) the rest of the app open.
    router.refresh();
    focus("status");
  }

  async function turnOff() {
    if (disable.refuse(disablePassword ? {} : { disablePassword: t("passwordMissing") })) return;
    const done = await disable.run(async () => (await loadAuthClient()).twoFactor.disable({ password: disablePassword }), (e) => passwordStepFailure(e, "disablePassword"));
    if (!done) return;
    setTurningOff(false);
    setDisablePassword("");
    setStatus(t("turnedOff"));
    router.refresh();
    focus("status");
  }

  const codesIntro = t.rich("codesIntro", { strong: (chunks) => <strong>{chunks}</strong> });
  const statusLine = status && (
    <BodyShort ref={statusRef} tabIndex={-1} role="status" className="outline-none">
      {status}
    </BodyShort>
  );

  return (
    <section aria-labelledby="tofaktor-heading" className="max-w-2xl">
      <VStack gap="space-16">
        <HStack gap="space-12" align="center">
          <Heading id="tofaktor-heading" level="2" size="medium">
            {t("heading")}
          </Heading>
          {setup?.phase !== "codes" && (
            <Tag variant={enabled ? "success" : "neutral"} size="small">
              {enabled ? t("on") : t("off")}
            </Tag>
          )}
        </HStack>
        {statusLine}

        {setup === null && enabled && (
          <>
            <BodyLong>{t("enabledIntro")}</BodyLong>
            {required ? (
              <BodyShort>{t("required")}</BodyShort>
            ) : (
              <div>
                <Button variant="secondary" onClick={() => (disable.reset(), setDisablePassword(""), setTurningOff(true))}>
                  {t("turnOff")}
                </Button>
              </div>
            )}
          </>
        )}

        {setup === null && !enabled && (
          <>
            <BodyLong>{t("disabledIntro")}</BodyLong>
            <div>
              <Button ref={startRef} onClick={start}>
                {t("turnOn")}
              </Button>
            </div>
          </>
        )}

        {setup?.phase === "password" && (
          <FormShell
            form={enable.feedback}
            onSubmit={submitPassword}
            label={t("confirmPasswordLabel")}
            heading={<BodyShort>{t("confirmPasswordIntro")}</BodyShort>}
            submit={{ label: t("continue") }}
            onCancel={cancel}
          >
            <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
            <TextField
              ref={passwordRef}
              id="password"
              label={t("password")}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={enable.fieldErrors.password}
              className="max-w-md"
            />
          </FormShell>
        )}

        {setup?.phase === "confirm" && (
          <VStack gap="space-16">
            <div ref={confirmRef} tabIndex={-1} className="outline-none">
              <Heading level="3" size="small" spacing>
                {t("step1")}
              </Heading>
              <BodyLong>{t("step1Intro")}</BodyLong>
            </div>
            {setup.qr && (
              // A data URL of our own SVG: next/image adds nothing here.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={setup.qr}
                width={200}
                height={200}
                alt={t("qrAlt")}
                className="rounded border border-ax-border-neutral-subtle bg-white"
              />
            )}
            <VStack gap="space-8">
              <BodyShort>{t("cannotScan")}</BodyShort>
              <HStack gap="space-8" align="center" wrap>
                <BodyShort as="p" className="font-mono text-lg">
                  <span className="sr-only">{t("key")}</span>
                  <code id="tofaktor-nokkel">{groupedSecret(setup.secret)}</code>
                </BodyShort>
                <CopyButton copyText={setup.secret} text={t("copyKey")} activeText={t("keyCopied")} size="small" />
              </HStack>
            </VStack>
            <FormShell
              form={confirm.feedback}
              onSubmit={submitCode}
              label={t("confirmCodeLabel")}
              heading={
                <div>
                  <Heading level="3" size="small" spacing>
                    {t("step2")}
                  </Heading>
                  <BodyShort>{t("step2Intro")}</BodyShort>
                </div>
              }
              submit={{ label: t("turnOnShort") }}
              onCancel={cancel}
            >
              <TextField
                id="code"
                label={t("codeLabel")}
                description={t("codeDescription")}
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={12}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                error={confirm.fieldErrors.code}
                className="max-w-[12rem]"
              />
            </FormShell>
          </VStack>
        )}

        {setup?.phase === "codes" && (
          <Alert variant="success" ref={codesRef} tabIndex={-1}>
            <VStack gap="space-12">
              <Heading level="3" size="small">
                {t("codesHeading")}
              </Heading>
              <BodyLong>{codesIntro}</BodyLong>
              <ul aria-label={t("codesLabel")} className="m-0 grid list-none grid-cols-2 gap-x-8 gap-y-1 p-0 font-mono ax-md:grid-cols-3">
                {setup.backupCodes.map((backupCode) => (
                  <li key={backupCode}>{backupCode}</li>
                ))}
              </ul>
              <HStack gap="space-8" align="center" wrap>
                <CopyButton copyText={setup.backupCodes.join("\n")} text={t("copyCodes")} activeText={t("codesCopied")} size="small" />
                <Button size="small" onClick={finish}>
                  {t("codesKept")}
                </Button>
              </HStack>
            </VStack>
          </Alert>
        )}
      </VStack>

      <DialogForm
        open={turningOff}
        onClose={() => setTurningOff(false)}
        heading={t("turnOffHeading")}
        width="small"
        form={disable.feedback}
        onSubmit={turnOff}
        intro={<BodyShort>{t("turnOffIntro")}</BodyShort>}
        submitLabel={t("turnOffShort")}
      >
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <TextField
          id="disablePassword"
          label={t("password")}
          type="password"
          autoComplete="current-password"
          value={disablePassword}
          onChange={(e) => setDisablePassword(e.target.value)}
          error={disable.fieldErrors.disablePassword}
        />
      </DialogForm>
    </section>
  );
}
