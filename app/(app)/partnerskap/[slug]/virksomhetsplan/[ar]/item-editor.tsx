"use client";

import { DragVerticalIcon, PlusIcon } from "@navikt/aksel-icons";
import { Alert, Button, HStack, Radio, RadioGroup, Select, Textarea, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormShell } from "~/app/_components/form-shell";
import { RowActions, type MoveDirection } from "~/app/_components/row-actions";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";
import { useReturnFocus } from "~/app/_lib/use-return-focus";
import { useStep } from "~/app/_lib/use-step";
import { useRenderText } from "~/app/_lib/use-text";
import { messageOf } from "~/app/_lib/trpc-errors";
import { actionStatuses, indicatorPeriodKinds, planSources, steeringLines } from "~/db/schema/enums";
import { formatNumber } from "~/lib/format";
import { operatorSymbols, parseTarget } from "~/lib/business-plan/target-rules";
import { parseTiming } from "~/lib/business-plan/timing-rules";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { usePlanWords } from "./use-plan-words";

export type ItemKind = "foundation" | "focus_area" | "goal" | "activity" | "indicator";

/** The values an item form edits, as the item stores them. */
export interface ItemValues {
  line?: "stat" | "kommune";
  title?: string;
  summary?: string;
  url?: string | null;
  description?: string;
  text?: string;
  source?: "stat" | "kommune" | "felles";
  foundationKey?: string | null;
  responsible?: string;
  responsiblePerson?: string;
  timingKind?: "dato" | "maned" | "halvar" | "fortlopende";
  timingValue?: string | null;
  status?: "ikke_startet" | "pagar" | "fullfort" | "utsatt";
  developmentActionId?: string | null;
  name?: string;
  unit?: string;
  baseline?: number | null;
  targetKind?: "tall" | "retning" | "grense";
  targetValue?: number | null;
  targetDirection?: "oke" | "synke" | null;
  targetOperator?: "<" | "<=" | ">" | ">=" | null;
  periodKind?: "maned" | "tertial" | "ar";
}

export interface EditorOptions {
  year: number;
  foundations: { key: string; title: string; line: "stat" | "kommune" }[];
  developmentActions: { id: string; text: string; areaNo: number; areaName: string; heldOn: string }[];
}


/** An item's text cut to fit in a button's accessible name. */
const shortTitle = (title: string) => (title.length > 50 ? `${title.slice(0, 49)}…` : title);

/** The target as typed in the form ("Skal øke", "< 6,3", "50"); the unit has its own field. */
function targetText(
  v: ItemValues,
  direction: (d: "oke" | "synke") => string,
  number: (n: number) => string,
): string {
  if (v.targetKind === "retning") return v.targetDirection ? direction(v.targetDirection) : "–";
  if (v.targetValue === null || v.targetValue === undefined) return "–";
  const amount = number(v.targetValue);
  return v.targetKind === "grense" && v.targetOperator ? `${operatorSymbols[v.targetOperator]}\u00a0${amount}` : amount;
}

const numberText = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n).replace(".", ","));

