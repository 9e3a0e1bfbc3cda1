"use client";

import { BodyShort, Heading } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useAreaName } from "~/app/_lib/use-area-name";
import { numbered } from "~/lib/network/labels";
import { useResultWording } from "./result-wording";
import type { Office, ResultsOf } from "./workshop-types";

/** Areas ranked by votes, as bars with the numbers in text, and each office's top three. */
export function PriorityResults({ results, offices }: { results: ResultsOf<"prioritering">; offices: Office[] }) {
  const t = useTranslations("workshop.results");
  const areaName = useAreaName();
  const { tooFew, officeName } = useResultWording();
  const votes = (count: number) => t("votes", { count });
  const present = results.partnerships.filter((p) => p.respondents > 0);
  return (
    <div className="flex flex-col gap-8">
      {results.areas.tooFew ? (
        <BodyShort size="large">{t("tooFewThree", { tooFew })}</BodyShort>
      ) : (
        <ol className="m-0 flex list-none flex-col gap-3 p-0" aria-label={t("byVotes")}>
          {results.areas.ranking.map((a, index) => {
            const max = results.areas.tooFew ? 1 : Math.max(1, results.areas.ranking[0]?.votes ?? 1);
            return (
              <li key={a.areaNo} className="grid grid-cols-1 gap-1 ax-md:grid-cols-[minmax(0,22rem)_1fr] ax-md:items-center ax-md:gap-4">
                <span className="font-semibold">
                  {numbered(index + 1, areaName(a.areaNo))} <span className="font-normal">{t("areaNo", { no: a.areaNo })}</span>
                </span>
                <span className="flex items-center gap-3">
                  <span aria-hidden className="h-6 rounded-sm bg-ax-bg-accent-strong" style={{ width: `${(a.votes / max) * 70}%`, minWidth: "0.5rem" }} />
                  <span className="whitespace-nowrap">
                    {votes(a.votes)}
                    {a.firstChoice > 0 ? t("firstChoices", { count: a.firstChoice }) : ""}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {present.length > 0 && (
        <section aria-labelledby="kontorenes-topp-tre">
          <Heading id="kontorenes-topp-tre" level="4" size="small" spacing>
            {t("officesTopThree")}
          </Heading>
          <ul className="m-0 grid list-none grid-cols-1 gap-3 p-0 ax-md:grid-cols-2">
            {present.map((p) => (
              <li key={p.partnershipId} className="rounded-md border border-ax-border-neutral-subtle p-3">
                <strong>{officeName(offices, p.partnershipId)}</strong>
                {p.top.tooFew ? (
                  <BodyShort>{tooFew}</BodyShort>
                ) : (
                  <ol className="m-0 mt-1 pl-5">
                    {p.top.ranking.map((a, i) => (
                      <li key={a.areaNo}>
                        {t("areaVotes", { area: numbered(a.areaNo, areaName(a.areaNo)), votes: votes(a.votes) })}
                        {i === 0 ? t("proposedMain") : ""}
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
