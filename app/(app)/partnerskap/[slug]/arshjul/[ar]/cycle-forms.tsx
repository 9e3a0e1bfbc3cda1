"use client";

import { PencilIcon, PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, HStack, Radio, RadioGroup, Select, Textarea, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DateField } from "~/app/_components/date-field";
import { FormMessages, FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { withoutFieldsPrefix } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";
import { useReturnFocus } from "~/app/_lib/use-return-focus";
import { useStep } from "~/app/_lib/use-step";
import {
  capitalise,
  categoryInfo,
  cycleCategories,
  cycleDateKinds,
  cycleLinkKinds,
  type CycleCategory,
  type CycleDateKind,
  type CycleLinkKind,
} from "~/lib/annual-cycle/categories";
import { formatMonth } from "~/lib/format";

/** "Start årshjulet for 2027": copies the fylke's template (or the default) into the year. */
export function StartYear({ slug, year, templateSource }: { slug: string; year: number; templateSource: string }) {
  const trpc = useTRPC();
  const t = useTranslations("cycle.forms");
  const mutation = useMutation(trpc.annualCycle.start.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  return (
    <VStack gap="space-12">
      <FormMessages form={form} summary={false} size="small" />
      <BodyShort>
        {t("startIntro", { source: templateSource })}
      </BodyShort>
      <div>
        <Button loading={form.pending} onClick={() => void form.submit({ partnership: slug, year })}>
          {t("start", { year: String(year) })}
        </Button>
      </div>
    </VStack>
  );
}

export interface EventValues {
  title: string;
  category: CycleCategory;
  dateKind: CycleDateKind;
  startDate: string | null;
  endDate: string | null;
  month: number | null;
  responsible: string;
  description: string;
  linkKind: CycleLinkKind | null;
  linkId: string | null;
}

export interface LinkOption {
  kind: CycleLinkKind;
  id: string;
  label: string;
}

type Mode = { kind: "add" } | { kind: "edit" | "move"; id: string; version: number };

function EventForm({
  slug,
  year,
  mode,
  initial,
  linkOptions,
  onDone,
}: {
  slug: string;
  year: number;
  mode: Mode;
  initial: EventValues;
  linkOptions: LinkOption[];
  onDone: (saved: boolean) => void;
}) {
  const trpc = useTRPC();
  const t = useTranslations("cycle");
  const noClientData = useTranslations("common")("noClientData");
  const locale = useLocale();
  const add = useMutation(trpc.annualCycle.addEvent.mutationOptions());
  const update = useMutation(trpc.annualCycle.updateEvent.mutationOptions());
  const move = useMutation(trpc.annualCycle.moveEvent.mutationOptions());
  const formRef = useFocusFirstField();
  const form = useFormMutation((input: Record<string, unknown>): Promise<unknown> => {
    if (mode.kind === "add") return add.mutateAsync(input as Parameters<typeof add.mutateAsync>[0]);
    if (mode.kind === "edit") return update.mutateAsync(input as Parameters<typeof update.mutateAsync>[0]);
    return move.mutateAsync(input as Parameters<typeof move.mutateAsync>[0]);
  });
  const [v, setV] = useState(initial);
  const [badDates, setBadDates] = useState<{ startDate?: boolean; endDate?: boolean }>({});
  const prefix = `${mode.kind === "add" ? "ny" : mode.id}-hendelse-`;
  // Server field names arrive as "fields.when.startDate"; the form's ids drop the "fields." part.
  const errors = withoutFieldsPrefix(form.fieldErrors);
  const err = (field: string) => errors[field];
  const fieldError = {
    category: err("category"),
    description: err("description"),
    link: err("link"),
    linkId: err("link.id"),
    linkKind: err("link.kind"),
    responsible: err("responsible"),
    title: err("title"),
    whenDateKind: err("when.dateKind"),
    whenEndDate: err("when.endDate"),
    whenMonth: err("when.month"),
    whenStartDate: err("when.startDate"),
  };
  const set = <K extends keyof EventValues>(key: K, value: EventValues[K]) => setV((old) => ({ ...old, [key]: value }));


  const when = { dateKind: v.dateKind, startDate: v.startDate, endDate: v.endDate, month: v.month };
  const noun =
    mode.kind === "add" ? t("forms.newEvent") : mode.kind === "move" ? t("forms.moveEvent", { title: initial.title }) : t("forms.editEvent", { title: initial.title });

  async function submit() {
    const local: Record<string, string> = {};
    if (badDates.startDate && v.dateKind !== "maned") local["when.startDate"] = t("forms.badDate");
    if (badDates.endDate && v.dateKind === "periode") local["when.endDate"] = t("forms.badEndDate");
    const fields = {
      title: v.title,
      category: v.category,
      when,
      responsible: v.responsible,
      description: v.description,
      link: v.linkKind && v.linkId ? { kind: v.linkKind, id: v.linkId } : null,
    };
    const input =
      mode.kind === "add"
        ? { partnership: slug, year, fields }
        : mode.kind === "edit"
          ? { partnership: slug, id: mode.id, version: mode.version, fields }
          : { partnership: slug, id: mode.id, version: mode.version, when };
    const result = await form.submit(input, { localErrors: local });
    if (result) onDone(true);
  }

  return (
    <FormShell
      form={form}
      formRef={formRef}
      label={noun}
      className="mt-3 rounded-md border border-ax-border-neutral-subtle bg-ax-bg-default p-4"
      errors={errors}
      idPrefix={prefix}
      alertSize="small"
      submit={{ label: mode.kind === "add" ? t("forms.add") : mode.kind === "move" ? t("forms.move") : t("forms.save"), size: "small" }}
      onCancel={() => onDone(false)}
      onSubmit={submit}
    >
      {mode.kind !== "move" && (
        <>
          <TextField id={`${prefix}title`} label={t("forms.title")} value={v.title} maxLength={200} error={fieldError.title} onChange={(e) => set("title", e.target.value)} />
          <Select id={`${prefix}category`} label={t("forms.ring")} description={t("forms.ringHint")} value={v.category} error={fieldError.category} onChange={(e) => set("category", e.target.value as CycleCategory)}>
            {cycleCategories.map((c) => (
              <option key={c} value={c}>
                {t("forms.ringOption", { letter: categoryInfo[c].letter, name: t(`category.${c}`) })}
              </option>
            ))}
          </Select>
        </>
      )}
      <RadioGroup id={`${prefix}when.dateKind`} legend={t("forms.when")} value={v.dateKind} error={fieldError.whenDateKind} onChange={(value: CycleDateKind) => set("dateKind", value)}>
        {cycleDateKinds.map((k) => (
          <Radio key={k} value={k}>
            {t(`dateKind.${k}`)}
          </Radio>
        ))}
      </RadioGroup>
      {v.dateKind === "maned" ? (
        <Select
          id={`${prefix}when.month`}
          label={t("forms.month")}
          value={v.month ?? ""}
          error={fieldError.whenMonth}
          onChange={(e) => set("month", e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">{t("forms.pickMonth")}</option>
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i} value={i + 1}>
              {capitalise(formatMonth(i + 1, locale))}
            </option>
          ))}
        </Select>
      ) : (
        <HStack gap="space-16" align="start">
          <DateField
            id={`${prefix}when.startDate`}
            label={v.dateKind === "periode" ? t("forms.from") : t("forms.date")}
            description={t("forms.dateHint", { year: String(year) })}
            defaultValue={v.startDate}
            error={fieldError.whenStartDate}
            onChange={({ iso, valid }) => {
              setBadDates((b) => ({ ...b, startDate: !valid }));
              if (valid) set("startDate", iso);
            }}
          />
          {v.dateKind === "periode" && (
            <DateField
              id={`${prefix}when.endDate`}
              label={t("forms.to")}
              description={t("forms.toHint", { nextYear: String(year + 1) })}
              defaultValue={v.endDate}
              error={fieldError.whenEndDate}
              onChange={({ iso, valid }) => {
                setBadDates((b) => ({ ...b, endDate: !valid }));
                if (valid) set("endDate", iso);
              }}
            />
          )}
        </HStack>
      )}
      {mode.kind !== "move" && (
        <>
          <TextField
            id={`${prefix}responsible`}
            label={t("forms.responsible")}
            description={t("forms.responsibleHint")}
            value={v.responsible}
            maxLength={200}
            error={fieldError.responsible}
            onChange={(e) => set("responsible", e.target.value)}
          />
          <Textarea
            id={`${prefix}description`}
            label={t("forms.description")}
            description={noClientData}
            value={v.description}
            maxLength={2000}
            minRows={2}
            error={fieldError.description}
            onChange={(e) => set("description", e.target.value)}
          />
          <Select
            id={`${prefix}link`}
            label={t("forms.link")}
            value={v.linkKind && v.linkId ? `${v.linkKind}:${v.linkId}` : ""}
            error={fieldError.link ?? fieldError.linkId ?? fieldError.linkKind}
            onChange={(e) => {
              const [kind, id] = e.target.value ? e.target.value.split(/:(.*)/s) : [null, null];
              setV((old) => ({ ...old, linkKind: (kind as CycleLinkKind) ?? null, linkId: id ?? null }));
            }}
          >
            <option value="">{t("forms.noLink")}</option>
            {cycleLinkKinds.map((kind) => {
              const options = linkOptions.filter((o) => o.kind === kind);
              return options.length === 0 ? null : (
                <optgroup key={kind} label={t(`linkKind.${kind}`)}>
                  {options.map((o) => (
                    <option key={o.id} value={`${o.kind}:${o.id}`}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </Select>
        </>
      )}
    </FormShell>
  );
}

const emptyValues = (): EventValues => ({
  title: "",
  category: "plan_styring",
  dateKind: "dato",
  startDate: null,
  endDate: null,
  month: null,
  responsible: "",
  description: "",
  linkKind: null,
  linkId: null,
});

/** "Legg til hendelse": the form opens in place; focus returns to the button after. */
export function AddEvent({ slug, year, linkOptions }: { slug: string; year: number; linkOptions: LinkOption[] }) {
  const t = useTranslations("cycle.forms");
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const { ref: opener, returnOnClose } = useReturnFocus(open);
  return (
    <div>
      {!open && (
        <HStack gap="space-12" align="center">
          <Button ref={opener} size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => (setSaved(false), setOpen(true))}>
            {t("addEvent")}
          </Button>
          {saved && (
            <BodyShort size="small" role="status">
              {t("added")}
            </BodyShort>
          )}
        </HStack>
      )}
      {open && (
        <EventForm
          slug={slug}
          year={year}
          mode={{ kind: "add" }}
          initial={emptyValues()}
          linkOptions={linkOptions}
          onDone={(ok) => {
            setSaved(ok);
            returnOnClose();
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}

/** Endre, Flytt and Fjern on one event. */
export function EventActions({
  slug,
  year,
  id,
  version,
  values,
  linkOptions,
}: {
  slug: string;
  year: number;
  id: string;
  version: number;
  values: EventValues;
  linkOptions: LinkOption[];
}) {
  const trpc = useTRPC();
  const t = useTranslations("cycle.forms");
  const remove = useMutation(trpc.annualCycle.removeEvent.mutationOptions());
  const [mode, setMode] = useState<"edit" | "move" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const removal = useStep();
  const { ref: editButton, returnOnClose: editClosed } = useReturnFocus(mode === "edit");
  const { ref: moveButton, returnOnClose: moveClosed } = useReturnFocus(mode === "move");

  async function confirmRemove() {
    if (await removal.run(null, () => remove.mutateAsync({ partnership: slug, id, version }))) setConfirming(false);
  }

  return (
    <div className="mt-2">
      {mode === null && (
        <HStack gap="space-4" align="center">
          <Button ref={editButton} size="xsmall" variant="tertiary" icon={<PencilIcon aria-hidden />} onClick={() => (setStatus(null), setMode("edit"))}>
            {t("edit")}
            <span className="sr-only"> {t("which", { title: values.title })}</span>
          </Button>
          <Button ref={moveButton} size="xsmall" variant="tertiary" onClick={() => (setStatus(null), setMode("move"))}>
            {t("move")}
            <span className="sr-only"> {t("which", { title: values.title })}</span>
          </Button>
          <Button size="xsmall" variant="tertiary" data-color="danger" icon={<TrashIcon aria-hidden />} onClick={() => setConfirming(true)}>
            {t("remove")}
            <span className="sr-only"> {t("which", { title: values.title })}</span>
          </Button>
          {status && (
            <BodyShort size="small" role="status">
              {status}
            </BodyShort>
          )}
        </HStack>
      )}
      {mode && (
        <EventForm
          slug={slug}
          year={year}
          mode={{ kind: mode, id, version }}
          initial={values}
          linkOptions={linkOptions}
          onDone={(ok) => {
            setStatus(ok ? (mode === "move" ? t("moved") : t("saved")) : null);
            if (mode === "move") moveClosed();
            else editClosed();
            setMode(null);
          }}
        />
      )}
      <ConfirmDialog
        open={confirming}
        heading={t("removeHeading", { title: values.title })}
        body={t("removeBody", { year: String(year) })}
        confirmLabel={t("removeConfirm")}
        pending={remove.isPending}
        error={removal.error}
        errorRef={removal.errorRef}
        onConfirm={() => void confirmRemove()}
        onClose={() => (setConfirming(false), removal.clearError())}
      />
    </div>
  );
}
