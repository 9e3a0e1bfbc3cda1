"use client";

import { ArrowDownIcon, ArrowUpIcon, PencilIcon, PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Textarea, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { DutyItem } from "~/db/schema/leader-agreement";
import { ConfirmDialog } from "../../../../../_components/confirm-dialog";
import { DateField, type DateFieldChange } from "../../../../../_components/date-field";
import { FormErrors } from "../../../../../_components/form-errors";
import { useTRPC } from "../../../../../_components/trpc-provider";
import { NO_CLIENT_DATA_HINT } from "../../../../../_lib/hints";
import { useFormMutation } from "../../../../../_lib/use-form-mutation";

interface Current {
  id: string;
  version: number;
  editable: boolean;
  purpose: string;
  changeClause: string;
  place: string;
  signingDate: string | null;
  leaderDuties: DutyItem[];
  ownerDuties: DutyItem[];
}

/** Purpose, the change clause, and place and date, saved together. */
export function AgreementTextForm({ slug, current }: { slug: string; current: Current }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.lederavtale.updateText.mutationOptions());
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
  const [purpose, setPurpose] = useState(current.purpose);
  const [changeClause, setChangeClause] = useState(current.changeClause);
  const [place, setPlace] = useState(current.place);
  const [date, setDate] = useState<DateFieldChange>({ iso: current.signingDate, valid: true });

  return (
    <form
      noValidate
      aria-label="Formål, endringer, sted og dato"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(
          { partnership: slug, versionId: current.id, version: current.version, purpose, changeClause, place, signingDate: date.iso },
          { localErrors: date.valid ? {} : { signingDate: "Dato må være en gyldig dato (d.m.åååå)." } },
        );
      }}
    >
      <VStack gap="space-16">
        <FormErrors ref={focus} errors={form.fieldErrors} idPrefix="tekst-" />
        {form.formError && (
          <Alert variant={form.conflict ? "warning" : "error"} role="alert" ref={focus} tabIndex={-1}>
            {form.formError}
          </Alert>
        )}
        <Textarea
          id="tekst-purpose"
          label="1. Formål"
          description={NO_CLIENT_DATA_HINT}
          minRows={3}
          maxLength={4000}
          value={purpose}
          error={form.fieldErrors.purpose}
          onChange={(e) => setPurpose(e.target.value)}
        />
        <Textarea
          id="tekst-changeClause"
          label="4. Endringer i avtaleperioden"
          minRows={2}
          maxLength={2000}
          value={changeClause}
          error={form.fieldErrors.changeClause}
          onChange={(e) => setChangeClause(e.target.value)}
        />
        <div className="grid gap-4 ax-md:grid-cols-2">
          <TextField id="tekst-place" label="Sted" value={place} maxLength={100} error={form.fieldErrors.place} onChange={(e) => setPlace(e.target.value)} />
          <DateField id="tekst-signingDate" label="Dato" defaultValue={current.signingDate} error={form.fieldErrors.signingDate} onChange={setDate} />
        </div>
        <HStack gap="space-8" align="center">
          <Button type="submit" loading={form.pending}>
            Lagre teksten
          </Button>
          {form.saved && <BodyShort role="status">Teksten er lagret.</BodyShort>}
        </HStack>
      </VStack>
    </form>
  );
}

type ListKey = "leaderDuties" | "ownerDuties";

