"use client";

import { DragVerticalIcon, PlusIcon } from "@navikt/aksel-icons";
import { Alert, Button, HStack, Radio, RadioGroup, Select, Textarea, TextField } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormShell } from "~/app/_components/form-shell";
import { RowActions, type MoveDirection } from "~/app/_components/row-actions";
import { useTRPC } from "~/app/_components/trpc-provider";
import { NO_CLIENT_DATA_HINT } from "~/app/_lib/hints";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";
import { useReturnFocus } from "~/app/_lib/use-return-focus";
import { useStep } from "~/app/_lib/use-step";
import { messageOf } from "~/app/_lib/trpc-errors";
import { actionStatusLabels } from "~/lib/mulighetsrom/plan-wording";
import { planSourceLabels, steeringLineLabels } from "~/lib/business-plan/balance";
import { formatTarget, parseTarget, periodKindLabels } from "~/lib/business-plan/target-rules";
import { formatTiming, parseTiming } from "~/lib/business-plan/timing-rules";
import { useRouter } from "next/navigation";

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

const kindWords: Record<ItemKind, { noun: string; add: string }> = {
  foundation: { noun: "styringsdokumentet", add: "Legg til styringsdokument" },
  focus_area: { noun: "satsingsområdet", add: "Legg til satsingsområde" },
  goal: { noun: "målet", add: "Legg til mål" },
  activity: { noun: "aktiviteten", add: "Legg til aktivitet" },
  indicator: { noun: "indikatoren", add: "Legg til indikator" },
};

