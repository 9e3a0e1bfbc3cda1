"use client";

import { BodyShort, Heading } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { percent } from "~/lib/network/labels";
import { EVALUATION_MAX } from "~/lib/workshop/limits";
import { useResultWording } from "./result-wording";
import type { ResultsOf } from "./workshop-types";

const scale = Array.from({ length: EVALUATION_MAX + 1 }, (_, v) => v);

/** Per statement: the share answering 5 or 6, the number of answers, and the spread over 0–6. */
export function EvaluationResults({ results }: { results: ResultsOf<"evaluering"> }) {
  const t = useTranslations("workshop.results");
  const { tooFew } = useResultWording();
  return (
    <ol className="m-0 flex list-none flex-col gap-4 p-0">
      {results.statements.map((s) => (
        <li key={s.index} className="rounded-lg border border-ax-border-neutral-subtle p-4">
          <Heading level="4" size="small" spacing>
            {s.text}
          </Heading>
          {s.result.tooFew ? (
            <BodyShort size="large">
              {t("tooFewAnswers", { tooFew, count: s.answers })}
            </BodyShort>
          ) : (
            <div className="flex flex-col gap-3 ax-md:flex-row ax-md:items-end ax-md:gap-8">
              <p className="m-0">
                <span className="block text-5xl font-bold">{percent(s.result.highShare)}</span>
                <span>{t("answeredHigh", { count: s.answers })}</span>
              </p>
              <Distribution distribution={s.result.distribution} text={s.text} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Bars (decoration) over a small table with the counts per scale value, which carries the numbers. */
function Distribution({ distribution, text }: { distribution: number[]; text: string }) {
  const t = useTranslations("workshop.results");
  const max = Math.max(1, ...distribution);
  return (
    <div>
      <div aria-hidden className="flex h-16 items-end">
        {scale.map((v) => (
          <span key={v} className="flex w-10 justify-center px-1">
            <span
              className={`block w-full rounded-t-sm ${v >= 5 ? "border border-ax-border-success bg-ax-bg-success-moderate" : "bg-ax-bg-neutral-moderate"}`}
              style={{ height: `${((distribution[v] ?? 0) / max) * 4}rem` }}
            />
          </span>
        ))}
      </div>
      <table className="border-collapse text-center">
        <caption className="sr-only">{t("distributionCaption", { text })}</caption>
        <thead>
          <tr>
            {scale.map((v) => (
              <th key={v} scope="col" className="w-10 px-1 font-normal">
                {v}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {scale.map((v) => (
              <td key={v} className="w-10 px-1 font-semibold">
                {distribution[v] ?? 0}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
