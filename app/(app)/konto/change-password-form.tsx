"use client";

import { BodyShort, Checkbox, Heading, TextField } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { MIN_PASSWORD_LENGTH } from "~/lib/limits";
import { changePasswordFailure, MAX_PASSWORD_LENGTH } from "~/lib/two-factor";
import { FormShell } from "~/app/_components/form-shell";
import { loadAuthClient } from "~/app/_lib/load-auth-client";
import { useAuthStep } from "./use-auth-step";

/** «Bytt passord»: the password rules are the invitation's (server/auth/password-policy-plugin.ts checks them). */
export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const t = useTranslations("account.password");
  const auth = useTranslations("auth.password");
  const step = useAuthStep();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [newPasswordRepeat, setNewPasswordRepeat] = useState("");
  const [revokeOtherSessions, setRevokeOtherSessions] = useState(true);
  const [saved, setSaved] = useState<string | null>(null);

  async function onSubmit() {
    setSaved(null);
    const found: Record<string, string> = {};
    if (!currentPassword) found.currentPassword = t("currentMissing");
    if (newPassword.length < MIN_PASSWORD_LENGTH) found.newPassword = auth("tooShort", { min: MIN_PASSWORD_LENGTH });
    else if (newPassword.length > MAX_PASSWORD_LENGTH) found.newPassword = auth("tooLong", { max: MAX_PASSWORD_LENGTH });
    else if (newPassword === currentPassword) found.newPassword = t("same");
    if (newPasswordRepeat !== newPassword) found.newPasswordRepeat = t("notEqual");
    if (step.refuse(found)) return;
    const done = await step.run(async () => (await loadAuthClient()).changePassword({ currentPassword, newPassword, revokeOtherSessions }), changePasswordFailure);
    if (!done) return;
    setCurrentPassword("");
    setNewPassword("");
    setNewPasswordRepeat("");
    setSaved(revokeOtherSessions ? t("changedSignedOut") : t("changed"));
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
            {t("heading")}
          </Heading>
        }
        submit={{ label: t("submit"), variant: "secondary" }}
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
          label={t("current")}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={step.fieldErrors.currentPassword}
        />
        <TextField
          id="newPassword"
          label={t("new")}
          description={t("newHint", { min: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={step.fieldErrors.newPassword}
        />
        <TextField
          id="newPasswordRepeat"
          label={t("repeat")}
          type="password"
          autoComplete="new-password"
          value={newPasswordRepeat}
          onChange={(e) => setNewPasswordRepeat(e.target.value)}
          error={step.fieldErrors.newPasswordRepeat}
        />
        <Checkbox checked={revokeOtherSessions} onChange={(e) => setRevokeOtherSessions(e.target.checked)}>
          {t("signOutOthers")}
        </Checkbox>
      </FormShell>
    </section>
  );
}
