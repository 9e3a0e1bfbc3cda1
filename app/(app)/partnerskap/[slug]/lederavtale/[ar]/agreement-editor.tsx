"use client";

import { ArrowDownIcon, ArrowUpIcon, PencilIcon, PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Textarea, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { DutyItem } from "~/db/schema/leader-agreement";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DateField, type DateFieldChange } from "~/app/_components/date-field";
import { FormErrors } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/_components/trpc-provider";
import { NO_CLIENT_DATA_HINT } from "~/app/_lib/hints";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";
import { useFormMutation, type FormState } from "~/app/_lib/use-form-mutation";
import { useKeepFocusWhileSaving, useReturnFocus } from "~/app/_lib/use-return-focus";

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

/**
 * The agreement's own text, in the order of its sections: «purpose» is section 1, «closing» is
 * section 4 with place and date, and the duty lists (2 and 3) come between them on the page. Each
 * part saves on its own; the fields of the other part are sent as they are saved now.
 */
export function AgreementTextForm({ slug, current, part }: { slug: string; current: Current; part: "purpose" | "closing" }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.leaderAgreement.updateText.mutationOptions());
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
  const submitButton = useKeepFocusWhileSaving(form.pending);
  const [purpose, setPurpose] = useState(current.purpose);
  const [changeClause, setChangeClause] = useState(current.changeClause);
  const [place, setPlace] = useState(current.place);
  const [date, setDate] = useState<DateFieldChange>({ iso: current.signingDate, valid: true });
  const prefix = `tekst-${part}-`;

  return (
    <form
      noValidate
      aria-label={part === "purpose" ? "1. Formål" : "4. Endringer, sted og dato"}
      onSubmit={(e) => {
        e.preventDefault();
        const input =
          part === "purpose"
            ? { purpose, changeClause: current.changeClause, place: current.place, signingDate: current.signingDate }
            : { purpose: current.purpose, changeClause, place, signingDate: date.iso };
        void form.submit(
          { partnership: slug, versionId: current.id, version: current.version, ...input },
          { localErrors: part === "purpose" || date.valid ? {} : { signingDate: "Dato må være en gyldig dato (d.m.åååå)." } },
        );
      }}
    >
      <VStack gap="space-16">
        <FormErrors ref={focus} errors={form.fieldErrors} idPrefix={prefix} />
        {form.formError && (
          <Alert variant={form.conflict ? "warning" : "error"} role="alert" ref={focus} tabIndex={-1}>
            {form.formError}
          </Alert>
        )}
        {part === "purpose" ? (
          <Textarea
            id={`${prefix}purpose`}
            label="1. Formål"
            description={NO_CLIENT_DATA_HINT}
            minRows={3}
            maxLength={4000}
            value={purpose}
            error={form.fieldErrors.purpose}
            onChange={(e) => setPurpose(e.target.value)}
          />
        ) : (
          <>
            <Textarea
              id={`${prefix}changeClause`}
              label="4. Endringer i avtaleperioden"
              minRows={2}
              maxLength={2000}
              value={changeClause}
              error={form.fieldErrors.changeClause}
              onChange={(e) => setChangeClause(e.target.value)}
            />
            <div className="grid gap-4 ax-md:grid-cols-2">
              <TextField id={`${prefix}place`} label="Sted" value={place} maxLength={100} error={form.fieldErrors.place} onChange={(e) => setPlace(e.target.value)} />
              <DateField id={`${prefix}signingDate`} label="Dato" defaultValue={current.signingDate} error={form.fieldErrors.signingDate} onChange={setDate} />
            </div>
          </>
        )}
        <HStack gap="space-8" align="center">
          <Button ref={submitButton} type="submit" loading={form.pending}>
            {part === "purpose" ? "Lagre formålet" : "Lagre endringer, sted og dato"}
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
  return useMutation(trpc.leaderAgreement.editDuty.mutationOptions());
}

