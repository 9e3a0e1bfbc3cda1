"use client";

import { PencilIcon, PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { Alert, BodyShort, Button, Heading, HStack, Select, Table, TextField, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormErrors } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/_components/trpc-provider";
import { formatDate } from "~/lib/format";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useFocusFirstField } from "~/app/_lib/use-focus-first-field";
import { programmeKindLabels, type ProgrammeKind } from "~/lib/network/labels";
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

const weekday = new Intl.DateTimeFormat("nb-NO", { weekday: "long", timeZone: "UTC" });
const dayHeading = (day: string) => {
  const name = weekday.format(new Date(`${day}T00:00:00Z`));
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${formatDate(day)}`;
};
const timeSpan = (i: { startTime: string; endTime: string | null }) => (i.endTime ? `${i.startTime}–${i.endTime}` : i.startTime);

function ProgrammeItemForm({ slug, gatheringId, day, existing, onDone }: { slug: string; gatheringId: string; day: string; existing?: Item; onDone: () => void }) {
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
  const set = (key: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setV((old) => ({ ...old, [key]: e.target.value }));

  return (
    <form
      ref={formRef}
      noValidate
      aria-label={existing ? `Endre «${existing.title}»` : `Nytt punkt i programmet ${formatDate(day)}`}
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
          <TextField id={`${prefix}startTime`} label="Starter kl." description="tt:mm" htmlSize={8} inputMode="numeric" value={v.startTime} error={err.startTime} onChange={set("startTime")} />
          <TextField id={`${prefix}endTime`} label="Slutter kl." description="tt:mm, kan stå tomt" htmlSize={8} inputMode="numeric" value={v.endTime} error={err.endTime} onChange={set("endTime")} />
          <Select id={`${prefix}kind`} label="Type" value={v.kind} error={err.kind} onChange={set("kind")}>
            {(Object.keys(programmeKindLabels) as ProgrammeKind[]).map((k) => (
              <option key={k} value={k}>
                {programmeKindLabels[k]}
              </option>
            ))}
          </Select>
        </HStack>
        <TextField id={`${prefix}title`} label="Tittel" value={v.title} maxLength={200} error={err.title} onChange={set("title")} />
        <TextField id={`${prefix}speaker`} label="Innleder (valgfritt)" description="Navn og rolle, for eksempel «Fylkesdirektøren»." value={v.speaker} maxLength={200} error={err.speaker} onChange={set("speaker")} />
        <HStack gap="space-8">
          <Button type="submit" size="small" loading={form.pending}>
            {existing ? "Lagre punktet" : "Legg til punktet"}
          </Button>
          <Button type="button" size="small" variant="secondary" onClick={onDone}>
            Avbryt
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
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.network.removeProgrammeItem.mutationOptions());
  const [editing, setEditing] = useState<Item | "ny" | null>(null);
  const [removing, setRemoving] = useState<Item | null>(null);
  const [error, setError] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const heading = dayHeading(day);

  return (
    <div>
      {showDayHeading && (
        <Heading level="3" size="small" spacing>
          {heading}
        </Heading>
      )}
      {items.length === 0 ? (
        <BodyShort>{canEdit ? "Ingen punkter i programmet ennå. Legg til det første under." : "Programmet er ikke klart ennå."}</BodyShort>
      ) : (
        <ScrollRegion label={`Program ${heading}`}>
          <Table size="small">
            <caption className="sr-only">Program {heading}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Tid</Table.HeaderCell>
                <Table.HeaderCell scope="col">Tittel</Table.HeaderCell>
                <Table.HeaderCell scope="col">Innleder</Table.HeaderCell>
                <Table.HeaderCell scope="col">Type</Table.HeaderCell>
                {canEdit && (
                  <Table.HeaderCell scope="col">
                    <span className="sr-only">Handlinger</span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((i) => (
                <Table.Row key={i.id}>
                  <Table.DataCell className="whitespace-nowrap tabular-nums">{timeSpan(i)}</Table.DataCell>
                  <Table.DataCell>{i.title}</Table.DataCell>
                  <Table.DataCell>{i.speaker || "–"}</Table.DataCell>
                  <Table.DataCell>{programmeKindLabels[i.kind]}</Table.DataCell>
                  {canEdit && (
                    <Table.DataCell>
                      <HStack gap="space-4" wrap={false}>
                        <Button type="button" size="xsmall" variant="tertiary" icon={<PencilIcon aria-hidden />} onClick={() => setEditing(i)}>
                          Endre<span className="sr-only"> {i.title}</span>
                        </Button>
                        <Button type="button" size="xsmall" variant="tertiary" data-color="danger" icon={<TrashIcon aria-hidden />} onClick={() => { setError(null); setRemoving(i); }}>
                          Fjern<span className="sr-only"> {i.title}</span>
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
            Legg til punkt{showDayHeading ? <span className="sr-only"> {heading}</span> : null}
          </Button>
        ))}
      <ConfirmDialog
        open={removing !== null}
        heading="Fjerne punktet fra programmet?"
        body={`«${removing?.title ?? ""}» fjernes fra programmet. Endringen står i historikken.`}
        confirmLabel="Fjern punktet"
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
