import { ArrowDownIcon, ArrowRightIcon, ArrowUpIcon, StarFillIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import {
  StaticTable,
  StaticTbody,
  StaticTd,
  StaticTh,
  StaticThead,
  StaticTr,
} from "~/app/_components/static-table";
import Link from "next/link";
import type { StatusChange } from "~/server/domain/mulighetsrom/aggregation";
import type { AreaScore } from "~/lib/mulighetsrom/areas";
import { formatDate } from "~/lib/format";
import { ScoreMark } from "./score";
import { ScrollRegion } from "~/app/_components/scroll-region";

interface History {
  assessments: { id: string; heldOn: string; occasion: string }[];
  areas: {
    no: number;
    name: string;
    steps: { assessmentId: string; status: AreaScore; change: StatusChange | null; transition: string | null }[];
    prioritisedIn: string[];
  }[];
}

const changeWords: Record<StatusChange, string> = {
  forbedret: "bedre",
  svekket: "svakere",
  endret: "endret",
  uendret: "uendret",
};

function ChangeNote({ change, transition }: { change: StatusChange | null; transition: string | null }) {
  if (!change || !transition) return null;
  const Icon = change === "forbedret" ? ArrowUpIcon : change === "svekket" ? ArrowDownIcon : ArrowRightIcon;
  return (
    <span className="mt-1 flex items-center gap-1 text-sm">
      <Icon aria-hidden />
      <span>
        {transition} ({changeWords[change]})
      </span>
    </span>
  );
}

/** Columns shown until someone asks for all: enough for three years of spring and autumn meetings. */
export const HISTORY_COLUMNS = 6;

/** The checklist for every partnership meeting: each area's agreed status, assessment by assessment. */
export function HistoryTable({ slug, history, showAll }: { slug: string; history: History; showAll: boolean }) {
  const hidden = showAll ? 0 : Math.max(0, history.assessments.length - HISTORY_COLUMNS);
  const shown = history.assessments.slice(hidden);
  const shownIds = new Set(shown.map((a) => a.id));
  return (
    <section aria-labelledby="historikk-heading">
      <Heading id="historikk-heading" level="2" size="medium" spacing>
        Utvikling over tid
      </Heading>
      <BodyLong spacing className="max-w-prose">
        Felles status for hvert område i hver vurdering, eldste først. Under statusen står endringen fra forrige
        vurdering. En stjerne betyr at området var prioritert.
      </BodyLong>
      {hidden > 0 && (
        <BodyShort spacing>
          Viser de {shown.length} siste av {history.assessments.length} vurderinger.{" "}
          <Link href={`/partnerskap/${slug}/mulighetsrom?historikk=alle#historikk-heading`}>Vis alle</Link>
        </BodyShort>
      )}
      <ScrollRegion labelledBy="historikk-heading">
        <StaticTable size="small">
          <caption className="sr-only">Felles status per utviklingsområde i hver vurdering</caption>
          <StaticThead>
            <StaticTr>
              <StaticTh scope="col">Utviklingsområde</StaticTh>
              {shown.map((a) => (
                <StaticTh key={a.id} scope="col" className="min-w-36">
                  <Link href={`/partnerskap/${slug}/mulighetsrom/${a.id}`}>{formatDate(a.heldOn)}</Link>
                  <span className="block text-sm">{a.occasion}</span>
                </StaticTh>
              ))}
            </StaticTr>
          </StaticThead>
          <StaticTbody>
            {history.areas.map((area) => (
              <StaticTr key={area.no}>
                <StaticTh scope="row" className="min-w-56 font-normal">
                  {area.no}. {area.name}
                </StaticTh>
                {area.steps.filter((step) => shownIds.has(step.assessmentId)).map((step) => (
                  <StaticTd key={step.assessmentId}>
                    <span className="inline-flex items-center gap-1">
                      <ScoreMark score={step.status} />
                      {area.prioritisedIn.includes(step.assessmentId) && (
                        <>
                          <StarFillIcon aria-hidden className="text-ax-text-accent" />
                          <span className="sr-only">prioritert</span>
                        </>
                      )}
                    </span>
                    <ChangeNote change={step.change} transition={step.transition} />
                  </StaticTd>
                ))}
              </StaticTr>
            ))}
          </StaticTbody>
        </StaticTable>
      </ScrollRegion>
    </section>
  );
}
