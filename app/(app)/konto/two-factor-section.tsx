"use client";

import { Alert, BodyLong, BodyShort, Button, CopyButton, Heading, HStack, Tag, TextField, VStack } from "@navikt/ds-react";
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
    if (enable.refuse(password ? {} : { password: "Skriv inn passordet ditt." })) return;
    const data = await enable.run(async () => (await loadAuthClient()).twoFactor.enable({ password }), passwordStepFailure);
    if (!data || !("totpURI" in data) || !data.totpURI) return;
    const secret = totpSecretOf(data.totpURI);
    if (!secret) {
      enable.fail({ fieldErrors: {}, formError: "Vi kunne ikke lage nøkkelen til appen. Prøv igjen." });
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
    if (confirm.refuse(/^\d{6}$/.test(typed) ? {} : { code: typed ? "Koden fra appen har seks sifre." : "Skriv inn koden appen viser." })) return;
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
    setStatus("Tofaktor-innlogging er slått på.");
    // The page reads the account again: two-factor on, and (under AUTH_REQUIRE_2FA) the rest of the app open.
    router.refresh();
    focus("status");
  }

  async function turnOff() {
    if (disable.refuse(disablePassword ? {} : { disablePassword: "Skriv inn passordet ditt." })) return;
    const done = await disable.run(async () => (await loadAuthClient()).twoFactor.disable({ password: disablePassword }), (e) => passwordStepFailure(e, "disablePassword"));
    if (!done) return;
    setTurningOff(false);
    setDisablePassword("");
    setStatus("Tofaktor-innlogging er slått av.");
    router.refresh();
    focus("status");
  }

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
            Tofaktor-innlogging
          </Heading>
          {setup?.phase !== "codes" && (
            <Tag variant={enabled ? "success" : "neutral"} size="small">
              {enabled ? "På" : "Av"}
            </Tag>
          )}
        </HStack>
        {statusLine}

        {setup === null && enabled && (
          <>
            <BodyLong>
              Når du logger inn med e-post og passord, ber vi også om en kode fra autentiseringsappen på telefonen din. Mister du
              telefonen, kan du bruke en av reservekodene du fikk.
            </BodyLong>
            {required ? (
              <BodyShort>Administratoren krever tofaktor-innlogging for kontoer med passord, så den kan ikke slås av.</BodyShort>
            ) : (
              <div>
                <Button variant="secondary" onClick={() => (disable.reset(), setDisablePassword(""), setTurningOff(true))}>
                  Slå av tofaktor-innlogging
                </Button>
              </div>
            )}
          </>
        )}

        {setup === null && !enabled && (
          <>
            <BodyLong>
              Med tofaktor-innlogging må du skrive inn en kode fra en autentiseringsapp på telefonen (for eksempel Microsoft
              Authenticator eller Google Authenticator) i tillegg til passordet. Da kommer ingen inn på kontoen din med passordet alene.
            </BodyLong>
            <div>
              <Button ref={startRef} onClick={start}>
                Slå på tofaktor-innlogging
              </Button>
            </div>
          </>
        )}

        {setup?.phase === "password" && (
          <FormShell
            form={enable.feedback}
            onSubmit={submitPassword}
            label="Bekreft med passordet ditt"
            heading={<BodyShort>Skriv passordet ditt for å bekrefte at det er deg.</BodyShort>}
            submit={{ label: "Fortsett" }}
            onCancel={cancel}
          >
            <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
            <TextField
              ref={passwordRef}
              id="password"
              label="Passord"
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
                1. Legg Partnerskapsrommet til i autentiseringsappen
              </Heading>
              <BodyLong>Åpne appen på telefonen, velg å legge til en konto, og skann QR-koden.</BodyLong>
            </div>
            {setup.qr && (
              // A data URL of our own SVG: next/image adds nothing here.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={setup.qr}
                width={200}
                height={200}
                alt="QR-kode som legger Partnerskapsrommet til i autentiseringsappen. Kan du ikke skanne den, bruk nøkkelen under."
                className="rounded border border-ax-border-neutral-subtle bg-white"
              />
            )}
            <VStack gap="space-8">
              <BodyShort>Kan du ikke skanne koden? Skriv inn denne nøkkelen i appen i stedet (tidsbasert kode):</BodyShort>
              <HStack gap="space-8" align="center" wrap>
                <BodyShort as="p" className="font-mono text-lg">
                  <span className="sr-only">Nøkkel: </span>
                  <code id="tofaktor-nokkel">{groupedSecret(setup.secret)}</code>
                </BodyShort>
                <CopyButton copyText={setup.secret} text="Kopier nøkkelen" activeText="Nøkkelen er kopiert" size="small" />
              </HStack>
            </VStack>
            <FormShell
              form={confirm.feedback}
              onSubmit={submitCode}
              label="Bekreft koden fra appen"
              heading={
                <div>
                  <Heading level="3" size="small" spacing>
                    2. Skriv inn koden appen viser
                  </Heading>
                  <BodyShort>Da vet vi at appen er satt opp riktig. Tofaktor-innlogging slås på når koden stemmer.</BodyShort>
                </div>
              }
              submit={{ label: "Slå på" }}
              onCancel={cancel}
            >
              <TextField
                id="code"
                label="Kode fra appen"
                description="Seks sifre."
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
                Tofaktor-innlogging er slått på. Ta vare på reservekodene dine.
              </Heading>
              <BodyLong>
                Mister du telefonen, kan du logge inn med en av disse kodene i stedet for koden fra appen. Hver kode virker én gang.
                Lagre dem i en passordbehandler eller skriv dem ut, og hold dem for deg selv. <strong>Du får ikke se dem igjen.</strong>
              </BodyLong>
              <ul aria-label="Reservekoder" className="m-0 grid list-none grid-cols-2 gap-x-8 gap-y-1 p-0 font-mono ax-md:grid-cols-3">
                {setup.backupCodes.map((backupCode) => (
                  <li key={backupCode}>{backupCode}</li>
                ))}
              </ul>
              <HStack gap="space-8" align="center" wrap>
                <CopyButton copyText={setup.backupCodes.join("\n")} text="Kopier kodene" activeText="Kodene er kopiert" size="small" />
                <Button size="small" onClick={finish}>
                  Jeg har tatt vare på kodene
                </Button>
              </HStack>
            </VStack>
          </Alert>
        )}
      </VStack>

      <DialogForm
        open={turningOff}
        onClose={() => setTurningOff(false)}
        heading="Slå av tofaktor-innlogging?"
        width="small"
        form={disable.feedback}
        onSubmit={turnOff}
        intro={<BodyShort>Da holder det med passordet for å logge inn, og reservekodene slutter å virke. Skriv passordet ditt for å bekrefte.</BodyShort>}
        submitLabel="Slå av"
      >
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <TextField
          id="disablePassword"
          label="Passord"
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
