"use client";

import { BodyShort, Button, Checkbox, CheckboxGroup, HStack, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { DateField } from "~/app/_components/date-field";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

/** Between the roles of a person: punctuation, the same in both languages. */
const LIST_SEPARATOR = ", ";

export interface Person {
  userId: string;
  name: string;
  roles: string[];
}

interface Existing {
  meetingId: string;
  version: number;
  title: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string;
  participantUserIds: string[];
}

/** A new meeting (with the standard agenda, if wanted) or an existing one's details and invitation list. */
export function MeetingForm({ slug, people, existing, onDone }: { slug: string; people: Person[]; existing?: Existing; onDone?: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations("meetings.form");
  const create = useMutation(trpc.meeting.create.mutationOptions());
  const update = useMutation(trpc.meeting.update.mutationOptions());
  const form = useFormMutation(async (input: Omit<Existing, "meetingId" | "version"> & { standardAgenda: boolean }) => {
    if (existing) return update.mutateAsync({ partnership: slug, meetingId: existing.meetingId, version: existing.version, ...input });
    return create.mutateAsync({ partnership: slug, ...input });
  });
  const [values, setValues] = useState({
    title: existing?.title ?? t("defaultTitle"),
    startTime: existing?.startTime ?? "09:00",
    endTime: existing?.endTime ?? "11:00",
    place: existing?.place ?? "",
  });
  const [date, setDate] = useState<{ iso: string | null; valid: boolean }>({ iso: existing?.date ?? null, valid: true });
  const [participants, setParticipants] = useState<string[]>(existing?.participantUserIds ?? people.map((p) => p.userId));
  const [standardAgenda, setStandardAgenda] = useState(true);
  const set = (field: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const prefix = existing ? `mote-${existing.meetingId}-` : "nytt-mote-";
  const err = form.fieldErrors;

  return (
    <FormShell
      form={form}
      label={existing ? t("editLabel") : t("newLabel")}
      idPrefix={prefix}
      warnOnConflict
      submit={{ label: existing ? t("saveChanges") : t("plan") }}
      onCancel={existing && onDone ? onDone : undefined}
      status={form.saved && existing && <BodyShort role="status">{t("saved")}</BodyShort>}
      onSubmit={async () => {
        const localErrors: Record<string, string> = {};
        if (!date.valid) localErrors.date = t("badDate");
        else if (!date.iso) localErrors.date = t("pickDate");
        const result = await form.submit(
          { ...values, date: date.iso ?? "", participantUserIds: participants, standardAgenda },
          { localErrors },
        );
        if (!result) return;
        if (existing) onDone?.();
        else if ("id" in result) router.push(`/partnerskap/${slug}/moter/${result.id}`);
      }}
    >
      <TextField id={`${prefix}title`} label={t("title")} value={values.title} maxLength={200} error={err.title} onChange={set("title")} />
      <HStack gap="space-16" align="start" wrap>
        <DateField
          id={`${prefix}date`}
          label={t("date")}
          description={t("dateHint")}
          defaultValue={existing?.date ?? null}
          error={err.date}
          onChange={setDate}
        />
        <TextField
          id={`${prefix}startTime`}
          label={t("starts")}
          description={t("timeHint")}
          htmlSize={8}
          inputMode="numeric"
          value={values.startTime}
          error={err.startTime}
          onChange={set("startTime")}
        />
        <TextField
          id={`${prefix}endTime`}
          label={t("ends")}
          description={t("timeHint")}
          htmlSize={8}
          inputMode="numeric"
          value={values.endTime}
          error={err.endTime}
          onChange={set("endTime")}
        />
      </HStack>
      <TextField
        id={`${prefix}place`}
        label={t("place")}
        description={t("placeHint")}
        value={values.place}
        maxLength={200}
        error={err.place}
        onChange={set("place")}
      />
      <CheckboxGroup
        id={`${prefix}participantUserIds`}
        legend={t("participants")}
        description={t("participantsHint")}
        value={participants}
        onChange={setParticipants}
        error={err.participantUserIds}
      >
        {people.map((p) => (
          <Checkbox key={p.userId} value={p.userId} description={p.roles.join(LIST_SEPARATOR)}>
            {p.name}
          </Checkbox>
        ))}
      </CheckboxGroup>
      {!existing && (
        <Checkbox checked={standardAgenda} onChange={(e) => setStandardAgenda(e.target.checked)} description={t("standardAgendaHint")}>
          {t("standardAgenda")}
        </Checkbox>
      )}
    </FormShell>
  );
}

/** «Endre møtet» opens the form in place of the details. */
export function EditMeeting({ slug, people, existing }: { slug: string; people: Person[]; existing: Existing }) {
  const t = useTranslations("meetings.form");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (open) {
    return (
      <MeetingForm
        slug={slug}
        people={people}
        existing={existing}
        onDone={() => {
          setOpen(false);
          requestAnimationFrame(() => button.current?.focus());
        }}
      />
    );
  }
  return (
    <div>
      <Button ref={button} size="small" variant="secondary" onClick={() => setOpen(true)}>
        {t("editButton")}
      </Button>
    </div>
  );
}