/** A numbered duty list: read-only once signing has started, otherwise edited item by item. */
export function DutyList({ slug, current, list, number, title }: { slug: string; current: Current; list: ListKey; number: number; title: string }) {
  const items = current[list];
  const headingId = `liste-${list}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} level="2" size="medium" spacing>
        {number}. {title}
      </Heading>
      <ol className="m-0 flex list-none flex-col gap-2 p-0">
        {items.map((item, index) => (
          <li key={item.id}>
            {current.editable ? (
              <DutyItemEditor slug={slug} current={current} list={list} item={item} label={`${number}.${index + 1}`} first={index === 0} last={index === items.length - 1} />
            ) : (
              <BodyLong>
                <span className="font-semibold">{number}.{index + 1}</span> {item.text}
              </BodyLong>
            )}
          </li>
        ))}
      </ol>
      {items.length === 0 && <BodyShort>Ingen punkter ennå.</BodyShort>}
      {current.editable && <AddDuty slug={slug} current={current} list={list} title={title} />}
    </section>
  );
}

function useDutyEdit() {
  const trpc = useTRPC();
  return useMutation(trpc.lederavtale.editDuty.mutationOptions());
}

function DutyItemEditor(props: { slug: string; current: Current; list: ListKey; item: DutyItem; label: string; first: boolean; last: boolean }) {
  const { slug, current, list, item } = props;
  const mutation = useDutyEdit();
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const [confirming, setConfirming] = useState(false);
  const common = { partnership: slug, versionId: current.id, version: current.version, list, itemId: item.id };

  if (editing) {
    return (
      <form
        noValidate
        aria-label={`Endre punkt ${props.label}`}
        className="rounded-lg bg-ax-bg-neutral-soft p-3"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await form.submit({ ...common, op: "update", text })) setEditing(false);
        }}
      >
        <VStack gap="space-8">
          {form.formError && (
            <Alert variant={form.conflict ? "warning" : "error"} size="small" role="alert" ref={focus} tabIndex={-1}>
              {form.formError}
            </Alert>
          )}
          <Textarea label={`Punkt ${props.label}`} minRows={2} maxLength={1000} value={text} error={form.fieldErrors.text} onChange={(e) => setText(e.target.value)} />
          <HStack gap="space-8">
            <Button type="submit" size="small" loading={form.pending}>
              Lagre punktet
            </Button>
            <Button type="button" size="small" variant="tertiary" onClick={() => setEditing(false)}>
              Avbryt
            </Button>
          </HStack>
        </VStack>
      </form>
    );
  }
  return (
    <div className="rounded-lg border border-ax-border-neutral-subtle p-3">
      <BodyLong>
        <span className="font-semibold">{props.label}</span> {item.text}
      </BodyLong>
      {form.formError && (
        <Alert variant={form.conflict ? "warning" : "error"} size="small" role="alert" ref={focus} tabIndex={-1} className="mt-2">
          {form.formError}
        </Alert>
      )}
      <HStack gap="space-4" className="mt-2">
        <Button size="xsmall" variant="tertiary" icon={<ArrowUpIcon aria-hidden />} disabled={props.first || form.pending} onClick={() => void form.submit({ ...common, op: "move", direction: "up" })}>
          Flytt opp <span className="sr-only">punkt {props.label}</span>
        </Button>
        <Button size="xsmall" variant="tertiary" icon={<ArrowDownIcon aria-hidden />} disabled={props.last || form.pending} onClick={() => void form.submit({ ...common, op: "move", direction: "down" })}>
          Flytt ned <span className="sr-only">punkt {props.label}</span>
        </Button>
        <Button size="xsmall" variant="tertiary" icon={<PencilIcon aria-hidden />} onClick={() => setEditing(true)}>
          Endre <span className="sr-only">punkt {props.label}</span>
        </Button>
        <Button size="xsmall" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={() => setConfirming(true)}>
          Fjern <span className="sr-only">punkt {props.label}</span>
        </Button>
      </HStack>
      <ConfirmDialog
        open={confirming}
        heading={`Fjerne punkt ${props.label}?`}
        body={`«${item.text}» fjernes fra avtalen. Endringen står i historikken.`}
        confirmLabel="Fjern punktet"
        pending={form.pending}
        error={form.formError}
        onConfirm={async () => {
          if (await form.submit({ ...common, op: "remove" })) setConfirming(false);
        }}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}

function AddDuty({ slug, current, list, title }: { slug: string; current: Current; list: ListKey; title: string }) {
  const mutation = useDutyEdit();
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
  const [text, setText] = useState("");
  return (
    <form
      noValidate
      aria-label={`Nytt punkt under ${title}`}
      className="mt-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const localErrors: Record<string, string> = text.trim() ? {} : { text: "Punktet må fylles ut." };
        if (await form.submit({ partnership: slug, versionId: current.id, version: current.version, list, op: "add", text }, { localErrors })) setText("");
      }}
    >
      <VStack gap="space-8">
        {form.formError && (
          <Alert variant={form.conflict ? "warning" : "error"} size="small" role="alert" ref={focus} tabIndex={-1}>
            {form.formError}
          </Alert>
        )}
        <Textarea
          label={`Nytt punkt: ${title.toLowerCase()}`}
          minRows={1}
          maxLength={1000}
          value={text}
          error={form.fieldErrors.text}
          onChange={(e) => setText(e.target.value)}
        />
        <div>
          <Button type="submit" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} loading={form.pending}>
            Legg til punktet
          </Button>
        </div>
      </VStack>
    </form>
  );
}
