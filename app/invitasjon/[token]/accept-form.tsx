"use client";

import { Alert, Button, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { MIN_PASSWORD_LENGTH } from "~/lib/limits";
import { FormErrors } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/_components/trpc-provider";
import { loadAuthClient } from "~/app/_lib/load-auth-client";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const t = useTranslations("auth.invitation");
  const router = useRouter();
  const formFocus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(useMutation(trpc.invitation.accept.mutationOptions()).mutateAsync, formFocus);
  const [password, setPassword] = useState("");
  const [passwordRepeat, setPasswordRepeat] = useState("");
  const [signInFailed, setSignInFailed] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const accepted = await form.submit({ token, password, passwordRepeat });
    if (!accepted) return;
    const { error } = await (await loadAuthClient()).signIn.email({ email, password });
    if (error) {
      setSignInFailed(true);
      return;
    }
    router.replace("/");
    router.refresh();
  }

  if (signInFailed) {
    const ready = t.rich("ready", {
      link: (chunks) => (
        <a className="aksel-link" href="/logg-inn">
          {chunks}
        </a>
      ),
    });
    return <Alert variant="success">{ready}</Alert>;
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <VStack gap="space-16">
        <FormErrors ref={formFocus} errors={form.fieldErrors} />
        {form.formError && <Alert variant="error" role="alert">{form.formError}</Alert>}
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <TextField
          id="password"
          label={t("newPassword")}
          description={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.fieldErrors.password}
        />
        <TextField
          id="passwordRepeat"
          label={t("repeat")}
          type="password"
          autoComplete="new-password"
          value={passwordRepeat}
          onChange={(e) => setPasswordRepeat(e.target.value)}
          error={form.fieldErrors.passwordRepeat}
        />
        <div>
          <Button type="submit" loading={form.pending}>
            {t("submit")}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
