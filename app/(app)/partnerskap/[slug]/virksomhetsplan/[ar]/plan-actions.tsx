"use client";

import { Alert, BodyShort, Button, HStack, Switch, Textarea, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { CreateFromBasis } from "~/app/_components/create-from-basis";
import { DialogForm } from "~/app/_components/form-shell";
import { StepMessages } from "~/app/_components/step-messages";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useStep } from "~/app/_lib/use-step";
import type { PlanAction } from "~/server/domain/business-plan/lifecycle";

/** The year's plan: empty, or last year's carried over. */
export function CreatePlan({ slug, year, hasPreviousYear }: { slug: string; year: number; hasPreviousYear: boolean }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.businessPlan.create.mutationOptions());
  return (
    <CreateFromBasis<"tom" | "forrige">
      label={`Lag virksomhetsplan for ${year}`}
      idPrefix="ny-plan-"
      legend="Hvordan vil dere starte?"
      // Why the copy is unavailable is said in the group's description: a disabled Radio dims its
      // own description below 4.5:1 contrast, and this is the only place that explains it.
      description={hasPreviousYear ? undefined : `Det finnes ingen plan for ${year - 1}, så dere kan ikke starte med en kopi.`}
      initial={hasPreviousYear ? "forrige" : "tom"}
      options={[
        {
          value: "forrige",
          label: `Kopi av planen for ${year - 1}`,
          disabled: !hasPreviousYear,
          description: hasPreviousYear ? "Grunnlag, satsingsområder, mål, indikatorer og aktiviteter som ikke er fullført, blir med. Datoer må settes på nytt." : undefined,
        },
        { value: "tom", label: "Tom plan", description: "Årsverkene hentes fra partnerskapet; resten fyller dere inn." },
      ]}
      submitLabel="Lag planen"
      save={(basis) => mutation.mutateAsync({ partnership: slug, year, basis })}
    />
  );
}

interface Props {
  slug: string;
  versionId: string;
  version: number;
  actions: PlanAction[];
  /** The seats the viewer would approve for, e.g. "Grimstad kommune". */
  mySeats: string[];
  missing: string[];
  /** Whether the public version names people, for the publishing dialog to say. */
  showNames: boolean;
}

/** What publishing makes public, in the words of the confirmation. */
export function publishText(showNames: boolean) {
  return (
    "Alle som har lenken, kan lese planen: visjon, satsingsområder, mål, aktiviteter, indikatorer med målinger og hvem som har godkjent den. " +
    (showNames
      ? "Navn på personer vises (ansvarlige for aktiviteter og de som godkjente). "
      : "Navn på personer vises ikke, bare roller, team og institusjoner. ") +
    "Kommentarene og eldre versjoner blir ikke offentlige."
  );
}

/** The lifecycle buttons this person may use now; each says what happens next. */
export function PlanActions({ slug, versionId, version, actions, mySeats, missing, showNames }: Props) {
  const trpc = useTRPC();
  const send = useMutation(trpc.businessPlan.send.mutationOptions());
  const withdraw = useMutation(trpc.businessPlan.withdraw.mutationOptions());
  const publish = useMutation(trpc.businessPlan.publish.mutationOptions());
  const step = useStep();
  const [confirmPublish, setConfirmPublish] = useState(false);
  const can = (a: PlanAction) => actions.includes(a);
  const base = { partnership: slug, versionId, version };

  return (
    <VStack gap="space-12">
      <StepMessages step={step} showError={!confirmPublish} />
      <HStack gap="space-8">
        {can("send") && (
          <Button size="small" loading={send.isPending} onClick={() => void step.run("Planen er sendt til godkjenning.", () => send.mutateAsync(base))}>
            Send til godkjenning{missing.length > 0 ? ` (${missing.length} mangler)` : ""}
          </Button>
        )}
        {can("withdraw") && (
          <Button size="small" variant="secondary" loading={withdraw.isPending} onClick={() => void step.run("Planen er trukket tilbake og er et utkast igjen.", () => withdraw.mutateAsync(base))}>
            Trekk tilbake for å endre
          </Button>
        )}
        {can("approve") && <DecisionButtons slug={slug} versionId={versionId} version={version} seats={mySeats} />}
        {can("publish") && (
          <>
            <Button
              size="small"
              onClick={() => {
                step.clearError();
                setConfirmPublish(true);
              }}
            >
              Publiser planen
            </Button>
            <ConfirmDialog
              open={confirmPublish}
              heading="Publisere planen?"
              body={publishText(showNames)}
              confirmLabel="Publiser planen"
              danger={false}
              pending={publish.isPending}
              error={confirmPublish ? step.error : null}
              errorRef={step.errorRef}
              onClose={() => setConfirmPublish(false)}
              onConfirm={async () => {
                if (await step.run("Planen er publisert.", () => publish.mutateAsync(base))) setConfirmPublish(false);
              }}
            />
          </>
        )}
        {can("new_version") && <NewVersionButton slug={slug} versionId={versionId} />}
      </HStack>
    </VStack>
  );
}