/** The form for one item, new or existing. Free text is checked on the server; "når" and the target are read here first. */
function ItemForm({
  kind,
  slug,
  versionId,
  parentId,
  existing,
  options,
  onDone,
}: {
  kind: ItemKind;
  slug: string;
  versionId: string;
  parentId?: string;
  existing?: { id: string; version: number; values: ItemValues };
  options: EditorOptions;
  onDone: () => void;
}) {
  const { t: tPlan, locale, timing: timingText } = usePlanWords();
  const t = useTranslations("plan.editor");
  const noClientData = useTranslations("common")("noClientData");
  // "når" and the target are read here, and their errors are catalogue keys ("plan.rules.*").
  const say = useRenderText();
  const trpc = useTRPC();
  const add = useMutation(trpc.businessPlan.addItem.mutationOptions());
  const update = useMutation(trpc.businessPlan.updateItem.mutationOptions());
  const formRef = useFocusFirstField();
  const form = useFormMutation(async (fields: Record<string, unknown>) => {
    if (existing) return update.mutateAsync({ partnership: slug, id: existing.id, version: existing.version, fields: fields as never });
    return add.mutateAsync({ partnership: slug, versionId, parentId, fields: fields as never });
  });
  const v = existing?.values ?? {};
  const [values, setValues] = useState<Record<string, string>>({
    line: v.line ?? "stat",
    title: v.title ?? "",
    summary: v.summary ?? "",
    url: v.url ?? "",
    description: v.description ?? "",
    text: v.text ?? "",
    source: v.source ?? "felles",
    foundationKey: v.foundationKey ?? "",
    responsible: v.responsible ?? "",
    responsiblePerson: v.responsiblePerson ?? "",
    timing: timingText(v.timingKind ?? "fortlopende", v.timingValue ?? null),
    status: v.status ?? "ikke_startet",
    developmentActionId: v.developmentActionId ?? "",
    name: v.name ?? "",
    unit: v.unit ?? "",
    baseline: numberText(v.baseline),
    target: v.targetKind ? targetText(v, (direction) => tPlan(`targetDirection.${direction}`), (n) => formatNumber(n, locale)) : "",
    periodKind: v.periodKind ?? "tertial",
  });
  const set = (field: string) => (value: string) => setValues((s) => ({ ...s, [field]: value }));
  const id = (field: string) => `${existing?.id ?? `ny-${kind}-${parentId ?? versionId}`}-fields.${field}`;
  const idPrefix = `${existing?.id ?? `ny-${kind}-${parentId ?? versionId}`}-`;
  // The server's field errors by field name ("fields.timing.value" → timingValue), for the inputs below.
  const err: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(form.fieldErrors)
      .filter(([key]) => key.startsWith("fields."))
      .map(([key, message]) => [key.slice("fields.".length).replace(/\.(\w)/g, (_, c: string) => c.toUpperCase()), message]),
  );

  function fieldsToSend(): { fields: Record<string, unknown>; local: Record<string, string> } {
    const local: Record<string, string> = {};
    switch (kind) {
      case "foundation":
        return { fields: { kind, line: values.line, title: values.title, summary: values.summary, url: values.url }, local };
      case "focus_area":
        return { fields: { kind, title: values.title, description: values.description }, local };
      case "goal":
        return { fields: { kind, text: values.text, source: values.source, foundationKey: values.foundationKey || null }, local };
      case "activity": {
        const timing = parseTiming(values.timing!, options.year);
        if ("error" in timing) local["fields.timing"] = say(timing.error);
        return {
          fields: {
            kind,
            text: values.text,
            responsible: values.responsible,
            responsiblePerson: values.responsiblePerson,
            timing: "error" in timing ? { kind: "fortlopende", value: null } : timing,
            status: values.status,
            developmentActionId: values.developmentActionId || null,
          },
          local,
        };
      }
      case "indicator": {
        const target = parseTarget(values.target!);
        if ("error" in target) local["fields.target"] = say(target.error);
        return {
          fields: {
            kind,
            name: values.name,
            source: values.source,
            unit: values.unit,
            baseline: values.baseline,
            periodKind: values.periodKind,
            ...("error" in target ? { targetKind: "tall", targetValue: null, targetDirection: null, targetOperator: null } : target),
          },
          local,
        };
      }
    }
  }

  const sourceRadios = (legend: string) => (
    <RadioGroup id={id("source")} legend={legend} value={values.source} onChange={set("source")} error={err.source}>
      <HStack gap="space-16">
        {planSources.map((s) => (
          <Radio key={s} value={s}>
            {tPlan(`source.${s}`)}
          </Radio>
        ))}
      </HStack>
    </RadioGroup>
  );

  return (
    <FormShell
      form={form}
      formRef={formRef}
      label={existing ? t("editLabel", { noun: t(`noun.${kind}`) }) : t(`add.${kind}`)}
      className="rounded-md border border-ax-border-neutral-subtle bg-ax-bg-neutral-soft p-4"
      idPrefix={idPrefix}
      alertSize="small"
      warnOnConflict
      submit={{ label: existing ? t("save") : t(`add.${kind}`), size: "small" }}
      onCancel={onDone}
      onSubmit={async () => {
        const { fields, local } = fieldsToSend();
        const result = await form.submit(fields, { localErrors: local });
        if (result) onDone();
      }}
    >
      {kind === "foundation" && (
        <>
          <RadioGroup id={id("line")} legend={t("line")} value={values.line} onChange={set("line")} error={err.line}>
            <HStack gap="space-16">
              {steeringLines.map((l) => (
                <Radio key={l} value={l}>
                  {tPlan(`source.${l}`)}
                </Radio>
              ))}
            </HStack>
          </RadioGroup>
          <TextField id={id("title")} label={t("title")} description={t("titleHelp")} value={values.title} maxLength={200} error={err.title} onChange={(e) => set("title")(e.target.value)} />
          <Textarea id={id("summary")} label={t("summary")} minRows={2} maxLength={2000} value={values.summary} error={err.summary} onChange={(e) => set("summary")(e.target.value)} />
          <TextField id={id("url")} label={t("url")} type="url" value={values.url} maxLength={500} error={err.url} onChange={(e) => set("url")(e.target.value)} />
        </>
      )}
      {kind === "focus_area" && (
        <>
          <TextField id={id("title")} label={t("areaName")} description={t("areaNameHelp")} value={values.title} maxLength={200} error={err.title} onChange={(e) => set("title")(e.target.value)} />
          <Textarea id={id("description")} label={t("areaDescription")} description={noClientData} minRows={2} maxLength={2000} value={values.description} error={err.description} onChange={(e) => set("description")(e.target.value)} />
        </>
      )}
      {kind === "goal" && (
        <>
          <Textarea id={id("text")} label={t("goal")} description={noClientData} minRows={2} maxLength={500} value={values.text} error={err.text} onChange={(e) => set("text")(e.target.value)} />
          {sourceRadios(t("goalSource"))}
          <Select id={id("foundationKey")} label={t("foundation")} value={values.foundationKey} error={err.foundationKey} onChange={(e) => set("foundationKey")(e.target.value)}>
            <option value="">{t("notChosen")}</option>
            {options.foundations.map((f) => (
              <option key={f.key} value={f.key}>
                {t("foundationOption", { line: tPlan(`source.${f.line}`), title: f.title })}
              </option>
            ))}
          </Select>
        </>
      )}
      {kind === "activity" && (
        <>
          <Textarea id={id("text")} label={t("activity")} description={noClientData} minRows={2} maxLength={1000} value={values.text} error={err.text} onChange={(e) => set("text")(e.target.value)} />
          <div className="grid gap-4 ax-md:grid-cols-2">
            <TextField id={id("responsible")} label={t("responsible")} description={t("responsibleHelp")} value={values.responsible} maxLength={200} error={err.responsible} onChange={(e) => set("responsible")(e.target.value)} />
            <TextField id={id("responsiblePerson")} label={t("responsiblePerson")} description={t("responsiblePersonHelp")} value={values.responsiblePerson} maxLength={120} error={err.responsiblePerson} onChange={(e) => set("responsiblePerson")(e.target.value)} />
            <TextField id={id("timing")} label={t("timing")} description={t("timingHelp")} value={values.timing} maxLength={40} error={err.timing ?? err.timingValue} onChange={(e) => set("timing")(e.target.value)} />
            <Select id={id("status")} label={t("status")} value={values.status} error={err.status} onChange={(e) => set("status")(e.target.value)}>
              {actionStatuses.map((key) => (
                <option key={key} value={key}>
                  {tPlan(`activityStatus.${key}`)}
                </option>
              ))}
            </Select>
          </div>
          {options.developmentActions.length > 0 && (
            <Select id={id("developmentActionId")} label={t("developmentAction")} value={values.developmentActionId} error={err.developmentActionId} onChange={(e) => set("developmentActionId")(e.target.value)}>
              <option value="">{t("noLink")}</option>
              {options.developmentActions.map((a) => (
                <option key={a.id} value={a.id}>
                  {t("actionOption", { areaNo: a.areaNo, areaName: a.areaName, text: a.text })}
                </option>
              ))}
            </Select>
          )}
        </>
      )}
      {kind === "indicator" && (
        <>
          <TextField id={id("name")} label={t("indicator")} description={t("indicatorHelp")} value={values.name} maxLength={200} error={err.name} onChange={(e) => set("name")(e.target.value)} />
          {sourceRadios(t("indicatorSource"))}
          <div className="grid gap-4 ax-md:grid-cols-2">
            <TextField id={id("unit")} label={t("unit")} description={t("unitHelp")} value={values.unit} maxLength={30} error={err.unit} onChange={(e) => set("unit")(e.target.value)} />
            <TextField id={id("baseline")} label={t("baseline")} inputMode="decimal" value={values.baseline} maxLength={20} error={err.baseline} onChange={(e) => set("baseline")(e.target.value)} />
            <TextField id={id("target")} label={t("target")} description={t("targetHelp")} value={values.target} maxLength={40} error={err.target ?? err.targetValue ?? err.targetOperator ?? err.targetDirection} onChange={(e) => set("target")(e.target.value)} />
            <Select id={id("periodKind")} label={t("periodKind")} value={values.periodKind} error={err.periodKind} onChange={(e) => set("periodKind")(e.target.value)}>
              {indicatorPeriodKinds.map((key) => (
                <option key={key} value={key}>
                  {tPlan(`periodKind.${key}`)}
                </option>
              ))}
            </Select>
          </div>
        </>
      )}
    </FormShell>
  );
}

