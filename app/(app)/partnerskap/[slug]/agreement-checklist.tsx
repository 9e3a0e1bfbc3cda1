"use client";

import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Radio, RadioGroup, Textarea, VStack } from "@navikt/ds-react";
import { PencilIcon } from "@navikt/aksel-icons";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { agreementPointStatuses } from "~/db/schema/enums";
import type { AgreementPointStatus } from "~/lib/partnership/catalogue";
import type { PartnershipOverview } from "~/server/domain/partnership/overview";
import { FormShell } from "~/app/_components/form-shell";
import { StatusTag, type StatusTone } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

type Point = PartnershipOverview["agreement"][number];

const toneFor: Record<AgreementPointStatus, StatusTone> = {
  avklart: "success",
  under_arbeid: "warning",
  ikke_avklart: "neutral",
};

export function AgreementChecklist({ slug, points, canEdit }: { slug: string; points: Point[]; canEdit: boolean }) {
  const t = useTranslations("partnership.agreementChecklist");
  const clarified = points.filter((p) => p.status === "avklart").length;
  return (
    <section aria-labelledby="avtale-heading">
      <Heading id="avtale-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      <BodyShort spacing>
        {t("summary", { clarified, total: points.length })}
      </BodyShort>
      <ol className="m-0 list-none p-0 flex flex-col gap-4">
        {points.map((point, index) => (
          <li key={point.key}>
            <AgreementPointItem slug={slug} point={point} number={index + 1} canEdit={canEdit} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function AgreementPointItem({ slug, point, number, canEdit }: { slug: string; point: Point; number: number; canEdit: boolean }) {
  const t = useTranslations("partnership.agreementChecklist");
  const tp = useTranslations("partnership");
  const label = tp(`agreementPoint.${point.key}.label`);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const headingId = `avtalepunkt-${point.key}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <HStack justify="space-between" align="start" gap="space-8">
        <VStack gap="space-4">
          <Heading id={headingId} level="3" size="small">
            {number}. {label}
          </Heading>
          <BodyShort size="small" className="text-ax-text-neutral-subtle">
            {tp(`agreementPoint.${point.key}.help`)}
          </BodyShort>
        </VStack>
        <StatusTag tone={toneFor[point.status]}>{tp(`agreementStatus.${point.status}`)}</StatusTag>
      </HStack>
      {saved && !editing && (
        <Alert variant="success" size="small" className="mt-3" role="status">
          {t("saved")}
        </Alert>
      )}
      {editing && point.id ? (
        <AgreementPointForm
          slug={slug}
          point={point}
          onDone={(wasSaved) => {
            setEditing(false);
            setSaved(wasSaved);
          }}
        />
      ) : (
        <>
          <BodyLong className="mt-3 whitespace-pre-line">{point.note || t("noNote")}</BodyLong>
          {canEdit && point.id && (
            <Button
              className="mt-3"
              variant="tertiary"
              size="small"
              icon={<PencilIcon aria-hidden />}
              onClick={() => {
                setEditing(true);
                setSaved(false);
              }}
            >
              {t("edit")} <span className="sr-only">{label}</span>
            </Button>
          )}
        </>
      )}
    </article>
  );
}

function AgreementPointForm({ slug, point, onDone }: { slug: string; point: Point; onDone: (saved: boolean) => void }) {
  const t = useTranslations("partnership.agreementChecklist");
  const tp = useTranslations("partnership");
  const trpc = useTRPC();
  const mutation = useMutation(trpc.partnership.updateAgreementPoint.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [status, setStatus] = useState<AgreementPointStatus>(point.status);
  const [note, setNote] = useState(point.note);
  const prefix = `${point.key}-`;

  async function onSubmit() {
    const result = await form.submit({ partnership: slug, pointId: point.id!, version: point.version, status, note });
    if (result) onDone(true);
  }

  return (
    <FormShell
      form={form}
      label={t("formLabel", { point: tp(`agreementPoint.${point.key}.label`) })}
      className="mt-4"
      idPrefix={prefix}
      warnOnConflict
      submit={{ label: t("save"), size: "small" }}
      onCancel={() => onDone(false)}
      cancelVariant="tertiary"
      onSubmit={onSubmit}
    >
      <RadioGroup
        id={`${prefix}status`}
        legend={t("status")}
        value={status}
        onChange={(value: AgreementPointStatus) => setStatus(value)}
        error={form.fieldErrors.status}
      >
        {agreementPointStatuses.map((value) => (
          <Radio key={value} value={value}>
            {tp(`agreementStatus.${value}`)}
          </Radio>
        ))}
      </RadioGroup>
      <Textarea
        id={`${prefix}note`}
        label={t("note")}
        description={t("noteDescription")}
        value={note}
        onChange={(ev) => setNote(ev.target.value)}
        maxLength={2000}
        error={form.fieldErrors.note}
      />
    </FormShell>
  );
}