/** Godkjenn, or Send tilbake with what must change. */
function DecisionButtons({ slug, versionId, version, seats }: { slug: string; versionId: string; version: number; seats: string[] }) {
  const trpc = useTRPC();
  const decide = useMutation(trpc.businessPlan.decide.mutationOptions());
  const [open, setOpen] = useState<"godkjent" | "returnert" | null>(null);
  const form = useFormMutation(decide.mutateAsync);
  const [comment, setComment] = useState("");
  const on = seats.join(" og ");
  return (
    <>
      <Button size="small" onClick={() => setOpen("godkjent")}>
        Godkjenn planen
      </Button>
      <Button size="small" variant="secondary" onClick={() => setOpen("returnert")}>
        Send tilbake
      </Button>
      <DialogForm
        open={open !== null}
        onClose={() => setOpen(null)}
        heading={open === "godkjent" ? "Godkjenne planen?" : "Sende planen tilbake?"}
        form={form}
        idPrefix="beslutning-"
        submitLabel={open === "godkjent" ? "Godkjenn" : "Send tilbake"}
        intro={
          <BodyShort>
            {open === "godkjent"
              ? `Du godkjenner denne versjonen på vegne av ${on}. Når alle eierne har godkjent, er planen godkjent.`
              : `Planen går tilbake til Nav-lederen som utkast. Skriv hva som må endres.`}
          </BodyShort>
        }
        onSubmit={async () => {
          if (!open) return;
          const result = await form.submit({ partnership: slug, versionId, version, decision: open, comment });
          if (result) setOpen(null);
        }}
      >
        <Textarea
          id="beslutning-comment"
          label={open === "returnert" ? "Hva må endres?" : "Kommentar (valgfritt)"}
          minRows={3}
          maxLength={2000}
          value={comment}
          error={form.fieldErrors.comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </DialogForm>
    </>
  );
}

function NewVersionButton({ slug, versionId }: { slug: string; versionId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.businessPlan.newVersion.mutationOptions());
  const [open, setOpen] = useState(false);
  const form = useFormMutation(mutation.mutateAsync);
  const [changeNote, setChangeNote] = useState("");
  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        Endre planen (ny versjon)
      </Button>
      <DialogForm
        open={open}
        onClose={() => setOpen(false)}
        heading="Starte en ny versjon?"
        form={form}
        summary={false}
        submitLabel="Start ny versjon"
        intro={
          <BodyShort>
            Den godkjente versjonen blir stående som den er. Den nye versjonen er et utkast som må godkjennes av eierne på nytt. Den
            offentlige versjonen endres ikke før den nye er publisert.
          </BodyShort>
        }
        onSubmit={async () => {
          const result = await form.submit({ partnership: slug, versionId, changeNote });
          if (result) {
            setOpen(false);
            router.push(`?versjon=${result.versionId}`);
          }
        }}
      >
        <Textarea id="ny-versjon-changeNote" label="Hva skal endres, og hvorfor? (valgfritt)" minRows={2} maxLength={1000} value={changeNote} error={form.fieldErrors.changeNote} onChange={(e) => setChangeNote(e.target.value)} />
      </DialogForm>
    </>
  );
}

/** Whether the public page names people (off by default). */
export function PublicNamesSwitch({ slug, planId, version, showNames }: { slug: string; planId: string; version: number; showNames: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.businessPlan.setPublicNames.mutationOptions());
  return (
    <VStack gap="space-4">
      <Switch
        checked={showNames}
        loading={mutation.isPending}
        description={
          showNames
            ? "På: navn på ansvarlige personer og på de som godkjente, vises i den offentlige versjonen."
            : "Av: bare roller og team vises, ikke navn på personer."
        }
        onChange={(e) =>
          mutation.mutate({ partnership: slug, planId, version, showNames: e.target.checked }, { onSuccess: () => router.refresh() })
        }
      >
        Vis navn i den offentlige versjonen
      </Switch>
      {mutation.error && (
        <Alert variant="error" size="small" role="alert">
          {messageOf(mutation.error)}
        </Alert>
      )}
    </VStack>
  );
}
