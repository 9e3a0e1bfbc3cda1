"use client";

import { BodyShort, Button, HStack, Select, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormMessages } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

/** Invite a partnership that is not yet invited or a member, chosen from a list grouped by fylke. */
export function InviteForm({ slug, partnerships }: { slug: string; partnerships: { id: string; officeName: string; fylkeName: string }[] }) {
  const t = useTranslations("network.invite");
  const trpc = useTRPC();
  const invite = useMutation(trpc.network.invite.mutationOptions());
  const form = useFormMutation((partnershipId: string) => invite.mutateAsync({ network: slug, partnershipId }));
  const [choice, setChoice] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const fylker = [...new Set(partnerships.map((p) => p.fylkeName))];

  if (partnerships.length === 0) {
    return <BodyShort>{t("allInvited")}</BodyShort>;
  }
  return (
    <form
      noValidate
      aria-label={t("label")}
      className="max-w-xl"
      onSubmit={async (e) => {
        e.preventDefault();
        const name = partnerships.find((p) => p.id === choice)?.officeName ?? null;
        const result = await form.submit(choice, { localErrors: choice ? {} : { partnershipId: t("pickRequired") } });
        if (result) {
          setSentTo(name);
          setChoice("");
        }
      }}
    >
      <VStack gap="space-12">
        <FormMessages form={form} idPrefix="inviter-" size="small" />
        <HStack gap="space-8" align="end" wrap>
          <Select
            id="inviter-partnershipId"
            label={t("label")}
            description={t("hint")}
            value={choice}
            error={form.fieldErrors.partnershipId}
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value="">{t("pick")}</option>
            {fylker.map((f) => (
              <optgroup key={f} label={f}>
                {partnerships
                  .filter((p) => p.fylkeName === f)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.officeName}
                    </option>
                  ))}
              </optgroup>
            ))}
          </Select>
          <Button type="submit" loading={form.pending}>
            {t("send")}
          </Button>
        </HStack>
        {form.saved && sentTo && <BodyShort role="status">{t("sent", { office: sentTo })}</BodyShort>}
      </VStack>
    </form>
  );
}

/** Takes back an unanswered invitation, after a confirmation. */
export function WithdrawInvitation({ slug, memberId, version, officeName }: { slug: string; memberId: string; version: number; officeName: string }) {
  const t = useTranslations("network.invite");
  const trpc = useTRPC();
  const router = useRouter();
  const withdraw = useMutation(trpc.network.withdraw.mutationOptions());
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const withdrawLabel = t.rich("withdraw", { office: officeName, sr: (chunks) => <span className="sr-only">{chunks}</span> });
  return (
    <>
      <Button type="button" size="xsmall" variant="tertiary" data-color="danger" onClick={() => { setError(null); setOpen(true); }}>
        {withdrawLabel}
      </Button>
      <ConfirmDialog
        open={open}
        heading={t("withdrawHeading")}
        body={t("withdrawBody", { office: officeName })}
        confirmLabel={t("withdrawConfirm")}
        pending={withdraw.isPending}
        error={error}
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          setError(null);
          try {
            await withdraw.mutateAsync({ network: slug, memberId, version });
            setOpen(false);
            router.refresh();
          } catch (e) {
            setError(messageOf(e));
          }
        }}
      />
    </>
  );
}
