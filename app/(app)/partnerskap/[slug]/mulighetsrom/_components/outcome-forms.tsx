"use client";

import { Alert, BodyShort, Button, Checkbox, Heading, Select } from "@navikt/ds-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { areaScores } from "~/db/schema/enums";
import { MAX_PRIORITIES, type AreaScore } from "~/lib/mulighetsrom/model";
import type { Text } from "~/lib/i18n/text";
import { priorityProblem, togglePriority } from "~/lib/mulighetsrom/priorities";
import type { Distribution } from "~/server/domain/mulighetsrom/aggregation";
import { FormShell } from "~/app/_components/form-shell";
import { useTRPC } from "~/app/_components/trpc-provider";
import { useFormMutation } from "~/app/_lib/use-form-mutation";
import { useRenderText } from "./use-render-text";

export interface OutcomeArea {
  no: number;
  name: string;
  status: AreaScore;
  considered: boolean;
  prioritised: boolean;
  main: boolean;
  total: Distribution;
}

interface Props {
  slug: string;
  assessmentId: string;
  version: number;
  areas: OutcomeArea[];
}

function SavedNote({ saved, text }: { saved: boolean; text: string }) {
  return saved ? (
    <Alert variant="success" size="small" role="status">
      {text}
    </Alert>
  ) : null;
}

/** Step 1 of the group's work: the colour each area gets, with the answers alongside. */
export function StatusForm({ slug, assessmentId, version, areas }: Props) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom");
  const mutation = useMutation(trpc.mulighetsrom.setStatuses.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [statuses, setStatuses] = useState<Record<number, AreaScore>>(
    Object.fromEntries(areas.map((a) => [a.no, a.status])),
  );

  function suggestFromAnswers() {
    setStatuses(
      Object.fromEntries(
        areas.map((a) => [
          a.no,
          a.total.sterk === 0 && a.total.kan_styrkes === 0
            ? "ikke_vurdert"
            : a.total.sterk >= a.total.kan_styrkes
              ? "sterk"
              : "kan_styrkes",
        ]),
      ),
    );
  }

  return (
    <FormShell
      form={form}
      labelledBy="status-heading"
      idPrefix="status-"
      warnOnConflict
      heading={
        <div>
          <Heading id="status-heading" level="3" size="small" spacing tabIndex={-1}>
            {t("outcome.statusHeading")}
          </Heading>
          <BodyShort>{t("outcome.statusIntro")}</BodyShort>
        </div>
      }
      submit={{ label: t("outcome.statusSave") }}
      onSubmit={() =>
        form.submit({
          partnership: slug,
          assessmentId,
          version,
          statuses: areas.map((a) => ({ areaNo: a.no, status: statuses[a.no] ?? "ikke_vurdert" })),
        })
      }
    >
      <SavedNote saved={form.saved} text={t("outcome.statusSaved")} />
      <div>
        <Button type="button" variant="secondary" size="small" onClick={suggestFromAnswers}>
          {t("outcome.suggest")}
        </Button>
      </div>
      <ol className="m-0 grid list-none gap-3 p-0 ax-md:grid-cols-2">
        {areas.map((a) => (
          <li key={a.no} className="rounded border border-ax-border-neutral-subtle p-3">
            <Select
              id={`status-${a.no}`}
              label={t("format.numbered", { no: a.no, name: a.name })}
              description={t("counts.answers", { sterk: a.total.sterk, kanStyrkes: a.total.kan_styrkes, ikkeVurdert: a.total.ikke_vurdert })}
              size="small"
              value={statuses[a.no]}
              onChange={(e) => setStatuses((s) => ({ ...s, [a.no]: e.target.value as AreaScore }))}
            >
              {areaScores.map((score) => (
                <option key={score} value={score}>
                  {t(`score.${score}`)}
                </option>
              ))}
            </Select>
          </li>
        ))}
      </ol>
    </FormShell>
  );
}

