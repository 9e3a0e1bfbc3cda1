"use client";

import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Select, Textarea, VStack } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { roleInfo, type Role } from "~/server/domain/access/roles";
import { planQuestions } from "~/server/domain/mulighetsrom/plan-wording";
import { FormErrors } from "~/app/_components/form-errors";
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
  const focus = useRef<HTMLDivElement>(null);
  const form = useFormMutation(mutation.mutateAsync, focus);
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
    <form
      noValidate
      aria-labelledby="plan-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({
          partnership: props.slug,
          planId: plan.id,
          version: plan.version,
          ...values,
          responsibleUserId: values.responsibleUserId || null,
        });
      }}
    >
      <VStack gap="space-16">
        <div>
          <Heading id="plan-heading" level="2" size="medium" spacing>
            Planen
          </Heading>
          <BodyLong>Svar på de seks spørsmålene. Tiltakene med ansvarlig og frist legger dere inn under.</BodyLong>
        </div>
        <FormErrors ref={focus} errors={form.fieldErrors} idPrefix="plan-" />
        {form.formError && (
          <Alert variant={form.conflict ? "warning" : "error"} role="alert" ref={focus} tabIndex={-1}>
            {form.formError}
          </Alert>
        )}
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
        <HStack gap="space-8" align="center">
          <Button type="submit" loading={form.pending}>
            Lagre planen
          </Button>
          {form.saved && (
            <BodyShort role="status">Planen er lagret.</BodyShort>
          )}
        </HStack>
      </VStack>
    </form>
  );
}
