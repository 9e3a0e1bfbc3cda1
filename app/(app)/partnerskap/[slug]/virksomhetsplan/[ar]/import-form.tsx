"use client";

import { Alert, BodyShort, Button, ErrorMessage, Label, VStack } from "@navikt/ds-react";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";

/** Mirrors server/domain/virksomhetsplan/xlsx-import.ts (not imported: it pulls in exceljs and the database). */
const MAX_BYTES = 5 * 1024 * 1024;

interface Counts {
  activities: number;
  indicators: number;
  values: number;
}

type Report = { kind: "imported"; counts: Counts } | { kind: "errors"; messages: string[] } | null;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Importerte 12 aktiviteter og 3 indikatorer." (values named when there are any). */
export function importedText({ activities, indicators, values }: Counts): string {
  const parts = [plural(activities, "aktivitet", "aktiviteter"), plural(indicators, "indikator", "indikatorer")];
  if (values > 0) parts.push(plural(values, "måleverdi", "måleverdier"));
  return `Importerte ${parts.slice(0, -1).join(", ")} og ${parts.at(-1)}.`;
}

/**
 * Uploads a filled-in spreadsheet (the layout of the Excel export) into the draft. The server
 * imports all rows or none; the report lists every row to correct, or what was imported.
 */
export function ImportForm({ slug, year, versionId }: { slug: string; year: number; versionId: string }) {
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-fil`;
  const input = useRef<HTMLInputElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [report, setReport] = useState<Report>(null);

  const show = (next: Report) => {
    setReport(next);
    // Move focus to the result so it is read out and the list of errors is at hand.
    requestAnimationFrame(() => reportRef.current?.focus());
  };

  async function submit() {
    const file = input.current?.files?.[0];
    setReport(null);
    if (!file) return fail("Velg et Excel-regneark (.xlsx) å importere.");
    if (!/\.xlsx$/i.test(file.name)) return fail("Filen er ikke et Excel-regneark (.xlsx).");
    if (file.size > MAX_BYTES) return fail("Filen er større enn 5 MB.");
    setFieldError(null);

    const body = new FormData();
    body.append("fil", file);
    body.append("versjon", versionId);
    setPending(true);
    try {
      const response = await fetch(`/partnerskap/${encodeURIComponent(slug)}/virksomhetsplan/${year}/import`, { method: "POST", body });
      const data = (await response.json().catch(() => null)) as
        | { imported?: Counts; errors?: { message: string }[] }
        | null;
      if (response.ok && data?.imported) {
        show({ kind: "imported", counts: data.imported });
        if (input.current) input.current.value = "";
        router.refresh();
      } else {
        const messages = data?.errors?.map((e) => e.message) ?? [];
        show({
          kind: "errors",
          messages: messages.length > 0 ? messages : ["Svaret fra serveren kunne ikke leses. Last siden på nytt og prøv igjen."],
        });
      }
    } catch {
      show({ kind: "errors", messages: ["Fikk ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen."] });
    } finally {
      setPending(false);
    }
  }

  function fail(message: string) {
    setFieldError(message);
    input.current?.focus();
  }

  return (
    <form
      noValidate
      aria-label="Importer fra regneark"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <VStack gap="space-16">
        <div className="flex flex-col gap-2">
          <Label htmlFor={inputId}>Regneark (.xlsx)</Label>
          <BodyShort id={`${inputId}-beskrivelse`} size="small">
            Bruk regnearket fra «Last ned som Excel». Største filstørrelse er 5 MB.
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
            onChange={() => setFieldError(null)}
          />
          {fieldError && <ErrorMessage id={`${inputId}-feil`}>{fieldError}</ErrorMessage>}
        </div>
        <div>
          <Button type="submit" loading={pending}>
            Importer
          </Button>
        </div>
        <div ref={reportRef} tabIndex={-1} className="outline-none" aria-live="polite">
          {report?.kind === "imported" && <Alert variant="success">{importedText(report.counts)}</Alert>}
          {report?.kind === "errors" && (
            <Alert variant="error">
              <BodyShort weight="semibold">Ingenting ble importert.</BodyShort>
              <BodyShort>
                {report.messages.length === 1 ? "Rett dette og prøv igjen:" : `Rett disse ${report.messages.length} feilene og prøv igjen:`}
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
  );
}