/** "Legg til …": a button that opens the form, and closes it again after saving. */
export function AddItem({
  about,
  ...props
}: {
  kind: ItemKind;
  slug: string;
  versionId: string;
  parentId?: string;
  options: EditorOptions;
  label?: string;
  /** For «Legg til aktivitet», which repeats under every goal: the goal, read out after the label. */
  about?: string;
}) {
  const t = useTranslations("plan.editor");
  const [open, setOpen] = useState(false);
  const { ref: opener, returnOnClose } = useReturnFocus(open);
  if (open) {
    return (
      <ItemForm
        {...props}
        onDone={() => {
          returnOnClose();
          setOpen(false);
        }}
      />
    );
  }
  return (
    <Button ref={opener} type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} className="self-start" onClick={() => setOpen(true)}>
      {props.label ?? t(`add.${props.kind}`)}
      {about && <span className="sr-only">{t("addFor", { noun: t("noun.goal"), title: shortTitle(about) })}</span>}
    </Button>
  );
}

/**
 * One item of an editable list: its content with Endre, Flytt opp/ned and Slett, and dragging
 * with the mouse. The buttons are the keyboard way to reorder; dragging is a shortcut.
 */
export function EditableItem({
  kind,
  slug,
  versionId,
  item,
  index,
  count,
  parentId,
  title,
  options,
  children,
}: {
  kind: ItemKind;
  slug: string;
  versionId: string;
  item: { id: string; version: number; values: ItemValues };
  index: number;
  count: number;
  parentId: string;
  /** Short text naming the item in buttons and the confirmation. */
  title: string;
  options: EditorOptions;
  children: ReactNode;
}) {
  const t = useTranslations("plan.editor");
  const trpc = useTRPC();
  const router = useRouter();
  const move = useMutation(trpc.businessPlan.moveItem.mutationOptions());
  const remove = useMutation(trpc.businessPlan.removeItem.mutationOptions());
  const [editing, setEditing] = useState(false);
  const { ref: editButton, returnOnClose } = useReturnFocus(editing);
  const [confirming, setConfirming] = useState(false);
  const step = useStep();
  const [dragOver, setDragOver] = useState(false);

  const moveBy = (direction: MoveDirection) =>
    step.run(null, () => move.mutateAsync({ partnership: slug, kind, id: item.id, toIndex: index + (direction === "up" ? -1 : 1) }));

  if (editing) {
    return (
      <ItemForm
        kind={kind}
        slug={slug}
        versionId={versionId}
        existing={item}
        options={options}
        onDone={() => {
          returnOnClose();
          setEditing(false);
        }}
      />
    );
  }

  const short = shortTitle(title);
  const cascade = kind === "focus_area" ? t("cascadeArea") : kind === "goal" ? t("cascadeGoal") : "";
  return (
    <div
      draggable
      onDragStart={(e) => {
        e.stopPropagation();
        e.dataTransfer.setData("application/x-plan-item", JSON.stringify({ kind, id: item.id }));
        e.dataTransfer.effectAllowed = "move";
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes("application/x-plan-item")) {
          e.preventDefault();
          e.stopPropagation();
          setDragOver(true);
        }
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={(e) => {
        setDragOver(false);
        const dropped = JSON.parse(e.dataTransfer.getData("application/x-plan-item") || "{}") as { kind?: string; id?: string };
        const droppedId = dropped.id;
        if (dropped.kind !== kind || !droppedId || droppedId === item.id) return;
        e.preventDefault();
        e.stopPropagation();
        void step.run(null, () => move.mutateAsync({ partnership: slug, kind, id: droppedId, toIndex: index, toParentId: parentId }));
      }}
      className={`flex gap-2 rounded-md ${dragOver ? "outline-2 outline-dashed outline-ax-border-accent" : ""}`}
    >
      <span className="mt-1 cursor-grab text-ax-text-neutral-subtle" title={t("dragToMove")}>
        <DragVerticalIcon aria-hidden fontSize="1.25rem" />
      </span>
      <div className="min-w-0 flex-1">
        {children}
        <RowActions
          name={short}
          index={index}
          count={count}
          moving={move.isPending}
          onMove={moveBy}
          onEdit={() => setEditing(true)}
          editRef={editButton}
          onRemove={() => setConfirming(true)}
          removeLabel={t("delete")}
          dangerRemove
        />
        {step.error && (
          <Alert variant="error" size="small" role="alert" className="mt-2">
            {step.error}
          </Alert>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        heading={t("deleteHeading", { noun: t(`noun.${kind}`) })}
        body={t("deleteBody", { title: short, cascade })}
        confirmLabel={t("delete")}
        pending={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={() =>
          remove.mutate(
            { partnership: slug, kind, id: item.id, version: item.version },
            {
              onSuccess: () => {
                setConfirming(false);
                router.refresh();
              },
            },
          )
        }
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}
