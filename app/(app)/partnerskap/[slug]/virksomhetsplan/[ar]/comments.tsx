"use client";

import { Alert, Button, Textarea } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

type Target = "plan" | "goal" | "activity" | "indicator";

/** "Kommenter": opens a short form under the item; a reply when parentId is given. */
export function CommentForm({
  slug,
  versionId,
  targetKind,
  targetKey,
  parentId = null,
  about,
}: {
  slug: string;
  versionId: string;
  targetKind: Target;
  targetKey: string | null;
  parentId?: string | null;
  /** What the comment is about, for the button's accessible name. */
  about: string;
}) {
  const t = useTranslations("plan.comments");
  const noClientData = useTranslations("common")("noClientData");
  const trpc = useTRPC();
  const mutation = useMutation(trpc.businessPlan.addComment.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const field = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // The form replaces the «Kommenter»/«Svar» button: focus moves into it, and back to the
  // button when it closes, not to the page's start.
  useEffect(() => {
    if (open) {
      opened.current = true;
      field.current?.focus();
    } else if (opened.current) {
      opened.current = false;
      opener.current?.focus();
    }
  }, [open]);
  const id = `kommentar-${parentId ?? targetKey ?? "plan"}`;
  if (!open) {
    return (
      <Button ref={opener} type="button" size="xsmall" variant="tertiary" onClick={() => setOpen(true)}>
        {parentId ? t("reply") : t("comment")}
        <span className="sr-only">{` ${about}`}</span>
      </Button>
    );
  }
  return (
    <FormShell
      form={form}
      label={parentId ? t("replyLabel", { about }) : t("commentLabel", { about })}
      className="mt-2"
      gap="space-8"
      summary={false}
      alertSize="small"
      submit={{ label: parentId ? t("sendReply") : t("sendComment"), size: "small" }}
      onCancel={() => setOpen(false)}
      onSubmit={async () => {
        const result = await form.submit({ partnership: slug, versionId, targetKind, targetKey, parentId, body });
        if (result) {
          setBody("");
          setOpen(false);
        }
      }}
    >
      <Textarea ref={field} id={id} label={parentId ? t("replyField") : t("commentField")} description={noClientData} minRows={2} maxLength={2000} value={body} error={form.fieldErrors.body} onChange={(e) => setBody(e.target.value)} />
    </FormShell>
  );
}

/** Marks a thread løst, or opens it again. */
export function ResolveButton({ slug, commentId, resolved }: { slug: string; commentId: string; resolved: boolean }) {
  const t = useTranslations("plan.comments");
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.businessPlan.resolveComment.mutationOptions());
  return (
    <>
      <Button
        type="button"
        size="xsmall"
        variant="tertiary"
        loading={mutation.isPending}
        onClick={() => mutation.mutate({ partnership: slug, commentId, resolved: !resolved }, { onSuccess: () => router.refresh() })}
      >
        {resolved ? t("reopen") : t("resolve")}
      </Button>
      {mutation.error && (
        <Alert variant="error" size="small" role="alert">
          {messageOf(mutation.error)}
        </Alert>
      )}
    </>
  );
}
