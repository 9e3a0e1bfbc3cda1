"use client";

import { StarFillIcon } from "@navikt/aksel-icons";
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Link as AkselLink, Textarea, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { NO_CLIENT_DATA_HINT } from "~/app/_lib/hints";
import { messageOf } from "~/app/_lib/trpc-errors";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

export interface PriorityArea {
  no: number;
  name: string;
  main: boolean;
  desiredSituation: string;
  barriers: string;
  drivers: string;
  notesVersion: number;
  plan: { id: string; done: number; total: number } | null;
}

const notesFields = [
  { key: "desiredSituation", label: "Ønsket situasjon", help: "Hvordan vil dere at det skal være når dere har lykkes?" },
  { key: "barriers", label: "Barrierer", help: "Hva står i veien i dag?" },
  { key: "drivers", label: "Drivere", help: "Hva trekker i riktig retning, og hva kan dere bygge på?" },
] as const;

type NotesKey = (typeof notesFields)[number]["key"];

/** A prioritised area: what the group wants, what hinders and what helps, and its development plan. */
export function PriorityCard(props: { slug: string; assessmentId: string; area: PriorityArea; editable: boolean; canEdit: boolean }) {
  const { area } = props;
  const headingId = `prioritert-${area.no}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <VStack gap="space-16">
        <HStack gap="space-8" align="center">
          <Heading id={headingId} level="3" size="small">
            {area.no}. {area.name}
          </Heading>
          {area.main && (
            <BodyShort size="small" className="flex items-center gap-1 font-semibold">
              <StarFillIcon aria-hidden /> Hovedområde
            </BodyShort>
          )}
        </HStack>
        {props.editable ? (
          <NotesForm {...props} />
        ) : (
          <dl className="m-0 grid gap-2">
            {notesFields.map((f) => (
              <div key={f.key}>
                <dt className="font-semibold">{f.label}</dt>
                <dd className="m-0 whitespace-pre-line">{area[f.key] || "Ikke beskrevet."}</dd>
              </div>
            ))}
          </dl>
        )}
        <PlanLink {...props} />
      </VStack>
    </article>
  );
}

function NotesForm({ slug, assessmentId, area }: { slug: string; assessmentId: string; area: PriorityArea }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.mulighetsrom.updateAreaNotes.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [values, setValues] = useState<Record<NotesKey, string>>({
    desiredSituation: area.desiredSituation,
    barriers: area.barriers,
    drivers: area.drivers,
  });
  const prefix = `notat-${area.no}-`;
  return (
    <FormShell
      form={form}
      label={`Ønsket situasjon, barrierer og drivere for ${area.name}`}
      idPrefix={prefix}
      warnOnConflict
      gap="space-12"
      submit={{ label: "Lagre", size: "small", variant: "secondary" }}
      status={
        form.saved && (
          <BodyShort size="small" role="status">
            Lagret.
          </BodyShort>
        )
      }
      onSubmit={() => form.submit({ partnership: slug, assessmentId, areaNo: area.no, version: area.notesVersion, ...values })}
    >
      {notesFields.map((f) => (
        <Textarea
          key={f.key}
          id={`${prefix}${f.key}`}
          label={f.label}
          description={`${f.help} ${NO_CLIENT_DATA_HINT}`}
          minRows={2}
          maxLength={2000}
          value={values[f.key]}
          error={form.fieldErrors[f.key]}
          onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
        />
      ))}
    </FormShell>
  );
}

function PlanLink({ slug, assessmentId, area, canEdit }: { slug: string; assessmentId: string; area: PriorityArea; canEdit: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const start = useMutation(trpc.mulighetsrom.startPlan.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  if (area.plan) {
    return (
      <BodyLong>
        <AkselLink as={NextLink} href={`/partnerskap/${slug}/mulighetsrom/${assessmentId}/plan/${area.plan.id}`}>
          Utviklingsplan for {area.name}
        </AkselLink>{" "}
        – {area.plan.done} av {area.plan.total} tiltak fullført
      </BodyLong>
    );
  }
  if (!canEdit) return <BodyShort>Utviklingsplanen er ikke laget ennå.</BodyShort>;
  return (
    <div>
      <Button
        size="small"
        loading={start.isPending}
        onClick={async () => {
          try {
            const plan = await start.mutateAsync({ partnership: slug, assessmentId, areaNo: area.no });
            router.push(`/partnerskap/${slug}/mulighetsrom/${assessmentId}/plan/${plan.id}`);
          } catch (e) {
            setError(messageOf(e));
          }
        }}
      >
        Lag utviklingsplan <span className="sr-only">for {area.name}</span>
      </Button>
      {error && (
        <Alert variant="error" size="small" className="mt-2" role="alert">
          {error}
        </Alert>
      )}
    </div>
  );
}
