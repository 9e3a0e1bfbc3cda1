"use client";

import { PencilIcon, PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { Alert, BodyShort, Button, Heading, HStack, Select, Table, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormErrors } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/_components/trpc-provider";
import { formatDate, formatWeekday } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";
import { EMPTY_CELL, programmeKindOrder, type ProgrammeKind } from "~/lib/network/labels";
import { ScrollRegion } from "~/app/_components/scroll-region";

interface Item {
  id: string;
  version: number;
  day: string;
  startTime: string;
  endTime: string | null;
  title: string;
  speaker: string;
  kind: ProgrammeKind;
}

const dayHeading = (day: string, locale: Locale) => {
  const name = formatWeekday(day, locale);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${formatDate(day, locale)}`;
};
const timeSpan = (i: { startTime: string; endTime: string | null }) => (i.endTime ? `${i.startTime}–${i.endTime}` : i.startTime);

function ProgrammeItemForm({ slug, gatheringId, day, existing, onDone }: { slug: string; gatheringId: string; day: string; existing?: Item; onDone: () => void }) {
  const t = useTranslations("network");
  const tc = useTranslations("common");
  const locale = useLocale();
  const trpc = useTRPC();
  const add = useMutation(trpc.network.addProgrammeItem.mutationOptions());
  const update = useMutation(trpc.network.updateProgrammeItem.mutationOptions());
  const focus = useRef<HTMLDivElement>(null);
  const formRef = useFocusFirstField();
  const [v, setV] = useState({
    startTime: existing?.startTime ?? "",
    endTime: existing?.endTime ?? "",
    title: existing?.title ?? "",
    speaker: existing?.speaker ?? "",
    kind: existing?.kind ?? ("innlegg"),
  });
  const form = useFormMutation((values: typeof v) => {
    if (existing) return update.mutateAsync({ network: slug, itemId: existing.id, version: existing.version, day, ...values });
    return add.mutateAsync({ network: slug, gatheringId, day, ...values });
  }, focus);
  const prefix = `${existing?.id ?? `nytt-punkt-${day}`}-`;
  const err = form.fieldErrors;
  const cancel = tc("cancel");
  const set = (key: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setV((old) => ({ ...old, [key]: e.target.value }));

  return (
    <form
      ref={formRef}
      noValidate
      aria-label={existing ? t("programme.editLabel", { title: existing.title }) : t("programme.newLabel", { date: formatDate(day, locale) })}
      className="mt-3 max-w-2xl rounded-md border border-ax-border-neutral-subtle p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await form.submit(v)) onDone();
      }}
    >
      <VStack gap="space-12">
        <FormErrors ref={focus} errors={err} idPrefix={prefix} />
        {(form.formError || err.day) && (
          <Alert variant={form.conflict ? "warning" : "error"} size="small" role="alert" ref={focus} tabIndex={-1}>
            {form.formError ?? err.day}
          </Alert>
        )}
        <HStack gap="space-16" align="start" wrap>
          <TextField id={`${prefix}startTime`} label={t("programme.starts")} description={t("programme.timeHint")} htmlSize={8} inputMode="numeric" value={v.startTime} error={err.startTime} onChange={set("startTime")} />
          <TextField id={`${prefix}endTime`} label={t("programme.ends")} description={t("programme.endHint")} htmlSize={8} inputMode="numeric" value={v.endTime} error={err.endTime} onChange={set("endTime")} />
          <Select id={`${prefix}kind`} label={t("programme.kind")} value={v.kind} error={err.kind} onChange={set("kind")}>
            {programmeKindOrder.map((k) => (
              <option key={k} value={k}>
                {t(`programmeKind.${k}`)}
              </option>
            ))}
          </Select>
        </HStack>
        <TextField id={`${prefix}title`} label={t("programme.title")} value={v.title} maxLength={200} error={err.title} onChange={set("title")} />
        <TextField id={`${prefix}speaker`} label={t("programme.speaker")} description={t("programme.speakerHint")} value={v.speaker} maxLength={200} error={err.speaker} onChange={set("speaker")} />
        <HStack gap="space-8">
          <Button type="submit" size="small" loading={form.pending}>
            {existing ? t("programme.save") : t("programme.add")}
          </Button>
          <Button type="button" size="small" variant="secondary" onClick={onDone}>
            {cancel}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}

/** One day of the programme: a table (tid, tittel, innleder, type) and, for facilitators, add/edit/remove. */
export function ProgrammeDay({
  slug,
  gatheringId,
  day,
  items,
  canEdit,
  showDayHeading,
}: {
  slug: string;
  gatheringId: string;
  day: string;
  items: Item[];
  canEdit: boolean;
  showDayHeading: boolean;
}) {
  const t = useTranslations("network");
  const tc = useTranslations("common");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.network.removeProgrammeItem.mutationOptions());
  const [editing, setEditing] = useState<Item | "ny" | null>(null);
  const [removing, setRemoving] = useState<Item | null>(null);
  const [error, setError] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const heading = dayHeading(day, locale);
  const actions = tc("actions");
  const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  const editLabel = (title: string) => t.rich("programme.edit", { title, sr });
  const removeLabel = (title: string) => t.rich("programme.remove", { title, sr });
  const addLabel = showDayHeading ? t.rich("programme.addItem", { day: heading, sr }) : t("programme.addItemPlain");

  return (
    <div>
      {showDayHeading && (
        <Heading level="3" size="small" spacing>
          {heading}
        </Heading>
      )}
      {items.length === 0 ? (
        <BodyShort>{canEdit ? t("programme.empty") : t("programme.notReady")}</BodyShort>
      ) : (
        <ScrollRegion label={t("programme.tableLabel", { day: heading })}>
          <Table size="small">
            <caption className="sr-only">{t("programme.tableLabel", { day: heading })}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("programme.time")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("programme.title")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("programme.speakerColumn")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("programme.kind")}</Table.HeaderCell>
                {canEdit && (
                  <Table.HeaderCell scope="col">
                    <span className="sr-only">{actions}</span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((i) => (
                <Table.Row key={i.id}>
                  <Table.DataCell className="whitespace-nowrap tabular-nums">{timeSpan(i)}</Table.DataCell>
                  <Table.DataCell>{i.title}</Table.DataCell>
                  <Table.DataCell>{i.speaker || EMPTY_CELL}</Table.DataCell>
                  <Table.DataCell>{t(`programmeKind.${i.kind}`)}</Table.DataCell>
                  {canEdit && (
                    <Table.DataCell>
                      <HStack gap="space-4" wrap={false}>
                        <Button type="button" size="xsmall" variant="tertiary" icon={<PencilIcon aria-hidden />} onClick={() => setEditing(i)}>
                          {editLabel(i.title)}
                        </Button>
                        <Button type="button" size="xsmall" variant="tertiary" data-color="danger" icon={<TrashIcon aria-hidden />} onClick={() => { setError(null); setRemoving(i); }}>
                          {removeLabel(i.title)}
                        </Button>
                      </HStack>
                    </Table.DataCell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
      {canEdit &&
        (editing ? (
          <ProgrammeItemForm
            key={editing === "ny" ? "ny" : editing.id}
            slug={slug}
            gatheringId={gatheringId}
            day={day}
            existing={editing === "ny" ? undefined : editing}
            onDone={() => {
              setEditing(null);
              requestAnimationFrame(() => addButton.current?.focus());
            }}
          />
        ) : (
          <Button ref={addButton} className="mt-2" type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setEditing("ny")}>
            {addLabel}
          </Button>
        ))}
      <ConfirmDialog
        open={removing !== null}
        heading={t("programme.removeHeading")}
        body={t("programme.removeBody", { title: removing?.title ?? "" })}
        confirmLabel={t("programme.removeConfirm")}
        pending={remove.isPending}
        error={error}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          setError(null);
          try {
            await remove.mutateAsync({ network: slug, itemId: removing.id, version: removing.version });
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
