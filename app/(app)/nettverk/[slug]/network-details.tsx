"use client";

import { PencilIcon, PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, HStack, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";
import { NetworkForm, type NetworkValues } from "./network-form";

/** «Endre nettverket» opens the details form in place. */
export function EditNetwork({ slug, network }: { slug: string; network: NetworkValues & { version: number } }) {
  const t = useTranslations("network.details");
  const trpc = useTRPC();
  const update = useMutation(trpc.network.update.mutationOptions());
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (open) {
    return (
      <div className="mt-4 max-w-2xl rounded-md border border-ax-border-neutral-subtle p-4">
        <NetworkForm
          idPrefix="endre-nettverk-"
          label={t("editLabel")}
          submitLabel={t("saveChanges")}
          initial={network}
          focusFirst
          save={(values) => update.mutateAsync({ network: slug, version: network.version, ...values })}
          onDone={() => {
            setOpen(false);
            requestAnimationFrame(() => button.current?.focus());
          }}
        />
      </div>
    );
  }
  return (
    <Button ref={button} className="mt-4" size="small" variant="secondary" icon={<PencilIcon aria-hidden />} onClick={() => setOpen(true)}>
      {t("editButton")}
    </Button>
  );
}

type Facilitator = { userId: string; name: string; email: string };

function AddFacilitatorForm({ slug, onDone }: { slug: string; onDone: () => void }) {
  const t = useTranslations("network.details");
  const trpc = useTRPC();
  const add = useMutation(trpc.network.addFacilitator.mutationOptions());
  const formRef = useFocusFirstField();
  const form = useFormMutation((email: string) => add.mutateAsync({ network: slug, email }));
  const [email, setEmail] = useState("");
  return (
    <FormShell
      form={form}
      formRef={formRef}
      label={t("addFacilitator")}
      className="mt-2 max-w-xl rounded-md border border-ax-border-neutral-subtle p-4"
      gap="space-12"
      idPrefix="fasilitator-"
      alertSize="small"
      submit={{ label: t("add"), size: "small" }}
      onCancel={onDone}
      onSubmit={async () => {
        if (await form.submit(email)) onDone();
      }}
    >
      <TextField
        id="fasilitator-email"
        label={t("emailLabel")}
        description={t("emailHint")}
        type="email"
        autoComplete="off"
        value={email}
        error={form.fieldErrors.email}
        onChange={(e) => setEmail(e.target.value)}
      />
    </FormShell>
  );
}

/** Who runs the network; facilitators add and remove each other (never the last one). */
export function Facilitators({ slug, facilitators, canEdit }: { slug: string; facilitators: Facilitator[]; canEdit: boolean }) {
  const t = useTranslations("network.details");
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.network.removeFacilitator.mutationOptions());
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Facilitator | null>(null);
  const [error, setError] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const removeLabel = (name: string) => t.rich("remove", { name, sr: (chunks) => <span className="sr-only">{chunks}</span> });

  return (
    <div className="mt-4">
      <BodyShort weight="semibold">{t("facilitators", { count: facilitators.length })}</BodyShort>
      <ul className="m-0 flex list-none flex-col gap-1 p-0">
        {facilitators.map((f) => (
          <li key={f.userId}>
            <HStack gap="space-8" align="center">
              <BodyShort>
                {f.name} <span className="text-ax-text-neutral-subtle">{t("email", { email: f.email })}</span>
              </BodyShort>
              {canEdit && facilitators.length > 1 && (
                <Button type="button" size="xsmall" variant="tertiary" data-color="danger" icon={<TrashIcon aria-hidden />} onClick={() => { setError(null); setRemoving(f); }}>
                  {removeLabel(f.name)}
                </Button>
              )}
            </HStack>
          </li>
        ))}
      </ul>
      {canEdit &&
        (adding ? (
          <AddFacilitatorForm
            slug={slug}
            onDone={() => {
              setAdding(false);
              requestAnimationFrame(() => addButton.current?.focus());
            }}
          />
        ) : (
          <Button ref={addButton} type="button" size="small" variant="tertiary" icon={<PlusIcon aria-hidden />} onClick={() => setAdding(true)}>
            {t("addFacilitator")}
          </Button>
        ))}
      <ConfirmDialog
        open={removing !== null}
        heading={t("removeHeading")}
        body={t("removeBody", { name: removing?.name ?? "" })}
        confirmLabel={t("removeConfirm")}
        pending={remove.isPending}
        error={error}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          setError(null);
          try {
            await remove.mutateAsync({ network: slug, userId: removing.userId });
            setRemoving(null);
            router.refresh();
          } catch (e) {
            setError(messageOf(e));
          }
        }}
      />
    </div>
  );
}