/** Step 2: areas to consider, up to three priorities, and the one main area. */
export function PrioritiesForm({ slug, assessmentId, version, areas }: Props) {
  const trpc = useTRPC();
  const t = useTranslations("mulighetsrom");
  const render = useRenderText();
  const mutation = useMutation(trpc.mulighetsrom.setPriorities.mutationOptions());
  const form = useFormMutation(mutation.mutateAsync);
  const [considered, setConsidered] = useState(new Set(areas.filter((a) => a.considered).map((a) => a.no)));
  const [prioritised, setPrioritised] = useState(new Set(areas.filter((a) => a.prioritised).map((a) => a.no)));
  const [main, setMain] = useState<number | null>(areas.find((a) => a.main)?.no ?? null);
  const [refused, setRefused] = useState<Text | null>(null);

  function onTogglePriority(no: number, on: boolean) {
    const next = togglePriority({ prioritised: [...prioritised], main }, no, on);
    setRefused(next.refused);
    setPrioritised(new Set(next.prioritised));
    setMain(next.main);
  }

  function onSubmit() {
    setRefused(null);
    const choice = { considered: [...considered], prioritised: [...prioritised], main };
    const problem = priorityProblem(choice);
    void form.submit(
      { partnership: slug, assessmentId, version, ...choice },
      { localErrors: problem ? { [problem.field]: render(problem.message) } : {} },
    );
  }

  return (
    <FormShell
      form={form}
      labelledBy="prioritet-heading"
      idPrefix="prioritet-"
      warnOnConflict
      heading={
        <div>
          <Heading id="prioritet-heading" level="3" size="small" spacing>
            {t("outcome.prioritiesHeading")}
          </Heading>
          <BodyShort>
            {t("outcome.prioritiesIntro", { max: MAX_PRIORITIES })}{" "}
            <span aria-live="polite">{t("outcome.prioritisedCount", { count: prioritised.size, max: MAX_PRIORITIES })}</span>
          </BodyShort>
          <div aria-live="assertive">
            {refused && <BodyShort className="mt-2 font-semibold text-ax-text-danger">{render(refused)}</BodyShort>}
          </div>
        </div>
      }
      submit={{ label: t("outcome.prioritiesSave") }}
      onSubmit={onSubmit}
    >
      <SavedNote saved={form.saved} text={t("outcome.prioritiesSaved")} />
      <div id="prioritet-prioritised" tabIndex={-1}>
        {form.fieldErrors.prioritised && (
          <BodyShort className="font-semibold text-ax-text-danger">{form.fieldErrors.prioritised}</BodyShort>
        )}
      </div>
      <div id="prioritet-main" tabIndex={-1}>
        {form.fieldErrors.main && <BodyShort className="font-semibold text-ax-text-danger">{form.fieldErrors.main}</BodyShort>}
      </div>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("outcome.prioritiesCaption")}</caption>
        <thead>
          <tr className="border-b border-ax-border-neutral">
            <th scope="col" className="py-2 pr-3">{t("fields.developmentArea")}</th>
            <th scope="col" className="px-2 py-2">{t("marks.considered")}</th>
            <th scope="col" className="px-2 py-2">{t("marks.prioritised")}</th>
            <th scope="col" className="px-2 py-2">{t("marks.main")}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.no} className="border-b border-ax-border-neutral-subtle">
              <th scope="row" className="py-1 pr-3 font-normal">
                {t("format.numbered", { no: a.no, name: a.name })}
              </th>
              <td className="px-2">
                <Checkbox
                  hideLabel
                  size="small"
                  checked={considered.has(a.no) || prioritised.has(a.no)}
                  disabled={prioritised.has(a.no)}
                  onChange={(e) => {
                    const next = new Set(considered);
                    if (e.target.checked) next.add(a.no);
                    else next.delete(a.no);
                    setConsidered(next);
                  }}
                >
                  {t("outcome.consider", { name: a.name })}
                </Checkbox>
              </td>
              <td className="px-2">
                <Checkbox
                  hideLabel
                  size="small"
                  checked={prioritised.has(a.no)}
                  onChange={(e) => onTogglePriority(a.no, e.target.checked)}
                >
                  {t("outcome.prioritise", { name: a.name })}
                </Checkbox>
              </td>
              <td className="px-2">
                <input
                  type="radio"
                  name="hovedomrade"
                  className="h-5 w-5 accent-[var(--ax-bg-accent-strong)] disabled:opacity-40"
                  aria-label={t("outcome.mainFor", { name: a.name })}
                  checked={main === a.no}
                  disabled={!prioritised.has(a.no)}
                  onChange={() => setMain(a.no)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </FormShell>
  );
}
