"use client";

import { Alert, BodyShort, Button, Heading, HStack, Switch, TextField, VStack } from "@navikt/ds-react";
import { PadlockLockedIcon, PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { minimumServiceKeys } from "~/lib/partnership/minimum-services";
import type { PartnershipOverview } from "~/server/domain/partnership/overview";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormErrors } from "~/app/_components/form-errors";
import { StatusTag } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

type Service = PartnershipOverview["services"][number];

export function ServicePortfolio({ slug, services, canEdit }: { slug: string; services: Service[]; canEdit: boolean }) {
  const t = useTranslations("partnership.services");
  const tp = useTranslations("partnership");
  const enabledCount = services.filter((s) => s.enabled).length;
  return (
    <section aria-labelledby="tjenester-heading">
      <Heading id="tjenester-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      <BodyShort spacing>
        {t("summary", { count: enabledCount })}
      </BodyShort>
      <div className="grid gap-8 ax-md:grid-cols-2">
        <div>
          <Heading level="3" size="small" spacing>
            {t("minimum")}
          </Heading>
          <BodyShort size="small" spacing className="text-ax-text-neutral-subtle">
            {t("minimumHelp")}
          </BodyShort>
          <ul className="m-0 list-none p-0 flex flex-col gap-2">
            {minimumServiceKeys.map((key) => (
              <li key={key} className="flex items-center gap-2">
                <PadlockLockedIcon aria-hidden className="shrink-0" />
                <span>{tp(`minimumService.${key}`)}</span>
                <span className="sr-only">{t("alwaysIncluded")}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <Heading level="3" size="small" spacing>
            {t("optional")}
          </Heading>
          {canEdit ? <EditableServices slug={slug} services={services} /> : <ReadOnlyServices services={services} />}
        </div>
      </div>
    </section>
  );
}

function ReadOnlyServices({ services }: { services: Service[] }) {
  const t = useTranslations("partnership.services");
  return (
    <ul className="m-0 list-none p-0 flex flex-col gap-2">
      {services.map((s) => (
        <li key={s.id} className="flex items-center justify-between gap-2">
          <span>{s.name}</span>
          <StatusTag tone={s.enabled ? "success" : "neutral"} size="xsmall">
            {s.enabled ? t("included") : t("notIncluded")}
          </StatusTag>
        </li>
      ))}
    </ul>
  );
}

function EditableServices({ slug, services }: { slug: string; services: Service[] }) {
  const t = useTranslations("partnership.services");
  const trpc = useTRPC();
  const toggleFocus = useRef<HTMLDivElement>(null);
  const toggle = useFormMutation(useMutation(trpc.partnership.setServiceEnabled.mutationOptions()).mutateAsync, toggleFocus);
  const [announcement, setAnnouncement] = useState("");

  async function onToggle(service: Service, enabled: boolean) {
    const result = await toggle.submit({ partnership: slug, serviceId: service.id, version: service.version, enabled });
    if (result) setAnnouncement(enabled ? t("addedToPortfolio", { name: service.name }) : t("removedFromPortfolio", { name: service.name }));
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
  const t = useTranslations("partnership.services");
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
    <form onSubmit={onSubmit} noValidate aria-label={t("addLabel")} className="mt-2">
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
            label={t("other")}
            description={t("otherDescription")}
            value={name}
            onChange={(ev) => setName(ev.target.value)}
            error={form.fieldErrors.name}
            maxLength={120}
          />
          <Button type="submit" variant="secondary" icon={<PlusIcon aria-hidden />} loading={form.pending}>
            {t("add")}
          </Button>
        </HStack>
        {form.saved && (
          <BodyShort size="small" role="status">
            {t("added")}
          </BodyShort>
        )}
      </VStack>
    </form>
  );
}

function RemoveCustomService({ slug, service, onRemoved }: { slug: string; service: Service; onRemoved: (message: string) => void }) {
  const t = useTranslations("partnership.services");
  const trpc = useTRPC();
  const formFocus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(useMutation(trpc.partnership.removeCustomService.mutationOptions()).mutateAsync, formFocus);
  const [open, setOpen] = useState(false);

  async function confirm() {
    const result = await form.submit({ partnership: slug, serviceId: service.id, version: service.version });
    if (result) {
      setOpen(false);
      onRemoved(t("removed", { name: service.name }));
    }
  }

  return (
    <>
      <Button variant="tertiary" size="small" icon={<TrashIcon title={t("removeIcon", { name: service.name })} />} onClick={() => setOpen(true)} />
      <ConfirmDialog
        open={open}
        heading={t("confirmHeading", { name: service.name })}
        body={t("confirmBody")}
        confirmLabel={t("confirm")}
        pending={form.pending}
        error={form.formError}
        errorRef={formFocus}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
