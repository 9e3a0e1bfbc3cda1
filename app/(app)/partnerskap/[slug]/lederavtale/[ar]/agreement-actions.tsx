"use client";

import { Alert, BodyShort, Button, HStack } from "@navikt/ds-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { CreateFromBasis } from "~/app/_components/create-from-basis";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

/** The year's first draft: from the app's template, or from last year's agreement. */
export function CreateAgreement({ slug, year, hasPreviousYear }: { slug: string; year: number; hasPreviousYear: boolean }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.leaderAgreement.create.mutationOptions());
  const t = useTranslations("agreement.create");
  return (
    <CreateFromBasis<"mal" | "forrige">
      label={t("label", { year })}
      idPrefix="ny-avtale-"
      legend={t("legend")}
      initial={hasPreviousYear ? "forrige" : "mal"}
      options={[
        { value: "mal", label: t("template"), description: t("templateDescription") },
        {
          value: "forrige",
          label: t("previous", { year: year - 1 }),
          disabled: !hasPreviousYear,
          description: hasPreviousYear ? undefined : t("noPrevious", { year: year - 1 }),
        },
      ]}
      note={<BodyShort>{t("partiesNote")}</BodyShort>}
      submitLabel={t("submit")}
      save={(basis) => mutation.mutateAsync({ partnership: slug, year, basis })}
    />
  );
}

interface ActionsProps {
  slug: string;
  year: number;
  versionId: string;
  text: string;
  hash: string;
  canSign: boolean;
  signedByMe: boolean;
  status: "utkast" | "signert";
  canAmend: boolean;
}

export function AgreementActions(props: ActionsProps) {
  return (
    <HStack gap="space-8">
      {/* Stays mounted after signing (canSign turns false) so its confirmation is not lost; per version. */}
      {(props.canSign || props.signedByMe) && <SignButton key={props.versionId} {...props} />}
      {props.signedByMe && props.status === "utkast" && <WithdrawButton {...props} />}
      {props.canAmend && <AmendButton {...props} />}
    </HStack>
  );
}

// The signing dialog (Aksel's Modal, about 20 kB gzipped with floating-ui) is fetched the first
// time someone opens it, not with the page (issue 18).
const SignDialog = lazy(() => import("./sign-dialog"));

/** Signing shows exactly the text being signed and asks for the password again. */
function SignButton({ slug, versionId, text, hash, canSign }: ActionsProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.leaderAgreement.sign.mutationOptions());
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so the dialog closes as Aksel's Modal does and gives focus back.
  const [opened, setOpened] = useState(false);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const t = useTranslations("agreement.sign");
  // The button that opened the dialog is gone once signed, so focus goes to the confirmation.
  useEffect(() => {
    if (done && !open) doneRef.current?.focus();
  }, [done, open]);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!password) {
      setError(t("passwordMissing"));
      return;
    }
    try {
      const result = await mutation.mutateAsync({ partnership: slug, versionId, expectedHash: hash, password });
      setOpen(false);
      setPassword("");
      setDone(result.complete ? t("doneAll") : t("done"));
      router.refresh();
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <>
      {canSign && <Button onClick={() => { setOpen(true); setOpened(true); setError(null); }}>{t("button")}</Button>}
      {done && (
        <Alert variant="success" size="small" role="status" ref={doneRef} tabIndex={-1}>
          {done}
        </Alert>
      )}
      {canSign && opened && (
        <Suspense fallback={null}>
          <SignDialog
            open={open}
            onClose={() => setOpen(false)}
            onSubmit={onSubmit}
            text={text}
            hash={hash}
            password={password}
            onPassword={setPassword}
            error={error}
            pending={mutation.isPending}
          />
        </Suspense>
      )}
    </>
  );
}

function WithdrawButton({ slug, versionId }: ActionsProps) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.leaderAgreement.withdrawSignature.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [confirming, setConfirming] = useState(false);
  const t = useTranslations("agreement.withdraw");
  return (
    <>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("button")}
      </Button>
      <ConfirmDialog
        open={confirming}
        heading={t("heading")}
        body={t("body")}
        confirmLabel={t("confirm")}
        pending={form.pending}
        error={form.formError}
        errorRef={form.focusRef}
        onConfirm={async () => {
          if (await form.submit({ partnership: slug, versionId })) setConfirming(false);
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

function AmendButton({ slug, year, versionId }: ActionsProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.leaderAgreement.startAmendment.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [confirming, setConfirming] = useState(false);
  const t = useTranslations("agreement.amend");
  return (
    <>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("button")}
      </Button>
      <ConfirmDialog
        open={confirming}
        heading={t("heading")}
        body={t("body")}
        confirmLabel={t("confirm")}
        pending={form.pending}
        error={form.formError}
        errorRef={form.focusRef}
        onConfirm={async () => {
          const created = await form.submit({ partnership: slug, versionId });
          if (created) {
            setConfirming(false);
            router.push(`/partnerskap/${slug}/lederavtale/${year}?versjon=${created.id}`);
          }
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

/** Recomputes the hash of the stored text and says whether it is the text that was signed. */
export function VerifyAgreement({ slug, versionId }: { slug: string; versionId: string }) {
  const trpc = useTRPC();
  const [asked, setAsked] = useState(false);
  const query = useQuery({ ...trpc.leaderAgreement.verify.queryOptions({ partnership: slug, versionId }), enabled: asked, staleTime: 0 });
  const t = useTranslations("agreement.verify");
  return (
    <div aria-live="polite">
      <Button variant="secondary" size="small" onClick={() => (asked ? void query.refetch() : setAsked(true))} loading={query.isFetching}>
        {t("button")}
      </Button>
      {query.data &&
        (query.data.unchanged && query.data.signaturesMatch ? (
          <Alert variant="success" size="small" className="mt-2">
            {t("unchanged")}
          </Alert>
        ) : (
          <Alert variant="error" size="small" className="mt-2">
            {t("changed")}
          </Alert>
        ))}
      {query.isError && (
        <Alert variant="error" size="small" className="mt-2">
          {messageOf(query.error)}
        </Alert>
      )}
    </div>
  );
}
