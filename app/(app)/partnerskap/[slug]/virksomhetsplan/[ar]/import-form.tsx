"use client";

import { Alert, BodyShort, Button, Checkbox, CheckboxGroup, ErrorMessage, Heading, HStack, Label, VStack } from "@navikt/ds-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { MAX_IMPORT_BYTES } from "~/lib/limits";
import type { ImportPreview, PreviewRow, TableCounts } from "~/server/domain/business-plan/import-sync";

type Preview = ImportPreview & { token: string };
type Imported = Record<"activities" | "indicators" | "values", TableCounts>;

type Report = { kind: "imported"; counts: Imported } | { kind: "errors"; messages: string[] } | null;

const tables = [{ key: "activities" }, { key: "indicators" }, { key: "values" }] as const;

type ImportWords = ReturnType<typeof useTranslations<"plan.importForm">>;

/** «2 nye, 1 endret, 9 uendret, 0 fjernes»: the words the issue and the people use. */
export function countsText(t: ImportWords, added: number, changed: number, unchanged: number, removed: number): string {
  return t("counts", { added, changed, unchanged, removed });
}

/** «Importen er lagret: 1 aktivitet endret, 2 måleverdier lagt til.» */
export function importedText(t: ImportWords, counts: Imported): string {
  const parts = tables.flatMap(({ key }) => {
    const c = counts[key];
    const noun = (count: number) => t(`count.${key}`, { count });
    return [
      c.added > 0 ? t("added", { what: noun(c.added) }) : null,
      c.changed > 0 ? t("changed", { what: noun(c.changed) }) : null,
      c.removed > 0 ? t("removed", { what: noun(c.removed) }) : null,
    ].filter((p): p is string => p !== null);
  });
  return parts.length === 0 ? t("savedNothing") : t("saved", { parts: parts.join(", ") });
}

const isEmpty = (p: Preview) =>
  tables.every(({ key }) => p[key].added.length === 0 && p[key].changed.length === 0 && p[key].missing.length === 0) &&
  p.changedGoals.length === 0 &&
  p.newAreas.length === 0 &&
  p.newGoals.length === 0;

const quoted = (t: ImportWords, text: string) => (text.trim() === "" ? t("empty") : t("quoted", { text }));

/**
 * Uploads an edited spreadsheet (the layout of the Excel export) into the draft in two steps:
 * first the server says what would be new, changed, unchanged and missing (writing nothing),
 * then the person chooses what missing rows to remove and confirms. Errors list every row to
 * correct; nothing is written unless every row is good.
 */
