"use client";

import { BodyLong, BodyShort, Heading, Select, Textarea } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { roleInfo, type Role } from "~/lib/roles";
import { planQuestions } from "~/lib/mulighetsrom/plan-wording";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { NO_CLIENT_DATA_HINT } from "~/app/_lib/hints";
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

const questions = planQuestions;

export function PlanForm(props: {
  slug: string;
  plan: Plan;
  people: { userId: string; name: string; role: Role }[];
  canEdit: boolean;
}) {
  const { plan, people } = props;
  const trpc = useTRPC();
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
          Planen
        </Heading>
        <dl className="m-0 grid gap-4">
          {questions.map((q) => (
            <div key={q.key}>
              <dt className="font-semibold">{q.label}</dt>
              <dd className="m-0 whitespace-pre-line">
                {q.key === "responsibleUserId"
                  ? (people.find((p) => p.userId === plan.responsibleUserId)?.name ?? "Ikke valgt")
                  : plan[q.key] || "Ikke besvart ennå."}
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
            Planen
          </Heading>
          <BodyLong>Svar på de seks spørsmålene. Tiltakene med ansvarlig og frist legger dere inn under.</BodyLong>
        </div>
      }
      submit={{ label: "Lagre planen" }}
      status={form.saved && <BodyShort role="status">Planen er lagret.</BodyShort>}
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
      {questions.map((q) =>
        q.key === "responsibleUserId" ? (
          <Select
            key={q.key}
            id="plan-responsibleUserId"
            label={q.label}
            description={q.help}
            value={values.responsibleUserId}
            error={form.fieldErrors.responsibleUserId}
            onChange={(e) => setValues((v) => ({ ...v, responsibleUserId: e.target.value }))}
            className="max-w-md"
          >
            <option value="">Ikke valgt</option>
            {people.map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.name} ({roleInfo[p.role].label.toLowerCase()})
              </option>
            ))}
          </Select>
        ) : (
          <Textarea
            key={q.key}
            id={`plan-${q.key}`}
            label={q.label}
            description={`${q.help} ${NO_CLIENT_DATA_HINT}`}
            minRows={3}
            maxLength={4000}
            value={values[q.key]}
            error={form.fieldErrors[q.key]}
            onChange={(e) => setValues((v) => ({ ...v, [q.key]: e.target.value }))}
          />
        ),
      )}
    </FormShell>
  );
}
