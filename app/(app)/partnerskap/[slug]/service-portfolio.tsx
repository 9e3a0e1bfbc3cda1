"use client";

import { Alert, BodyShort, Button, Heading, HStack, Switch, TextField, VStack } from "@navikt/ds-react";
import { PadlockLockedIcon, PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { minimumServices } from "~/lib/partnership/catalogue";
import type { PartnershipOverview } from "~/server/domain/partnership/overview";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormErrors } from "~/app/_components/form-errors";
import { StatusTag } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

type Service = PartnershipOverview["services"][number];

export function ServicePortfolio({ slug, services, canEdit }: { slug: string; services: Service[]; canEdit: boolean }) {
  const enabledCount = services.filter((s) => s.enabled).length;
  return (
    <section aria-labelledby="tjenester-heading">
      <Heading id="tjenester-heading" level="2" size="medium" spacing>
        Tjenesteportefølje
      </Heading>
      <BodyShort spacing>
        Kontoret har minimumsløsningen og {enabledCount} kommunale {enabledCount === 1 ? "tjeneste" : "tjenester"} i tillegg.
      </BodyShort>
      <div className="grid gap-8 ax-md:grid-cols-2">
        <div>
          <Heading level="3" size="small" spacing>
            Minimumsløsningen
          </Heading>
          <BodyShort size="small" spacing className="text-ax-text-neutral-subtle">
            Disse tjenestene er alltid med i et Nav-kontor og kan ikke slås av.
          </BodyShort>
          <ul className="m-0 list-none p-0 flex flex-col gap-2">
            {minimumServices.map((name) => (
              <li key={name} className="flex items-center gap-2">
                <PadlockLockedIcon aria-hidden className="shrink-0" />
                <span>{name}</span>
                <span className="sr-only">(alltid med)</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <Heading level="3" size="small" spacing>
            Kommunale tjenester i tillegg
          </Heading>
          {canEdit ? <EditableServices slug={slug} services={services} /> : <ReadOnlyServices services={services} />}
        </div>
      </div>
    </section>
  );
}

function ReadOnlyServices({ services }: { services: Service[] }) {
  return (
    <ul className="m-0 list-none p-0 flex flex-col gap-2">
      {services.map((s) => (
        <li key={s.id} className="flex items-center justify-between gap-2">
          <span>{s.name}</span>
          <StatusTag tone={s.enabled ? "success" : "neutral"} size="xsmall">
            {s.enabled ? "Med i kontoret" : "Ikke med"}
          </StatusTag>
        </li>
      ))}
    </ul>
  );
}

function EditableServices({ slug, services }: { slug: string; services: Service[] }) {
  const trpc = useTRPC();
  const toggleFocus = useRef<HTMLDivElement>(null);
  const toggle = useFormMutation(useMutation(trpc.partnership.setServiceEnabled.mutationOptions()).mutateAsync, toggleFocus);
  const [announcement, setAnnouncement] = useState("");

  async function onToggle(service: Service, enabled: boolean) {
    const result = await toggle.submit({ partnership: slug, serviceId: service.id, version: service.version, enabled });
    if (result) setAnnouncement(`${service.name} er ${enabled ? "lagt til" : "tatt ut av"} porteføljen.`);
  }

  return (
    <VStack gap="space-12">
      {toggle.formError && (
        <Alert variant={toggle.conflict ? "warning" : "error"} role="alert" size="small" ref={toggleFocus} tabIndex={-1}>
          {toggle.formError}
        </Alert>
      )}
      <ul className="m-0 list-none p-0 flex flex-col gap-1">
        {services.map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-2">
            <Switch checked={s.enabled} disabled={toggle.pending} onChange={(ev) => void onToggle(s, ev.target.checked)}>
              {s.name}
            </Switch>
            {s.isCustom && <RemoveCustomService slug={slug} service={s} onRemoved={setAnnouncement} />}
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {announcement && (
        <BodyShort size="small" aria-hidden>
          {announcement}
        </BodyShort>
      )}
      <AddCustomService slug={slug} />
    </VStack>
  );
}

function AddCustomService({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const formFocus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(useMutation(trpc.partnership.addCustomService.mutationOptions()).mutateAsync, formFocus);
  const [name, setName] = useState("");

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const result = await form.submit({ partnership: slug, name });
    if (result) setName("");
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Legg til annen tjeneste" className="mt-2">
      <VStack gap="space-8">
        <FormErrors ref={formFocus} errors={form.fieldErrors} idPrefix="service-" />
        {form.formError && (
          <Alert variant="error" role="alert" size="small">
            {form.formError}
          </Alert>
        )}
        <HStack gap="space-8" align="end">
          <TextField
            id="service-name"
            label="Annen tjeneste"
            description="For eksempel en frisklivssentral eller et lavterskeltilbud."
            value={name}
            onChange={(ev) => setName(ev.target.value)}
            error={form.fieldErrors.name}
            maxLength={120}
          />
          <Button type="submit" variant="secondary" icon={<PlusIcon aria-hidden />} loading={form.pending}>
            Legg til
          </Button>
        </HStack>
        {form.saved && (
          <BodyShort size="small" role="status">
            Tjenesten er lagt til.
          </BodyShort>
        )}
      </VStack>
    </form>
  );
}

function RemoveCustomService({ slug, service, onRemoved }: { slug: string; service: Service; onRemoved: (message: string) => void }) {
  const trpc = useTRPC();
  const formFocus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(useMutation(trpc.partnership.removeCustomService.mutationOptions()).mutateAsync, formFocus);
  const [open, setOpen] = useState(false);

  async function confirm() {
    const result = await form.submit({ partnership: slug, serviceId: service.id, version: service.version });
    if (result) {
      setOpen(false);
      onRemoved(`${service.name} er fjernet fra listen.`);
    }
  }

  return (
    <>
      <Button variant="tertiary" size="small" icon={<TrashIcon title={`Fjern ${service.name}`} />} onClick={() => setOpen(true)} />
      <ConfirmDialog
        open={open}
        heading={`Fjerne ${service.name}?`}
        body="Tjenesten fjernes fra listen. Endringen logges, og du kan legge den til igjen senere."
        confirmLabel="Fjern tjenesten"
        pending={form.pending}
        error={form.formError}
        errorRef={formFocus}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
