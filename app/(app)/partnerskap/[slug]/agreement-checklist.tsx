"use client";

import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Radio, RadioGroup, Textarea, VStack } from "@navikt/ds-react";
import { PencilIcon } from "@navikt/aksel-icons";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { agreementStatusLabels, type AgreementPointStatus } from "~/lib/partnership/catalogue";
import type { PartnershipOverview } from "~/server/domain/partnership/overview";
import { FormShell } from "~/app/_components/form-shell";
import { StatusTag, type StatusTone } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { NO_CLIENT_DATA_HINT } from "~/app/_lib/hints";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

type Point = PartnershipOverview["agreement"][number];

const toneFor: Record<AgreementPointStatus, StatusTone> = {
  avklart: "success",
  under_arbeid: "warning",
  ikke_avklart: "neutral",
};

export function AgreementChecklist({ slug, points, canEdit }: { slug: string; points: Point[]; canEdit: boolean }) {
  const clarified = points.filter((p) => p.status === "avklart").length;
  return (
    <section aria-labelledby="avtale-heading">
      <Heading id="avtale-heading" level="2" size="medium" spacing>
        Partnerskapsavtalen (NAV-loven § 14)
      </Heading>
      <BodyShort spacing>
        Loven krever at avtalen dekker fem punkter. {clarified} av {points.length} er avklart.
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
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const headingId = `avtalepunkt-${point.key}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <HStack justify="space-between" align="start" gap="space-8">
        <VStack gap="space-4">
          <Heading id={headingId} level="3" size="small">
            {number}. {point.label}
          </Heading>
          <BodyShort size="small" className="text-ax-text-neutral-subtle">
            {point.help}
          </BodyShort>
        </VStack>
        <StatusTag tone={toneFor[point.status]}>{agreementStatusLabels[point.status]}</StatusTag>
      </HStack>
      {saved && !editing && (
        <Alert variant="success" size="small" className="mt-3" role="status">
          Punktet er lagret.
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
          <BodyLong className="mt-3 whitespace-pre-line">{point.note || "Ingen merknad."}</BodyLong>
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
              Endre <span className="sr-only">{point.label}</span>
            </Button>
          )}
        </>
      )}
    </article>
  );
}

function AgreementPointForm({ slug, point, onDone }: { slug: string; point: Point; onDone: (saved: boolean) => void }) {
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
      label={`Endre ${point.label}`}
      className="mt-4"
      idPrefix={prefix}
      warnOnConflict
      submit={{ label: "Lagre punktet", size: "small" }}
      onCancel={() => onDone(false)}
      cancelVariant="tertiary"
      onSubmit={onSubmit}
    >
      <RadioGroup
        id={`${prefix}status`}
        legend="Status"
        value={status}
        onChange={(value: AgreementPointStatus) => setStatus(value)}
        error={form.fieldErrors.status}
      >
        {Object.entries(agreementStatusLabels).map(([value, label]) => (
          <Radio key={value} value={value}>
            {label}
          </Radio>
        ))}
      </RadioGroup>
      <Textarea
        id={`${prefix}note`}
        label="Merknad"
        description={`Hva er avtalt, og hva gjenstår? ${NO_CLIENT_DATA_HINT}`}
        value={note}
        onChange={(ev) => setNote(ev.target.value)}
        maxLength={2000}
        error={form.fieldErrors.note}
      />
    </FormShell>
  );
}
