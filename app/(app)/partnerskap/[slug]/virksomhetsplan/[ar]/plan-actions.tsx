"use client";

import { Alert, BodyShort, Button, HStack, Modal, Radio, RadioGroup, Switch, Textarea, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormErrors } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import type { PlanAction } from "~/server/domain/business-plan/lifecycle";

/** The year's plan: empty, or last year's carried over. */
export function CreatePlan({ slug, year, hasPreviousYear }: { slug: string; year: number; hasPreviousYear: boolean }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.businessPlan.create.mutationOptions());
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
  const [basis, setBasis] = useState<"tom" | "forrige">(hasPreviousYear ? "forrige" : "tom");
  return (
    <form
      noValidate
      aria-label={`Lag virksomhetsplan for ${year}`}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ partnership: slug, year, basis });
      }}
    >
      <VStack gap="space-16">
        <FormErrors ref={focus} errors={form.fieldErrors} idPrefix="ny-plan-" />
        {form.formError && (
          <Alert variant="error" role="alert" ref={focus} tabIndex={-1}>
            {form.formError}
          </Alert>
        )}
        {/* Why the copy is unavailable is said in the group's description: a disabled Radio dims its
            own description below 4.5:1 contrast, and this is the only place that explains it. */}
        <RadioGroup
          id="ny-plan-basis"
          legend="Hvordan vil dere starte?"
          description={hasPreviousYear ? undefined : `Det finnes ingen plan for ${year - 1}, så dere kan ikke starte med en kopi.`}
          value={basis}
          onChange={setBasis}
        >
          <Radio value="forrige" disabled={!hasPreviousYear} description={hasPreviousYear ? "Grunnlag, satsingsområder, mål, indikatorer og aktiviteter som ikke er fullført, blir med. Datoer må settes på nytt." : undefined}>
            Kopi av planen for {year - 1}
          </Radio>
          <Radio value="tom" description="Årsverkene hentes fra partnerskapet; resten fyller dere inn.">
            Tom plan
          </Radio>
        </RadioGroup>
        <div>
          <Button type="submit" loading={form.pending}>
            Lag planen
          </Button>
        </div>
      </VStack>
    </form>
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
  const router = useRouter();
  const send = useMutation(trpc.businessPlan.send.mutationOptions());
  const withdraw = useMutation(trpc.businessPlan.withdraw.mutationOptions());
  const publish = useMutation(trpc.businessPlan.publish.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirmPublish, setConfirmPublish] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const can = (a: PlanAction) => actions.includes(a);

  async function run(label: string, call: () => Promise<unknown>) {
    setError(null);
    setDone(null);
    try {
      await call();
      setDone(label);
      router.refresh();
      return true;
    } catch (e) {
      setError(messageOf(e));
      requestAnimationFrame(() => errorRef.current?.focus());
      return false;
    }
  }
  const base = { partnership: slug, versionId, version };

  return (
    <VStack gap="space-12">
      {error && !confirmPublish && (
        <Alert variant="error" role="alert" ref={errorRef} tabIndex={-1} size="small">
          {error}
        </Alert>
      )}
      {done && (
        <BodyShort role="status" size="small">
          {done}
        </BodyShort>
      )}
      <HStack gap="space-8">
        {can("send") && (
          <Button size="small" loading={send.isPending} onClick={() => void run("Planen er sendt til godkjenning.", () => send.mutateAsync(base))}>
            Send til godkjenning{missing.length > 0 ? ` (${missing.length} mangler)` : ""}
          </Button>
        )}
        {can("withdraw") && (
          <Button size="small" variant="secondary" loading={withdraw.isPending} onClick={() => void run("Planen er trukket tilbake og er et utkast igjen.", () => withdraw.mutateAsync(base))}>
            Trekk tilbake for å endre
          </Button>
        )}
        {can("approve") && <DecisionButtons slug={slug} versionId={versionId} version={version} seats={mySeats} />}
        {can("publish") && (
          <>
            <Button
              size="small"
              onClick={() => {
                setError(null);
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
              error={confirmPublish ? error : null}
              errorRef={errorRef}
              onClose={() => setConfirmPublish(false)}
              onConfirm={async () => {
                if (await run("Planen er publisert.", () => publish.mutateAsync(base))) setConfirmPublish(false);
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
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(decide.mutateAsync, focus);
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
      <Modal
        open={open !== null}
        onClose={() => setOpen(null)}
        header={{ heading: open === "godkjent" ? "Godkjenne planen?" : "Sende planen tilbake?" }}
        width="medium"
      >
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (!open) return;
            const result = await form.submit({ partnership: slug, versionId, version, decision: open, comment });
            if (result) setOpen(null);
          }}
        >
          <Modal.Body>
            <VStack gap="space-16">
              <BodyShort>
                {open === "godkjent"
                  ? `Du godkjenner denne versjonen på vegne av ${on}. Når alle eierne har godkjent, er planen godkjent.`
                  : `Planen går tilbake til Nav-lederen som utkast. Skriv hva som må endres.`}
              </BodyShort>
              <FormErrors ref={focus} errors={form.fieldErrors} idPrefix="beslutning-" />
              {form.formError && (
                <Alert variant="error" role="alert" ref={focus} tabIndex={-1} size="small">
                  {form.formError}
                </Alert>
              )}
              <Textarea
                id="beslutning-comment"
                label={open === "returnert" ? "Hva må endres?" : "Kommentar (valgfritt)"}
                minRows={3}
                maxLength={2000}
                value={comment}
                error={form.fieldErrors.comment}
                onChange={(e) => setComment(e.target.value)}
              />
            </VStack>
          </Modal.Body>
          <Modal.Footer>
            <Button type="submit" loading={form.pending}>
              {open === "godkjent" ? "Godkjenn" : "Send tilbake"}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(null)}>
              Avbryt
            </Button>
          </Modal.Footer>
        </form>
      </Modal>
    </>
  );
}

function NewVersionButton({ slug, versionId }: { slug: string; versionId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.businessPlan.newVersion.mutationOptions());
  const [open, setOpen] = useState(false);
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
  const [changeNote, setChangeNote] = useState("");
  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        Endre planen (ny versjon)
      </Button>
      <Modal open={open} onClose={() => setOpen(false)} header={{ heading: "Starte en ny versjon?" }} width="medium">
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const result = await form.submit({ partnership: slug, versionId, changeNote });
            if (result) {
              setOpen(false);
              router.push(`?versjon=${result.versionId}`);
            }
          }}
        >
          <Modal.Body>
            <VStack gap="space-16">
              <BodyShort>
                Den godkjente versjonen blir stående som den er. Den nye versjonen er et utkast som må godkjennes av eierne på nytt. Den
                offentlige versjonen endres ikke før den nye er publisert.
              </BodyShort>
              {form.formError && (
                <Alert variant="error" role="alert" ref={focus} tabIndex={-1} size="small">
                  {form.formError}
                </Alert>
              )}
              <Textarea id="ny-versjon-changeNote" label="Hva skal endres, og hvorfor? (valgfritt)" minRows={2} maxLength={1000} value={changeNote} error={form.fieldErrors.changeNote} onChange={(e) => setChangeNote(e.target.value)} />
            </VStack>
          </Modal.Body>
          <Modal.Footer>
            <Button type="submit" loading={form.pending}>
              Start ny versjon
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Avbryt
            </Button>
          </Modal.Footer>
        </form>
      </Modal>
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
