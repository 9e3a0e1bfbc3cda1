"use client";

import { Alert, BodyLong, BodyShort, Button, Heading, Select, Table, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { malformer, type Malform } from "~/lib/i18n/locales";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { ScrollRegion } from "~/app/_components/scroll-region";

type Kommune = { id: string; name: string; malform: Malform };
type Fylke = { id: string; name: string; kommuner: Kommune[] };

/** The administrator sets each kommune's målform, which its people's default language follows. */
export function KommuneMalformSection({ fylker }: { fylker: Fylke[] }) {
  const t = useTranslations("admin.malform");
  return (
    <section aria-labelledby="malform-heading">
      <Heading id="malform-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      <BodyLong spacing className="max-w-prose">
        {t("help")}
      </BodyLong>
      <VStack gap="space-8">
        {fylker
          .filter((f) => f.kommuner.length > 0)
          .map((f) => (
            <FylkeMalform key={f.id} fylke={f} />
          ))}
      </VStack>
    </section>
  );
}

function FylkeMalform({ fylke }: { fylke: Fylke }) {
  const t = useTranslations("admin.malform");
  const trpc = useTRPC();
  const setOne = useMutation(trpc.admin.setKommuneMalform.mutationOptions()).mutateAsync;
  const focus = useRef<HTMLDivElement>(null);
  const [saved, setSaved] = useState<Record<string, Malform>>(() => Object.fromEntries(fylke.kommuner.map((k) => [k.id, k.malform])));
  const [chosen, setChosen] = useState<Record<string, Malform>>(saved);
  const [lastSaved, setLastSaved] = useState<number | null>(null);
  const form = useFormMutation(async (changes: { kommuneId: string; malform: Malform }[]) => {
    for (const change of changes) await setOne(change);
    return changes.length;
  }, focus);
  const changes = fylke.kommuner.filter((k) => chosen[k.id] !== saved[k.id]).map((k) => ({ kommuneId: k.id, malform: chosen[k.id]! }));
  const nynorsk = Object.values(saved).filter((m) => m === "nynorsk").length;
  const headingId = `malform-${fylke.id}`;

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setLastSaved(null);
    const count = await form.submit(changes);
    if (count === null) return;
    setSaved(chosen);
    setLastSaved(count);
  }

  return (
    <details className="rounded border border-ax-border-neutral-subtle p-3">
      <summary className="cursor-pointer">
        <span id={headingId} className="font-semibold">
          {fylke.name}
        </span>{" "}
        {t("summary", { count: fylke.kommuner.length, nynorsk })}
      </summary>
      <form onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="mt-3">
        <VStack gap="space-16">
          <div ref={focus} tabIndex={-1}>
            {form.formError && (
              <Alert variant="error" role="alert">
                {form.formError}
              </Alert>
            )}
            {lastSaved !== null && (
              <Alert variant="success" role="status">
                {t("saved", { count: lastSaved, fylke: fylke.name })}
              </Alert>
            )}
          </div>
          <ScrollRegion label={t("tableLabel", { fylke: fylke.name })}>
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("kommune")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("malform")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {fylke.kommuner.map((k) => (
                  <Table.Row key={k.id}>
                    <Table.HeaderCell scope="row">{k.name}</Table.HeaderCell>
                    <Table.DataCell>
                      <Select
                        id={`malform-${k.id}`}
                        size="small"
                        label={t("selectLabel", { kommune: k.name })}
                        hideLabel
                        value={chosen[k.id]}
                        onChange={(e) => setChosen({ ...chosen, [k.id]: e.target.value as Malform })}
                        error={form.fieldErrors.malform && changes.some((c) => c.kommuneId === k.id) ? form.fieldErrors.malform : undefined}
                      >
                        {malformer.map((m) => (
                          <option key={m} value={m}>
                            {t(`option.${m}`)}
                          </option>
                        ))}
                      </Select>
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
          <div>
            <Button type="submit" variant="secondary" size="small" loading={form.pending}>
              {t("save", { fylke: fylke.name })}
            </Button>
            {changes.length > 0 && (
              <BodyShort size="small" className="mt-2">
                {t("unsaved", { count: changes.length })}
              </BodyShort>
            )}
          </div>
        </VStack>
      </form>
    </details>
  );
}