/** An item's text cut to fit in a button's accessible name. */
const shortTitle = (title: string) => (title.length > 50 ? `${title.slice(0, 49)}…` : title);

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
    timing: v.timingKind ? formatTiming(v.timingKind, v.timingValue ?? null) : "Fortløpende",
    status: v.status ?? "ikke_startet",
    developmentActionId: v.developmentActionId ?? "",
    name: v.name ?? "",
    unit: v.unit ?? "",
    baseline: numberText(v.baseline),
    target: v.targetKind ? formatTarget({ targetKind: v.targetKind, targetValue: v.targetValue ?? null, targetDirection: v.targetDirection ?? null, targetOperator: v.targetOperator ?? null, unit: "" }) : "",
    periodKind: v.periodKind ?? "tertial",
  });
  const set = (field: string) => (value: string) => setValues((s) => ({ ...s, [field]: value }));
  const id = (field: string) => `${existing?.id ?? `ny-${kind}-${parentId ?? versionId}`}-fields.${field}`;
  const idPrefix = `${existing?.id ?? `ny-${kind}-${parentId ?? versionId}`}-`;
  const err = (field: string) => form.fieldErrors[`fields.${field}`];

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
        if ("error" in timing) local["fields.timing"] = timing.error;
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
        if ("error" in target) local["fields.target"] = target.error;
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
    <RadioGroup id={id("source")} legend={legend} value={values.source} onChange={set("source")} error={err("source")}>
      <HStack gap="space-16">
        {(["stat", "kommune", "felles"] as const).map((s) => (
          <Radio key={s} value={s}>
            {planSourceLabels[s]}
          </Radio>
        ))}
      </HStack>
    </RadioGroup>
  );

  return (
    <FormShell
      form={form}
      formRef={formRef}
      label={existing ? `Endre ${kindWords[kind].noun}` : kindWords[kind].add}
      className="rounded-md border border-ax-border-neutral-subtle bg-ax-bg-neutral-soft p-4"
      idPrefix={idPrefix}
      alertSize="small"
      warnOnConflict
      submit={{ label: existing ? "Lagre" : kindWords[kind].add, size: "small" }}
      onCancel={onDone}
      onSubmit={async () => {
        const { fields, local } = fieldsToSend();
        const result = await form.submit(fields, { localErrors: local });
        if (result) onDone();
      }}
    >
      {kind === "foundation" && (
        <>
          <RadioGroup id={id("line")} legend="Styringslinje" value={values.line} onChange={set("line")} error={err("line")}>
            <HStack gap="space-16">
              {(["stat", "kommune"] as const).map((l) => (
                <Radio key={l} value={l}>
                  {steeringLineLabels[l]}
                </Radio>
              ))}
            </HStack>
          </RadioGroup>
          <TextField id={id("title")} label="Tittel" description="For eksempel «Mål- og disponeringsbrev 2027» eller «Kommuneplanens samfunnsdel»." value={values.title} maxLength={200} error={err("title")} onChange={(e) => set("title")(e.target.value)} />
          <Textarea id={id("summary")} label="Hva planen henter herfra (valgfritt)" minRows={2} maxLength={2000} value={values.summary} error={err("summary")} onChange={(e) => set("summary")(e.target.value)} />
          <TextField id={id("url")} label="Lenke (valgfritt)" type="url" value={values.url} maxLength={500} error={err("url")} onChange={(e) => set("url")(e.target.value)} />
        </>
      )}
      {kind === "focus_area" && (
        <>
          <TextField id={id("title")} label="Navn på satsingsområdet" description="For eksempel «Flere i arbeid»." value={values.title} maxLength={200} error={err("title")} onChange={(e) => set("title")(e.target.value)} />
          <Textarea id={id("description")} label="Kort beskrivelse (valgfritt)" description={NO_CLIENT_DATA_HINT} minRows={2} maxLength={2000} value={values.description} error={err("description")} onChange={(e) => set("description")(e.target.value)} />
        </>
      )}
      {kind === "goal" && (
        <>
          <Textarea id={id("text")} label="Mål" description={NO_CLIENT_DATA_HINT} minRows={2} maxLength={500} value={values.text} error={err("text")} onChange={(e) => set("text")(e.target.value)} />
          {sourceRadios("Hvor kommer målet fra?")}
          <Select id={id("foundationKey")} label="Styringsdokument målet bygger på (valgfritt)" value={values.foundationKey} error={err("foundationKey")} onChange={(e) => set("foundationKey")(e.target.value)}>
            <option value="">Ikke valgt</option>
            {options.foundations.map((f) => (
              <option key={f.key} value={f.key}>
                {steeringLineLabels[f.line]}: {f.title}
              </option>
            ))}
          </Select>
        </>
      )}
      {kind === "activity" && (
        <>
          <Textarea id={id("text")} label="Aktivitet" description={NO_CLIENT_DATA_HINT} minRows={2} maxLength={1000} value={values.text} error={err("text")} onChange={(e) => set("text")(e.target.value)} />
          <div className="grid gap-4 ax-md:grid-cols-2">
            <TextField id={id("responsible")} label="Ansvar (rolle eller team)" description="Vises også i den offentlige versjonen." value={values.responsible} maxLength={200} error={err("responsible")} onChange={(e) => set("responsible")(e.target.value)} />
            <TextField id={id("responsiblePerson")} label="Ansvarlig person (valgfritt)" description="Skjules i den offentlige versjonen med mindre Nav-lederen velger å vise navn." value={values.responsiblePerson} maxLength={120} error={err("responsiblePerson")} onChange={(e) => set("responsiblePerson")(e.target.value)} />
            <TextField id={id("timing")} label="Når" description="En dato (15.03.2027), en måned (mars), et halvår (1. halvår) eller «fortløpende»." value={values.timing} maxLength={40} error={err("timing") ?? err("timing.value")} onChange={(e) => set("timing")(e.target.value)} />
            <Select id={id("status")} label="Status" value={values.status} error={err("status")} onChange={(e) => set("status")(e.target.value)}>
              {Object.entries(actionStatusLabels).map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </Select>
          </div>
          {options.developmentActions.length > 0 && (
            <Select id={id("developmentActionId")} label="Knytt til tiltak i en utviklingsplan (valgfritt)" value={values.developmentActionId} error={err("developmentActionId")} onChange={(e) => set("developmentActionId")(e.target.value)}>
              <option value="">Ingen kobling</option>
              {options.developmentActions.map((a) => (
                <option key={a.id} value={a.id}>
                  Område {a.areaNo} {a.areaName}: {a.text}
                </option>
              ))}
            </Select>
          )}
        </>
      )}
      {kind === "indicator" && (
        <>
          <TextField id={id("name")} label="Indikator" description="For eksempel «Andel unge under 30 år med aktivitetsplikt»." value={values.name} maxLength={200} error={err("name")} onChange={(e) => set("name")(e.target.value)} />
          {sourceRadios("Hvor kommer indikatoren fra?")}
          <div className="grid gap-4 ax-md:grid-cols-2">
            <TextField id={id("unit")} label="Enhet (valgfritt)" description="For eksempel %, kr eller antall." value={values.unit} maxLength={30} error={err("unit")} onChange={(e) => set("unit")(e.target.value)} />
            <TextField id={id("baseline")} label="Utgangsverdi (valgfritt)" inputMode="decimal" value={values.baseline} maxLength={20} error={err("baseline")} onChange={(e) => set("baseline")(e.target.value)} />
            <TextField id={id("target")} label="Mål" description="Et tall (50), en retning («skal øke», «skal synke») eller en grense («< 6,3»)." value={values.target} maxLength={40} error={err("target") ?? err("targetValue") ?? err("targetOperator") ?? err("targetDirection")} onChange={(e) => set("target")(e.target.value)} />
            <Select id={id("periodKind")} label="Måles per" value={values.periodKind} error={err("periodKind")} onChange={(e) => set("periodKind")(e.target.value)}>
              {Object.entries(periodKindLabels).map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
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
      {props.label ?? kindWords[props.kind].add}
      {about && <span className="sr-only"> for {kindWords.goal.noun} «{shortTitle(about)}»</span>}
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
  const cascade = kind === "focus_area" ? " Målene og aktivitetene under blir også slettet." : kind === "goal" ? " Aktivitetene under blir også slettet." : "";
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
      <span className="mt-1 cursor-grab text-ax-text-neutral-subtle" title="Dra for å flytte">
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
          removeLabel="Slett"
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
        heading={`Slette ${kindWords[kind].noun}?`}
        body={`«${short}» blir fjernet fra utkastet.${cascade} Endringen står i historikken, og tidligere godkjente versjoner er uendret.`}
        confirmLabel="Slett"
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
