"use client";

import { PlusIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Heading, Textarea, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { DutyItem } from "~/db/schema/values";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DateField, type DateFieldChange } from "~/app/_components/date-field";
import { FormMessages, FormShell, type FormFeedback } from "~/app/_components/form-shell";
import { RowActions, type MoveDirection } from "~/app/_components/row-actions";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
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
  const form = useFormMutation(mutation.mutateAsync);
  const submitButton = useKeepFocusWhileSaving(form.pending);
  const [purpose, setPurpose] = useState(current.purpose);
  const [changeClause, setChangeClause] = useState(current.changeClause);
  const [place, setPlace] = useState(current.place);
  const [date, setDate] = useState<DateFieldChange>({ iso: current.signingDate, valid: true });
  const t = useTranslations("agreement.editor");
  const tCommon = useTranslations("common");
  const prefix = `tekst-${part}-`;

  return (
    <FormShell
      form={form}
      label={part === "purpose" ? t("purposeForm") : t("closingForm")}
      idPrefix={prefix}
      warnOnConflict
      submit={{ label: part === "purpose" ? t("savePurpose") : t("saveClosing"), ref: submitButton }}
      status={form.saved && <BodyShort role="status">{t("saved")}</BodyShort>}
      onSubmit={() => {
        const input =
          part === "purpose"
            ? { purpose, changeClause: current.changeClause, place: current.place, signingDate: current.signingDate }
            : { purpose: current.purpose, changeClause, place, signingDate: date.iso };
        return form.submit(
          { partnership: slug, versionId: current.id, version: current.version, ...input },
          { localErrors: part === "purpose" || date.valid ? {} : { signingDate: t("badDate") } },
        );
      }}
    >
      {part === "purpose" ? (
        <Textarea
          id={`${prefix}purpose`}
          label={t("purpose")}
          description={tCommon("noClientData")}
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
            label={t("changeClause")}
            description={tCommon("noClientData")}
            minRows={2}
            maxLength={2000}
            value={changeClause}
            error={form.fieldErrors.changeClause}
            onChange={(e) => setChangeClause(e.target.value)}
          />
          <div className="grid gap-4 ax-md:grid-cols-2">
            <TextField id={`${prefix}place`} label={t("place")} value={place} maxLength={100} error={form.fieldErrors.place} onChange={(e) => setPlace(e.target.value)} />
            <DateField id={`${prefix}signingDate`} label={t("date")} defaultValue={current.signingDate} error={form.fieldErrors.signingDate} onChange={setDate} />
          </div>
        </>
      )}
    </FormShell>
  );
}

type ListKey = "leaderDuties" | "ownerDuties";

/** A numbered duty list: read-only once signing has started, otherwise edited item by item. */
export function DutyList({ slug, current, list, number, title }: { slug: string; current: Current; list: ListKey; number: number; title: string }) {
  const items = current[list];
  const t = useTranslations("agreement.editor");
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
              <DutyItemEditor slug={slug} current={current} list={list} item={item} label={`${number}.${index + 1}`} index={index} count={items.length} />
            ) : (
              <BodyLong>
                <span className="font-semibold">{number}.{index + 1}</span> {item.text}
              </BodyLong>
            )}
          </li>
        ))}
      </ol>
      {items.length === 0 && <BodyShort>{t("noItems")}</BodyShort>}
      {current.editable && <AddDuty slug={slug} current={current} list={list} title={title} />}
    </section>
  );
}

function useDutyEdit() {
  const trpc = useTRPC();
  return useMutation(trpc.leaderAgreement.editDuty.mutationOptions());
}

function DutyItemEditor(props: { slug: string; current: Current; list: ListKey; item: DutyItem; label: string; index: number; count: number }) {
  const { slug, current, list, item } = props;
  const mutation = useDutyEdit();
  const form = useFormMutation(mutation.mutateAsync);
  const t = useTranslations("agreement.editor");
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const common = { partnership: slug, versionId: current.id, version: current.version, list, itemId: item.id };
  const { ref: editButton, returnOnClose } = useReturnFocus(editing);

  const move = async (direction: MoveDirection) => Boolean(await form.submit({ ...common, op: "move", direction }));

  if (editing) {
    return (
      <DutyItemForm
        label={props.label}
        text={item.text}
        onSave={(text) => form.submit({ ...common, op: "update", text })}
        form={form}
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
      <FormMessages form={form} summary={false} size="small" warnOnConflict className="mt-2" />
      <RowActions
        name={t("itemName", { label: props.label })}
        index={props.index}
        count={props.count}
        moving={form.pending}
        onMove={move}
        onEdit={() => {
          form.reset();
          setEditing(true);
        }}
        editRef={editButton}
        onRemove={() => setConfirming(true)}
        moveFirst
        className="mt-2"
      />
      <ConfirmDialog
        open={confirming}
        heading={t("removeHeading", { label: props.label })}
        body={t("removeBody", { text: item.text })}
        confirmLabel={t("removeConfirm")}
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
  form: FormFeedback;
  onSave: (text: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { label, form, onSave, onClose } = props;
  const formRef = useFocusFirstField();
  const t = useTranslations("agreement.editor");
  const tCommon = useTranslations("common");
  const [text, setText] = useState(props.text);
  return (
    <FormShell
      form={form}
      formRef={formRef}
      label={t("editForm", { label })}
      className="rounded-lg bg-ax-bg-neutral-soft p-3"
      gap="space-8"
      summary={false}
      alertSize="small"
      warnOnConflict
      submit={{ label: t("saveItem"), size: "small" }}
      onCancel={onClose}
      cancelVariant="tertiary"
      onSubmit={async () => {
        if (await onSave(text)) onClose();
      }}
    >
      <Textarea label={t("item", { label })} description={tCommon("noClientData")} minRows={2} maxLength={1000} value={text} error={form.fieldErrors.text} onChange={(e) => setText(e.target.value)} />
    </FormShell>
  );
}

function AddDuty({ slug, current, list, title }: { slug: string; current: Current; list: ListKey; title: string }) {
  const mutation = useDutyEdit();
  const form = useFormMutation(mutation.mutateAsync);
  // After «Legg til punktet» focus stays in the field, ready for the next point.
  const field = useKeepFocusWhileSaving<HTMLTextAreaElement>(form.pending);
  const t = useTranslations("agreement.editor");
  const tCommon = useTranslations("common");
  const [text, setText] = useState("");
  return (
    <FormShell
      form={form}
      label={t("addForm", { title })}
      className="mt-3"
      gap="space-8"
      summary={false}
      alertSize="small"
      warnOnConflict
      submit={{ label: t("addItem"), size: "small", variant: "secondary", icon: <PlusIcon aria-hidden /> }}
      onSubmit={async () => {
        const localErrors: Record<string, string> = text.trim() ? {} : { text: t("itemRequired") };
        if (await form.submit({ partnership: slug, versionId: current.id, version: current.version, list, op: "add", text }, { localErrors })) setText("");
      }}
    >
      <Textarea
        ref={field}
        label={t("newItem", { title: title.toLowerCase() })}
        description={tCommon("noClientData")}
        minRows={1}
        maxLength={1000}
        value={text}
        error={form.fieldErrors.text}
        onChange={(e) => setText(e.target.value)}
      />
    </FormShell>
  );
}