export function ImportForm({ slug, year, versionId }: { slug: string; year: number; versionId: string }) {
  const t = useTranslations("plan.importForm");
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-fil`;
  const input = useRef<HTMLInputElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [pending, setPending] = useState<"preview" | "confirm" | null>(null);
  const [report, setReport] = useState<Report>(null);
  const [preview, setPreview] = useState<{ data: Preview; file: File } | null>(null);
  const [remove, setRemove] = useState<string[]>([]);

  // Focus moves to the preview once it is on the page, so it is read out and the keyboard is there.
  useEffect(() => {
    if (preview) document.getElementById(`${id}-se-over`)?.focus();
  }, [preview, id]);

  const show = (next: Report) => {
    setReport(next);
    // Move focus to the result so it is read out and the list of errors is at hand.
    requestAnimationFrame(() => reportRef.current?.focus());
  };

  async function send(file: File, fields: Record<string, string | string[]>) {
    const body = new FormData();
    body.append("fil", file);
    body.append("versjon", versionId);
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
    const response = await fetch(`/partnerskap/${encodeURIComponent(slug)}/virksomhetsplan/${year}/import`, { method: "POST", body });
    const data = (await response.json().catch(() => null)) as { preview?: Preview; imported?: Imported; errors?: { message: string }[] } | null;
    return { ok: response.ok, data };
  }

  function failed(data: { errors?: { message: string }[] } | null) {
    const messages = data?.errors?.map((e) => e.message) ?? [];
    show({ kind: "errors", messages: messages.length > 0 ? messages : [t("unreadable")] });
  }

  async function submit() {
    const file = input.current?.files?.[0];
    setReport(null);
    setPreview(null);
    if (!file) return fail(t("chooseFile"));
    if (!/\.xlsx$/i.test(file.name)) return fail(t("notXlsx"));
    if (file.size > MAX_IMPORT_BYTES) return fail(t("tooLarge"));
    setFieldError(null);
    setPending("preview");
    try {
      const { ok, data } = await send(file, { steg: "forhandsvis" });
      if (ok && data?.preview) {
        setPreview({ data: data.preview, file });
        setRemove([]);
      } else failed(data);
    } catch {
      show({ kind: "errors", messages: [t("offline")] });
    } finally {
      setPending(null);
    }
  }

  async function confirm() {
    if (!preview) return;
    setPending("confirm");
    try {
      const { ok, data } = await send(preview.file, { steg: "bekreft", token: preview.data.token, fjern: remove });
      setPreview(null);
      if (ok && data?.imported) {
        show({ kind: "imported", counts: data.imported });
        if (input.current) input.current.value = "";
        router.refresh();
      } else failed(data);
    } catch {
      show({ kind: "errors", messages: [t("offlineConfirm")] });
    } finally {
      setPending(null);
    }
  }

  function cancel() {
    setPreview(null);
    setRemove([]);
    input.current?.focus();
  }

  function fail(message: string) {
    setFieldError(message);
    input.current?.focus();
  }

  return (
    <VStack gap="space-16">
      <form
        noValidate
        aria-label={t("formLabel")}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <VStack gap="space-16">
          <div className="flex flex-col gap-2">
            <Label htmlFor={inputId}>{t("fileLabel")}</Label>
            <BodyShort id={`${inputId}-beskrivelse`} size="small">
              {t("fileHelp")}
            </BodyShort>
            <input
              ref={input}
              id={inputId}
              name="fil"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${inputId}-beskrivelse${fieldError ? ` ${inputId}-feil` : ""}`}
              aria-invalid={fieldError ? true : undefined}
              className="block w-full max-w-md rounded border border-ax-border-neutral p-2"
              onChange={() => {
                setFieldError(null);
                setPreview(null);
              }}
            />
            {fieldError && <ErrorMessage id={`${inputId}-feil`}>{fieldError}</ErrorMessage>}
          </div>
          <div>
            <Button type="submit" loading={pending === "preview"} disabled={pending === "confirm"}>
              {t("import")}
            </Button>
          </div>
          <div ref={reportRef} tabIndex={-1} className="outline-none" aria-live="polite">
            {report?.kind === "imported" && <Alert variant="success">{importedText(t, report.counts)}</Alert>}
            {report?.kind === "errors" && (
              <Alert variant="error">
                <BodyShort weight="semibold">{t("nothingImported")}</BodyShort>
                <BodyShort>
                  {t("fixThese", { count: report.messages.length })}
                </BodyShort>
                <ul className="mt-2 list-disc pl-6">
                  {report.messages.map((message, i) => (
                    <li key={i}>{message}</li>
                  ))}
                </ul>
              </Alert>
            )}
          </div>
        </VStack>
      </form>

      {preview && (
        <section aria-labelledby={`${id}-se-over`} className="rounded-md border border-ax-border-neutral p-4">
          <Heading id={`${id}-se-over`} tabIndex={-1} level="3" size="small" spacing className="outline-none">
            {t("reviewHeading")}
          </Heading>
          <BodyShort spacing>{t("reviewIntro")}</BodyShort>
          <PreviewDetails preview={preview.data} remove={remove} onRemoveChange={setRemove} />
          <HStack gap="space-8" className="mt-4">
            {!isEmpty(preview.data) && (
              <Button type="button" onClick={() => void confirm()} loading={pending === "confirm"}>
                {t("confirm")}
              </Button>
            )}
            <Button type="button" variant="secondary" onClick={cancel} disabled={pending === "confirm"}>
              {t("cancel")}
            </Button>
          </HStack>
        </section>
      )}
    </VStack>
  );
}

