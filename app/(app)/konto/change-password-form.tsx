"use client";

import { BodyShort, Checkbox, Heading, TextField } from "@navikt/ds-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { MIN_PASSWORD_LENGTH } from "~/lib/limits";
import { changePasswordFailure } from "~/lib/two-factor";
import { FormShell } from "~/app/_components/form-shell";
import { loadAuthClient } from "~/app/_lib/load-auth-client";
import { useAuthStep } from "./use-auth-step";

const MAX_PASSWORD_LENGTH = 128;

/** «Bytt passord»: the password rules are the invitation's (server/auth/password-policy-plugin.ts checks them). */
export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const step = useAuthStep();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [newPasswordRepeat, setNewPasswordRepeat] = useState("");
  const [revokeOtherSessions, setRevokeOtherSessions] = useState(true);
  const [saved, setSaved] = useState<string | null>(null);

  async function onSubmit() {
    setSaved(null);
    const found: Record<string, string> = {};
    if (!currentPassword) found.currentPassword = "Skriv inn passordet du har nå.";
    if (newPassword.length < MIN_PASSWORD_LENGTH) found.newPassword = `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.`;
    else if (newPassword.length > MAX_PASSWORD_LENGTH) found.newPassword = `Passordet kan ha høyst ${MAX_PASSWORD_LENGTH} tegn.`;
    else if (newPassword === currentPassword) found.newPassword = "Det nye passordet må være et annet enn det du har nå.";
    if (newPasswordRepeat !== newPassword) found.newPasswordRepeat = "Passordene er ikke like.";
    if (step.refuse(found)) return;
    const done = await step.run(async () => (await loadAuthClient()).changePassword({ currentPassword, newPassword, revokeOtherSessions }), changePasswordFailure);
    if (!done) return;
    setCurrentPassword("");
    setNewPassword("");
    setNewPasswordRepeat("");
    setSaved(revokeOtherSessions ? "Passordet er endret, og du er logget ut på de andre enhetene dine." : "Passordet er endret.");
    // The list of sessions below changes when the others are signed out.
    router.refresh();
  }

  return (
    <section aria-labelledby="passord-heading">
      <FormShell
        form={step.feedback}
        onSubmit={onSubmit}
        labelledBy="passord-heading"
        className="max-w-xl"
        heading={
          <Heading id="passord-heading" level="2" size="medium">
            Bytt passord
          </Heading>
        }
        submit={{ label: "Bytt passord", variant: "secondary" }}
        status={
          saved && (
            <BodyShort role="status" size="small">
              {saved}
            </BodyShort>
          )
        }
      >
        {/* For password managers: which account the new password belongs to. */}
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <TextField
          id="currentPassword"
          label="Passordet du har nå"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={step.fieldErrors.currentPassword}
        />
        <TextField
          id="newPassword"
          label="Nytt passord"
          description={`Minst ${MIN_PASSWORD_LENGTH} tegn. Ikke et vanlig passord, og ikke navnet eller e-postadressen din.`}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={step.fieldErrors.newPassword}
        />
        <TextField
          id="newPasswordRepeat"
          label="Gjenta det nye passordet"
          type="password"
          autoComplete="new-password"
          value={newPasswordRepeat}
          onChange={(e) => setNewPasswordRepeat(e.target.value)}
          error={step.fieldErrors.newPasswordRepeat}
        />
        <Checkbox checked={revokeOtherSessions} onChange={(e) => setRevokeOtherSessions(e.target.checked)}>
          Logg ut på de andre enhetene mine
        </Checkbox>
      </FormShell>
    </section>
  );
}
