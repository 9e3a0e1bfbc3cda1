"use client";

import { BodyLong, BodyShort, Heading, Select, Textarea } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Role } from "~/lib/roles";
import { planQuestionKeys } from "~/lib/mulighetsrom/plan-questions";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";

interface Plan {
  id: string;
  version: number;
  why: string;
  whatAndWhen: string;
  approach: string;
  involved: string;
  responsibleUserId: string | null;
  followUp: string;
}

const questions = planQuestionKeys;

export function PlanForm(props: {
  slug: string;
  plan: Plan;
  people: { userId: string; name: string; role: Role }[];
  canEdit: boolean;
}) {
  const { plan, people } = props;
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom");
  const noClientData = useTranslations("common")("noClientData");
  const mutation = useMutation(trpc.mulighetsrom.updatePlan.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [values, setValues] = useState({
    why: plan.why,
    whatAndWhen: plan.whatAndWhen,
    approach: plan.approach,
    involved: plan.involved,
    followUp: plan.followUp,
    responsibleUserId: plan.responsibleUserId ?? "",
  });

  if (!props.canEdit) {
    return (
      <section aria-labelledby="plan-heading">
        <Heading id="plan-heading" level="2" size="medium" spacing>
          {t("plan.planHeading")}
        </Heading>
        <dl className="m-0 grid gap-4">
          {questions.map((key) => (
            <div key={key}>
              <dt className="font-semibold">{t(`planQuestions.${key}.label`)}</dt>
              <dd className="m-0 whitespace-pre-line">
                {key === "responsibleUserId"
                  ? (people.find((p) => p.userId === plan.responsibleUserId)?.name ?? t("fields.notChosen"))
                  : plan[key] || t("plan.notAnswered")}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }

  return (
    <FormShell
      form={form}
      labelledBy="plan-heading"
      idPrefix="plan-"
      warnOnConflict
      heading={
        <div>
          <Heading id="plan-heading" level="2" size="medium" spacing>
            {t("plan.planHeading")}
          </Heading>
          <BodyLong>{t("plan.intro")}</BodyLong>
        </div>
      }
      submit={{ label: t("plan.save") }}
      status={form.saved && <BodyShort role="status">{t("plan.saved")}</BodyShort>}
      onSubmit={() =>
        form.submit({
          partnership: props.slug,
          planId: plan.id,
          version: plan.version,
          ...values,
          responsibleUserId: values.responsibleUserId || null,
        })
      }
    >
      {questions.map((key) =>
        key === "responsibleUserId" ? (
          <Select
            key={key}
            id="plan-responsibleUserId"
            label={t(`planQuestions.${key}.label`)}
            description={t(`planQuestions.${key}.help`)}
            value={values.responsibleUserId}
            error={form.fieldErrors.responsibleUserId}
            onChange={(e) => setValues((v) => ({ ...v, responsibleUserId: e.target.value }))}
            className="max-w-md"
          >
            <option value="">{t("fields.notChosen")}</option>
            {people.map((p) => (
              <option key={p.userId} value={p.userId}>
                {t("format.withRole", { name: p.name, role: t(`role.${p.role}`).toLowerCase() })}
              </option>
            ))}
          </Select>
        ) : (
          <Textarea
            key={key}
            id={`plan-${key}`}
            label={t(`planQuestions.${key}.label`)}
            description={`${t(`planQuestions.${key}.help`)} ${noClientData}`}
            minRows={3}
            maxLength={4000}
            value={values[key]}
            error={form.fieldErrors[key]}
            onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
          />
        ),
      )}
    </FormShell>
  );
}