function PreviewDetails({ preview, remove, onRemoveChange }: { preview: Preview; remove: string[]; onRemoveChange: (refs: string[]) => void }) {
  const t = useTranslations("plan.importForm");
  if (isEmpty(preview)) {
    return <Alert variant="info">{t("same")}</Alert>;
  }
  return (
    <VStack gap="space-16">
      <ul className="m-0 list-disc pl-6" aria-label={t("summaryLabel")}>
        {tables.map(({ key }) => {
          const table = preview[key];
          const removed = table.missing.filter((m) => remove.includes(m.ref)).length;
          return (
            <li key={key}>
              <span className="font-semibold">{t("tableLabel", { title: t(`title.${key}`) })}</span>{" "}
              {countsText(t, table.added.length, table.changed.length, table.unchanged, removed)}
            </li>
          );
        })}
      </ul>

      {(preview.newAreas.length > 0 || preview.newGoals.length > 0) && (
        <div>
          <Heading level="4" size="xsmall" spacing>
            {t("addedToPlan")}
          </Heading>
          <ul className="m-0 list-disc pl-6">
            {preview.newAreas.map((title) => (
              <li key={`area-${title}`}>{t("newArea", { title: quoted(t, title) })}</li>
            ))}
            {preview.newGoals.map((text, i) => (
              <li key={`goal-${i}`}>{t("newGoal", { text: quoted(t, text) })}</li>
            ))}
          </ul>
        </div>
      )}

      {preview.changedGoals.length > 0 && <ChangedRows title={t("goalsChanged")} rows={preview.changedGoals} />}

      {tables.map(({ key }) => {
        const table = preview[key];
        const title = t(`title.${key}`);
        return (
          <VStack key={key} gap="space-8">
            {table.changed.length > 0 && <ChangedRows title={t("tableChanged", { title })} rows={table.changed} />}
            {table.added.length > 0 && (
              <div>
                <Heading level="4" size="xsmall" spacing>
                  {t("tableNew", { title: title.toLowerCase() })}
                </Heading>
                <ul className="m-0 list-disc pl-6">
                  {table.added.map((r) => (
                    <li key={r.ref}>
                      {r.row !== null && t("row", { row: r.row })}
                      {quoted(t, r.label)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {table.missing.length > 0 && (
              <CheckboxGroup
                legend={t("notInSheet", { title })}
                description={t("removeHelp")}
                value={remove.filter((ref) => table.missing.some((m) => m.ref === ref))}
                onChange={(chosen: string[]) => onRemoveChange([...remove.filter((ref) => !table.missing.some((m) => m.ref === ref)), ...chosen])}
              >
                {table.missing.map((m) => (
                  <Checkbox key={m.ref} value={m.ref} description={m.context}>
                    {t("remove", { label: quoted(t, m.label) })}
                  </Checkbox>
                ))}
              </CheckboxGroup>
            )}
          </VStack>
        );
      })}
    </VStack>
  );
}

function ChangedRows({ title, rows }: { title: string; rows: PreviewRow[] }) {
  const t = useTranslations("plan.importForm");
  return (
    <div>
      <Heading level="4" size="xsmall" spacing>
        {title}
      </Heading>
      <ul className="m-0 flex list-none flex-col gap-2 p-0">
        {rows.map((r) => (
          <li key={r.ref} className="rounded border border-ax-border-neutral-subtle p-2">
            <BodyShort weight="semibold">
              {r.row !== null && t("row", { row: r.row })}
              {quoted(t, r.label)}
            </BodyShort>
            <ul className="m-0 list-disc pl-6">
              {r.changes.map((c) => (
                <li key={c.field} className="break-words">
                  {t("change", { field: c.field, from: quoted(t, c.from), to: quoted(t, c.to) })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
