"use client";

import { StarFillIcon } from "@navikt/aksel-icons";
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Link as AkselLink, Textarea, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import NextLink from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
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

/** The three notes of a prioritised area; label and help are `notes.<key>.label` / `.help`. */
const notesFields = ["desiredSituation", "barriers", "drivers"] as const;

type NotesKey = (typeof notesFields)[number];

/** A prioritised area: what the group wants, what hinders and what helps, and its development plan. */
export function PriorityCard(props: { slug: string; assessmentId: string; area: PriorityArea; editable: boolean; canEdit: boolean }) {
  const { area } = props;
  const t = useTranslations("mulighetsrom");
  const headingId = `prioritert-${area.no}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <VStack gap="space-16">
        <HStack gap="space-8" align="center">
          <Heading id={headingId} level="3" size="small">
            {t("format.numbered", { no: area.no, name: area.name })}
          </Heading>
          {area.main && (
            <BodyShort size="small" className="flex items-center gap-1 font-semibold">
              <StarFillIcon aria-hidden /> {t("marks.main")}
            </BodyShort>
          )}
        </HStack>
        {props.editable ? (
          <NotesForm {...props} />
        ) : (
          <dl className="m-0 grid gap-2">
            {notesFields.map((key) => (
              <div key={key}>
                <dt className="font-semibold">{t(`notes.${key}.label`)}</dt>
                <dd className="m-0 whitespace-pre-line">{area[key] || t("priority.notDescribed")}</dd>
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
  const t = useTranslations("mulighetsrom");
  const common = useTranslations("common");
  const noClientData = common("noClientData");
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
      label={t("priority.notesLabel", { name: area.name })}
      idPrefix={prefix}
      warnOnConflict
      gap="space-12"
      submit={{ label: common("save"), size: "small", variant: "secondary" }}
      status={
        form.saved && (
          <BodyShort size="small" role="status">
            {t("priority.saved")}
          </BodyShort>
        )
      }
      onSubmit={() => form.submit({ partnership: slug, assessmentId, areaNo: area.no, version: area.notesVersion, ...values })}
    >
      {notesFields.map((key) => (
        <Textarea
          key={key}
          id={`${prefix}${key}`}
          label={t(`notes.${key}.label`)}
          description={`${t(`notes.${key}.help`)} ${noClientData}`}
          minRows={2}
          maxLength={2000}
          value={values[key]}
          error={form.fieldErrors[key]}
          onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
        />
      ))}
    </FormShell>
  );
}

function PlanLink({ slug, assessmentId, area, canEdit }: { slug: string; assessmentId: string; area: PriorityArea; canEdit: boolean }) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom");
  const router = useRouter();
  const start = useMutation(trpc.mulighetsrom.startPlan.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const createPlan = t.rich("priority.createPlan", { name: area.name, sr: (chunks) => <span className="sr-only">{chunks}</span> });
  if (area.plan) {
    return (
      <BodyLong>
        <AkselLink as={NextLink} href={`/partnerskap/${slug}/mulighetsrom/${assessmentId}/plan/${area.plan.id}`}>
          {t("diagram.planFor", { name: area.name })}
        </AkselLink>{" "}
        {t("priority.planProgress", { done: area.plan.done, total: area.plan.total })}
      </BodyLong>
    );
  }
  if (!canEdit) return <BodyShort>{t("diagram.planNotYet")}</BodyShort>;
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
        {createPlan}
      </Button>
      {error && (
        <Alert variant="error" size="small" className="mt-2" role="alert">
          {error}
        </Alert>
      )}
    </div>
  );
}
