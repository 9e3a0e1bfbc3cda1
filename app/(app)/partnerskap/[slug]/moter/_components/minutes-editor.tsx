"use client";

import { PencilIcon, PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { Alert, BodyShort, Button, HStack, Radio, RadioGroup, Select, Textarea, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DateField } from "~/app/_components/date-field";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { followUpStatuses, type FollowUpStatus } from "~/lib/meetings";
import type { Person } from "./meeting-form";

/** The minutes under one agenda item, saved explicitly; a stale save is refused and the text kept. */
export function MinutesForm({ slug, itemId, version, minutes, title }: { slug: string; itemId: string; version: number; minutes: string; title: string }) {
  const trpc = useTRPC();
  const t = useTranslations("meetings.minutes");
  const noClientData = useTranslations("common")("noClientData");
  const save = useMutation(trpc.meeting.saveMinutes.mutationOptions());
  const form = useFormMutation(save.mutateAsync);
  const [text, setText] = useState(minutes);
  const prefix = `referat-${itemId}-`;
  return (
    <FormShell
      form={form}
      label={t("label", { title })}
      gap="space-8"
      idPrefix={prefix}
      alertSize="small"
      warnOnConflict
      submit={{
        label: (
          <>
            {t("save")}
            <span className="sr-only"> {t("saveFor", { title })}</span>
          </>
        ),
        size: "small",
        variant: "secondary",
      }}
      status={
        form.saved && (
          <BodyShort role="status" size="small">
            {t("saved")}
          </BodyShort>
        )
      }
      onSubmit={() => form.submit({ partnership: slug, itemId, version, minutes: text })}
    >
      <Textarea id={`${prefix}minutes`} label={t("minutes")} description={noClientData} minRows={3} maxLength={20000} value={text} error={form.fieldErrors.minutes} onChange={(e) => setText(e.target.value)} />
    </FormShell>
  );
}

type Attended = "ja" | "nei" | "ukjent";
const toChoice = (a: boolean | null): Attended => (a === null ? "ukjent" : a ? "ja" : "nei");

/** Oppmøte for every participant, in one save. */
export function AttendanceForm({
  slug,
  meetingId,
  version,
  participants,
}: {
  slug: string;
  meetingId: string;
  version: number;
  participants: { userId: string; name: string; attended: boolean | null }[];
}) {
  const trpc = useTRPC();
  const t = useTranslations("meetings.minutes");
  const save = useMutation(trpc.meeting.setAttendance.mutationOptions());
  const form = useFormMutation(save.mutateAsync);
  const [choices, setChoices] = useState<Record<string, Attended>>(Object.fromEntries(participants.map((p) => [p.userId, toChoice(p.attended)])));
  return (
    <FormShell
      form={form}
      label={t("attendance")}
      gap="space-12"
      idPrefix="oppmote-"
      alertSize="small"
      warnOnConflict
      submit={{ label: t("saveAttendance"), size: "small", variant: "secondary" }}
      status={
        form.saved && (
          <BodyShort role="status" size="small">
            {t("attendanceSaved")}
          </BodyShort>
        )
      }
      onSubmit={() =>
        form.submit({
          partnership: slug,
          meetingId,
          version,
          attendance: participants.map((p) => ({ userId: p.userId, attended: choices[p.userId] === "ukjent" ? null : choices[p.userId] === "ja" })),
        })
      }
    >
      <div className="grid gap-4 ax-md:grid-cols-2">
        {participants.map((p) => (
          <RadioGroup
            key={p.userId}
            size="small"
            legend={p.name}
            value={choices[p.userId]}
            onChange={(value: Attended) => setChoices((c) => ({ ...c, [p.userId]: value }))}
          >
            <HStack gap="space-16">
              <Radio value="ja">{t("present")}</Radio>
              <Radio value="nei">{t("absent")}</Radio>
              <Radio value="ukjent">{t("unknown")}</Radio>
            </HStack>
          </RadioGroup>
        ))}
      </div>
    </FormShell>
  );
}

/** A new decision (vedtak), or an existing one's text. */
function DecisionForm({
  slug,
  meetingId,
  agendaItemId,
  existing,
  onDone,
}: {
  slug: string;
  meetingId: string;
  agendaItemId: string | null;
  existing?: { id: string; version: number; text: string };
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const t = useTranslations("meetings.minutes");
  const add = useMutation(trpc.meeting.addDecision.mutationOptions());
  const update = useMutation(trpc.meeting.updateDecision.mutationOptions());
  const form = useFormMutation(async (text: string) => {
    if (existing) return update.mutateAsync({ partnership: slug, decisionId: existing.id, version: existing.version, text });
    return add.mutateAsync({ partnership: slug, meetingId, agendaItemId, text });
  });
  const [text, setText] = useState(existing?.text ?? "");
  const prefix = `vedtak-${existing?.id ?? agendaItemId ?? meetingId}-`;
  return (
    <FormShell
      form={form}
      label={existing ? t("editDecision") : t("newDecision")}
      gap="space-8"
      idPrefix={prefix}
      alertSize="small"
      warnOnConflict
      submit={{ label: existing ? t("saveDecision") : t("addDecisionSubmit"), size: "small" }}
      onCancel={onDone}
      onSubmit={async () => {
        if (await form.submit(text)) onDone();
      }}
    >
      {/* The field name is "text" on the server. */}
      <Textarea id={`${prefix}text`} label={t("decision")} minRows={2} maxLength={2000} value={text} error={form.fieldErrors.text} onChange={(e) => setText(e.target.value)} autoFocus />
    </FormShell>
  );
}

export function AddDecision({ slug, meetingId, agendaItemId, title }: { slug: string; meetingId: string; agendaItemId: string | null; title: string }) {
  const t = useTranslations("meetings.minutes");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (open) {
    return (
      <DecisionForm
        slug={slug}
        meetingId={meetingId}
        agendaItemId={agendaItemId}
        onDone={() => {
          setOpen(false);
          requestAnimationFrame(() => button.current?.focus());
        }}
      />
    );
  }
  return (
    <Button ref={button} type="button" size="xsmall" variant="tertiary" icon={<PlusIcon aria-hidden />} onClick={() => setOpen(true)}>
      {t("addDecision")}
      <span className="sr-only"> {t("under", { title })}</span>
    </Button>
  );
}

/** Endre and Fjern beside a decision while the minutes are a draft. */
export function DecisionControls({ slug, meetingId, decision }: { slug: string; meetingId: string; decision: { id: string; version: number; text: string } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations("meetings.minutes");
  const remove = useMutation(trpc.meeting.removeDecision.mutationOptions());
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (editing) return <DecisionForm slug={slug} meetingId={meetingId} agendaItemId={null} existing={decision} onDone={() => setEditing(false)} />;
  return (
    <>
      <HStack gap="space-4" as="span">
        <Button type="button" size="xsmall" variant="tertiary" icon={<PencilIcon aria-hidden />} onClick={() => setEditing(true)}>
          {t("edit")}
          <span className="sr-only"> {t("theDecision")}</span>
        </Button>
        <Button type="button" size="xsmall" variant="tertiary" data-color="danger" icon={<TrashIcon aria-hidden />} onClick={() => setConfirming(true)}>
          {t("remove")}
          <span className="sr-only"> {t("theDecision")}</span>
        </Button>
      </HStack>
      <ConfirmDialog
        open={confirming}
        heading={t("removeDecisionHeading")}
        body={t("removeDecisionBody")}
        confirmLabel={t("removeDecisionConfirm")}
        pending={remove.isPending}
        error={error}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          setError(null);
          try {
            await remove.mutateAsync({ partnership: slug, decisionId: decision.id, version: decision.version });
            setConfirming(false);
            router.refresh();
          } catch (e) {
            setError(messageOf(e));
          }
        }}
      />
    </>
  );
}

/** A new oppfølgingspunkt: what, who (a person of the partnership) and by when. */
export function AddFollowUp({ slug, meetingId, agendaItemId, people, title }: { slug: string; meetingId: string; agendaItemId: string | null; people: Person[]; title: string }) {
  const trpc = useTRPC();
  const t = useTranslations("meetings.minutes");
  const noClientData = useTranslations("common")("noClientData");
  const add = useMutation(trpc.meeting.addFollowUp.mutationOptions());
  const form = useFormMutation(add.mutateAsync);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [owner, setOwner] = useState("");
  const [deadline, setDeadline] = useState<{ iso: string | null; valid: boolean }>({ iso: null, valid: true });
  const button = useRef<HTMLButtonElement>(null);
  const prefix = `oppfolging-ny-${agendaItemId ?? meetingId}-`;
  const close = () => {
    setOpen(false);
    form.reset();
    requestAnimationFrame(() => button.current?.focus());
  };
  if (!open) {
    return (
      <Button ref={button} type="button" size="xsmall" variant="tertiary" icon={<PlusIcon aria-hidden />} onClick={() => setOpen(true)}>
        {t("addFollowUp")}
        <span className="sr-only"> {t("under", { title })}</span>
      </Button>
    );
  }
  return (
    <FormShell
      form={form}
      label={t("newFollowUp")}
      className="rounded-md border border-ax-border-neutral-subtle p-3"
      gap="space-8"
      idPrefix={prefix}
      alertSize="small"
      warnOnConflict
      submit={{ label: t("addFollowUpSubmit"), size: "small" }}
      onCancel={close}
      onSubmit={async () => {
        const localErrors: Record<string, string> = deadline.valid ? {} : { deadline: t("badDeadline") };
        const saved = await form.submit(
          { partnership: slug, meetingId, agendaItemId, text, ownerUserId: owner || null, deadline: deadline.iso },
          { localErrors },
        );
        if (saved) {
          setText("");
          close();
        }
      }}
    >
      <TextField id={`${prefix}text`} label={t("followUpText")} description={noClientData} value={text} maxLength={1000} error={form.fieldErrors.text} onChange={(e) => setText(e.target.value)} autoFocus />
      <HStack gap="space-16" align="start" wrap>
        <Select id={`${prefix}ownerUserId`} label={t("owner")} value={owner} error={form.fieldErrors.ownerUserId} onChange={(e) => setOwner(e.target.value)}>
          <option value="">{t("noOwner")}</option>
          {people.map((p) => (
            <option key={p.userId} value={p.userId}>
              {t("personOption", { name: p.name, role: p.roles[0] ?? "" })}
            </option>
          ))}
        </Select>
        <DateField id={`${prefix}deadline`} label={t("deadline")} description={t("deadlineHint")} defaultValue={null} error={form.fieldErrors.deadline} onChange={setDeadline} />
      </HStack>
    </FormShell>
  );
}

/** The status of a follow-up, changed in place by its owner or the office. */
export function FollowUpStatusSelect({ slug, id, version, status, label }: { slug: string; id: string; version: number; status: FollowUpStatus; label: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations("meetings");
  const mutation = useMutation(trpc.meeting.setFollowUpStatus.mutationOptions());
  return (
    <div>
      <Select
        label={t("minutes.statusFor", { label: label.length > 60 ? `${label.slice(0, 59)}…` : label })}
        hideLabel
        size="small"
        className="min-w-28"
        value={status}
        disabled={mutation.isPending}
        onChange={(e) => mutation.mutate({ partnership: slug, followUpId: id, version, status: e.target.value as FollowUpStatus }, { onSuccess: () => router.refresh() })}
      >
        {followUpStatuses.map((key) => (
          <option key={key} value={key}>
            {t(`followUpStatus.${key}`)}
          </option>
        ))}
      </Select>
      {mutation.error && (
        <Alert variant="error" size="small" role="alert" className="mt-1">
          {messageOf(mutation.error)}
        </Alert>
      )}
    </div>
  );
}

/** «Legg til rettelse»: a dated correction beside locked minutes. */
export function AddCorrection({ slug, meetingId, items }: { slug: string; meetingId: string; items: { id: string; title: string }[] }) {
  const trpc = useTRPC();
  const t = useTranslations("meetings.minutes");
  const noClientData = useTranslations("common")("noClientData");
  const add = useMutation(trpc.meeting.addCorrection.mutationOptions());
  const form = useFormMutation(add.mutateAsync);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [item, setItem] = useState("");
  const button = useRef<HTMLButtonElement>(null);
  if (!open) {
    return (
      <div>
        <Button ref={button} type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setOpen(true)}>
          {t("addCorrection")}
        </Button>
      </div>
    );
  }
  return (
    <FormShell
      form={form}
      label={t("addCorrection")}
      className="rounded-md border border-ax-border-neutral-subtle p-3"
      gap="space-8"
      idPrefix="rettelse-"
      alertSize="small"
      warnOnConflict
      submit={{ label: t("saveCorrection"), size: "small" }}
      onCancel={() => {
        setOpen(false);
        requestAnimationFrame(() => button.current?.focus());
      }}
      onSubmit={async () => {
        if (await form.submit({ partnership: slug, meetingId, agendaItemId: item || null, text })) {
          setText("");
          setOpen(false);
        }
      }}
    >
      <BodyShort size="small">{t("correctionIntro")}</BodyShort>
      <Select id="rettelse-agendaItemId" label={t("concerns")} value={item} onChange={(e) => setItem(e.target.value)}>
        <option value="">{t("wholeMinutes")}</option>
        {items.map((i) => (
          <option key={i.id} value={i.id}>
            {i.title}
          </option>
        ))}
      </Select>
      <Textarea id="rettelse-text" label={t("correction")} description={noClientData} minRows={2} maxLength={4000} value={text} error={form.fieldErrors.text} onChange={(e) => setText(e.target.value)} autoFocus />
    </FormShell>
  );
}