function DutyItemEditor(props: { slug: string; current: Current; list: ListKey; item: DutyItem; label: string; first: boolean; last: boolean }) {
  const { slug, current, list, item } = props;
  const mutation = useDutyEdit();
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const common = { partnership: slug, versionId: current.id, version: current.version, list, itemId: item.id };
  const { ref: editButton, returnOnClose } = useReturnFocus(editing);
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  /** After «Flytt opp/ned»: which button to give focus back to, and the number the point had. */
  const moved = useRef<{ direction: "up" | "down"; from: string } | null>(null);

  // The move buttons are disabled while saving, and moving the point in the list takes it out of
  // the page for a moment, so focus would fall to the page's start. Once the point shows under its
  // new number, put focus back on the same button, or on the other one at the top or the bottom.
  const { label, first, last } = props;
  useEffect(() => {
    const wanted = moved.current;
    if (!wanted || form.pending || label === wanted.from) return;
    moved.current = null;
    (wanted.direction === "up" ? (first ? downButton : upButton) : last ? upButton : downButton).current?.focus();
  }, [form.pending, label, first, last]);

  async function move(direction: "up" | "down") {
    moved.current = { direction, from: label };
    if (!(await form.submit({ ...common, op: "move", direction }))) moved.current = null;
  }

  if (editing) {
    return (
      <DutyItemForm
        label={props.label}
        text={item.text}
        onSave={(text) => form.submit({ ...common, op: "update", text })}
        form={form}
        focus={focus}
        onClose={() => {
          returnOnClose();
          setEditing(false);
        }}
      />
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
        <Button ref={upButton} size="xsmall" variant="tertiary" icon={<ArrowUpIcon aria-hidden />} disabled={props.first || form.pending} onClick={() => void move("up")}>
          Flytt opp <span className="sr-only">punkt {props.label}</span>
        </Button>
        <Button ref={downButton} size="xsmall" variant="tertiary" icon={<ArrowDownIcon aria-hidden />} disabled={props.last || form.pending} onClick={() => void move("down")}>
          Flytt ned <span className="sr-only">punkt {props.label}</span>
        </Button>
        <Button
          ref={editButton}
          size="xsmall"
          variant="tertiary"
          icon={<PencilIcon aria-hidden />}
          onClick={() => {
            form.reset();
            setEditing(true);
          }}
        >
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

/** «Endre punkt»: opens with focus in the text; saving or «Avbryt» closes it. */
function DutyItemForm(props: {
  label: string;
  text: string;
  form: FormState;
  focus: React.RefObject<HTMLDivElement | null>;
  onSave: (text: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { label, form, focus, onSave, onClose } = props;
  const formRef = useFocusFirstField();
  const [text, setText] = useState(props.text);
  return (
    <form
      ref={formRef}
      noValidate
      aria-label={`Endre punkt ${label}`}
      className="rounded-lg bg-ax-bg-neutral-soft p-3"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await onSave(text)) onClose();
      }}
    >
      <VStack gap="space-8">
        {form.formError && (
          <Alert variant={form.conflict ? "warning" : "error"} size="small" role="alert" ref={focus} tabIndex={-1}>
            {form.formError}
          </Alert>
        )}
        <Textarea label={`Punkt ${label}`} minRows={2} maxLength={1000} value={text} error={form.fieldErrors.text} onChange={(e) => setText(e.target.value)} />
        <HStack gap="space-8">
          <Button type="submit" size="small" loading={form.pending}>
            Lagre punktet
          </Button>
          <Button type="button" size="small" variant="tertiary" onClick={onClose}>
            Avbryt
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}

function AddDuty({ slug, current, list, title }: { slug: string; current: Current; list: ListKey; title: string }) {
  const mutation = useDutyEdit();
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
  // After «Legg til punktet» focus stays in the field, ready for the next point.
  const field = useKeepFocusWhileSaving<HTMLTextAreaElement>(form.pending);
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
          ref={field}
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
