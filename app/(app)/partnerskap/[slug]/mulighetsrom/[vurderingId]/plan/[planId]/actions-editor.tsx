"use client";

import { ArrowDownIcon, ArrowUpIcon, PencilIcon, PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { Alert, BodyShort, Button, Heading, HStack, Select, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { actionStatuses } from "~/db/schema/enums";
import { actionStatusLabels, type ActionStatus } from "~/server/domain/mulighetsrom/plan-wording";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DateField, type DateFieldChange } from "~/app/_components/date-field";
import { FormErrors } from "~/app/_components/form-errors";
import { StatusTag, type StatusTone } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { formatDate } from "~/server/domain/format";
import { NO_CLIENT_DATA_HINT } from "~/app/_lib/hints";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

const actionTone: Record<ActionStatus, StatusTone> = {
  ikke_startet: "neutral",
  pagar: "info",
  fullfort: "success",
  utsatt: "warning",
};

interface Action {
  id: string;
  text: string;
  owner: string;
  deadline: string | null;
  status: ActionStatus;
  version: number;
  /** Activities of a virksomhetsplan that point at this action. */
  planActivities: { year: number; text: string }[];
}

/** The plan's actions in order: each with owner, deadline and status; reordered with buttons. */
export function ActionsEditor({ slug, planId, actions, canEdit }: { slug: string; planId: string; actions: Action[]; canEdit: boolean }) {
  const done = actions.filter((a) => a.status === "fullfort").length;
  return (
    <section aria-labelledby="tiltak-heading">
      <Heading id="tiltak-heading" level="2" size="medium" spacing>
        Tiltak
      </Heading>
      <BodyShort spacing>
        {actions.length === 0
          ? canEdit
            ? "Ingen tiltak ennå. Legg inn det første under."
            : "Ingen tiltak ennå."
          : `${done} av ${actions.length} tiltak er fullført.`}
      </BodyShort>
      <ol className="m-0 flex list-none flex-col gap-3 p-0">
        {actions.map((action, index) => (
          <li key={action.id}>
            <ActionItem
              slug={slug}
              action={action}
              number={index + 1}
              first={index === 0}
              last={index === actions.length - 1}
              canEdit={canEdit}
            />
          </li>
        ))}
      </ol>
      {canEdit && <ActionForm slug={slug} planId={planId} />}
    </section>
  );
}

function ActionItem(props: { slug: string; action: Action; number: number; first: boolean; last: boolean; canEdit: boolean }) {
  const { slug, action } = props;
  const trpc = useTRPC();
  const router = useRouter();
  const move = useMutation(trpc.mulighetsrom.moveAction.mutationOptions());
  const remove = useMutation(trpc.mulighetsrom.removeAction.mutationOptions());
  const errorRef = useRef<HTMLDivElement>(null);
  const removal = useFormMutation(remove.mutateAsync, errorRef);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [moveError, setMoveError] = useState<string | null>(null);

  // Keep the keyboard where it was once the new order is rendered: the same button on the moved
  // item, or its other move button when the item reached the top or bottom (a disabled button
  // cannot hold focus, and focus would fall back to the start of the page).
  const refocus = useRef<"up" | "down" | null>(null);
  const { number, first, last } = props;
  useEffect(() => {
    const direction = refocus.current;
    if (!direction) return;
    refocus.current = null;
    const upward = direction === "up" ? !first : last;
    document.getElementById(`${upward ? "opp" : "ned"}-${action.id}`)?.focus();
  }, [number, first, last, action.id]);

  async function moveBy(direction: "up" | "down") {
    try {
      await move.mutateAsync({ partnership: slug, actionId: action.id, direction });
      setMoveError(null);
      refocus.current = direction;
      router.refresh();
    } catch (error) {
      setMoveError(messageOf(error));
    }
  }

  if (editing) {
    return <ActionForm slug={slug} action={action} onDone={() => setEditing(false)} />;
  }
  return (
    <article aria-label={`Tiltak ${props.number}: ${action.text}`} className="rounded-lg border border-ax-border-neutral-subtle p-3">
      <div className="flex flex-col gap-2 ax-md:flex-row ax-md:items-start ax-md:justify-between">
        <VStack gap="space-4">
          <BodyShort weight="semibold">
            {props.number}. {action.text}
          </BodyShort>
          <BodyShort size="small">
            Ansvarlig: {action.owner || "ikke satt"} · Frist: {formatDate(action.deadline)}
          </BodyShort>
          {action.planActivities.map((a) => (
            <BodyShort key={`${a.year}-${a.text}`} size="small">
              <Link href={`/partnerskap/${slug}/virksomhetsplan/${a.year}`}>I virksomhetsplanen {a.year}</Link>: {a.text}
            </BodyShort>
          ))}
        </VStack>
        <StatusTag tone={actionTone[action.status]} size="xsmall">
          {actionStatusLabels[action.status]}
        </StatusTag>
      </div>
      {props.canEdit && (
        <HStack gap="space-4" className="mt-2">
          <Button
            id={`opp-${action.id}`}
            size="xsmall"
            variant="tertiary"
            icon={<ArrowUpIcon aria-hidden />}
            disabled={props.first || move.isPending}
            onClick={() => void moveBy("up")}
          >
            Flytt opp <span className="sr-only">{action.text}</span>
          </Button>
          <Button
            id={`ned-${action.id}`}
            size="xsmall"
            variant="tertiary"
            icon={<ArrowDownIcon aria-hidden />}
            disabled={props.last || move.isPending}
            onClick={() => void moveBy("down")}
          >
            Flytt ned <span className="sr-only">{action.text}</span>
          </Button>
          <Button size="xsmall" variant="tertiary" icon={<PencilIcon aria-hidden />} onClick={() => setEditing(true)}>
            Endre <span className="sr-only">{action.text}</span>
          </Button>
          <Button size="xsmall" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={() => setConfirming(true)}>
            Fjern <span className="sr-only">{action.text}</span>
          </Button>
        </HStack>
      )}
      {moveError && (
        <Alert variant="error" size="small" role="alert" className="mt-2">
          {moveError}
        </Alert>
      )}
      <ConfirmDialog
        open={confirming}
        heading="Fjerne tiltaket?"
        body={`«${action.text}» fjernes fra planen. Endringen står i historikken.`}
        confirmLabel="Fjern tiltaket"
        pending={removal.pending}
        error={removal.formError}
        errorRef={errorRef}
        onConfirm={async () => {
          const result = await removal.submit({ partnership: slug, actionId: action.id, version: action.version });
          if (result) setConfirming(false);
        }}
        onClose={() => setConfirming(false)}
      />
    </article>
  );
}

/** Adds a new action, or edits one when `action` is given. */
function ActionForm({ slug, planId, action, onDone }: { slug: string; planId?: string; action?: Action; onDone?: () => void }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.mulighetsrom.addAction.mutationOptions());
  const update = useMutation(trpc.mulighetsrom.updateAction.mutationOptions());
  const focus = useRef<HTMLDivElement>(null);
  const addForm = useFormMutation(add.mutateAsync, focus);
  const updateForm = useFormMutation(update.mutateAsync, focus);
  const form = action ? updateForm : addForm;
  const [text, setText] = useState(action?.text ?? "");
  const [owner, setOwner] = useState(action?.owner ?? "");
  const [deadline, setDeadline] = useState<DateFieldChange>({ iso: action?.deadline ?? null, valid: true });
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? "ikke_startet");
  const [formKey, setFormKey] = useState(0);
  const prefix = action ? `tiltak-${action.id}-` : "nytt-tiltak-";

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const localErrors: Record<string, string> = {};
    if (!text.trim()) localErrors.text = "Tiltaket må fylles ut.";
    if (!deadline.valid) localErrors.deadline = "Frist må være en gyldig dato (d.m.åååå).";
    const fields = { partnership: slug, text, owner, deadline: deadline.iso, status };
    if (action) {
      const result = await updateForm.submit({ ...fields, actionId: action.id, version: action.version }, { localErrors });
      if (result) onDone?.();
    } else {
      const result = await addForm.submit({ ...fields, planId: planId! }, { localErrors });
      if (result) {
        setText("");
        setOwner("");
        setDeadline({ iso: null, valid: true });
        setStatus("ikke_startet");
        setFormKey((k) => k + 1);
      }
    }
  }

  return (
    <form
      key={formKey}
      noValidate
      onSubmit={onSubmit}
      aria-label={action ? `Endre tiltaket ${action.text}` : "Nytt tiltak"}
      className="mt-4 rounded-lg bg-ax-bg-neutral-soft p-4"
    >
      <VStack gap="space-12">
        {!action && (
          <Heading level="3" size="xsmall">
            Nytt tiltak
          </Heading>
        )}
        <FormErrors ref={focus} errors={form.fieldErrors} idPrefix={prefix} />
        {form.formError && (
          <Alert variant={form.conflict ? "warning" : "error"} role="alert" ref={focus} tabIndex={-1}>
            {form.formError}
          </Alert>
        )}
        <TextField
          id={`${prefix}text`}
          label="Tiltak"
          description={NO_CLIENT_DATA_HINT}
          value={text}
          maxLength={500}
          error={form.fieldErrors.text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="grid gap-4 ax-md:grid-cols-3">
          <TextField
            id={`${prefix}owner`}
            label="Ansvarlig"
            description="Person, rolle eller team"
            value={owner}
            maxLength={200}
            error={form.fieldErrors.owner}
            onChange={(e) => setOwner(e.target.value)}
          />
          <DateField
            id={`${prefix}deadline`}
            label="Frist"
            description="Valgfri"
            defaultValue={deadline.iso}
            error={form.fieldErrors.deadline}
            onChange={setDeadline}
          />
          <Select
            id={`${prefix}status`}
            label="Status"
            value={status}
            onChange={(e) => setStatus(e.target.value as ActionStatus)}
          >
            {actionStatuses.map((s) => (
              <option key={s} value={s}>
                {actionStatusLabels[s]}
              </option>
            ))}
          </Select>
        </div>
        <HStack gap="space-8">
          <Button type="submit" size="small" icon={action ? undefined : <PlusIcon aria-hidden />} loading={form.pending}>
            {action ? "Lagre tiltaket" : "Legg til tiltaket"}
          </Button>
          {action && (
            <Button type="button" size="small" variant="tertiary" onClick={onDone}>
              Avbryt
            </Button>
          )}
        </HStack>
        {!action && addForm.saved && (
          <BodyShort size="small" role="status">
            Tiltaket er lagt til.
          </BodyShort>
        )}
      </VStack>
    </form>
  );
}
