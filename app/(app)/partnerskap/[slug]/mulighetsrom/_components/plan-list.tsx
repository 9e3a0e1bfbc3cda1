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
import { formatDate } from "~/lib/format";
import { ScrollRegion } from "~/app/_components/scroll-region";

interface PlanItem {
  id: string;
  areaNo: number;
  areaName: string;
  assessmentId: string;
  heldOn: string;
  occasion: string;
  responsibleName: string | null;
  done: number;
  total: number;
}

/** Rows shown until someone asks for all: the plans of the latest two or three assessments. */
const PLAN_ROWS = 9;

/** The development plans with their progress, newest first, so they are followed up from meeting to meeting. */
export function PlanList({ slug, plans, showAll }: { slug: string; plans: PlanItem[]; showAll: boolean }) {
  const shown = showAll ? plans : plans.slice(0, PLAN_ROWS);
  return (
    <section aria-labelledby="planer-heading">
      <Heading id="planer-heading" level="2" size="medium" spacing>
        Utviklingsplaner
      </Heading>
      {plans.length === 0 ? (
        <BodyLong>
          Ingen utviklingsplaner ennå. Når dere har prioritert områder i en vurdering, lager dere en plan for hvert av
          dem fra vurderingens side.
        </BodyLong>
      ) : (
        <>
          {shown.length < plans.length && (
            <BodyShort spacing>
              Viser de {shown.length} nyeste av {plans.length} planer.{" "}
              <Link href={`/partnerskap/${slug}/mulighetsrom?planer=alle#planer-heading`}>Vis alle</Link>
            </BodyShort>
          )}
          <ScrollRegion labelledBy="planer-heading">
            <StaticTable size="small">
              <StaticThead>
                <StaticTr>
                  <StaticTh scope="col">Område</StaticTh>
                  <StaticTh scope="col">Fra vurderingen</StaticTh>
                  <StaticTh scope="col">Ansvarlig</StaticTh>
                  <StaticTh scope="col">Tiltak fullført</StaticTh>
                </StaticTr>
              </StaticThead>
              <StaticTbody>
                {shown.map((p) => (
                  <StaticTr key={p.id}>
                    <StaticTd>
                      <Link href={`/partnerskap/${slug}/mulighetsrom/${p.assessmentId}/plan/${p.id}`}>
                        {p.areaNo}. {p.areaName}
                      </Link>
                    </StaticTd>
                    <StaticTd>
                      {p.occasion} ({formatDate(p.heldOn)})
                    </StaticTd>
                    <StaticTd>{p.responsibleName ?? "Ikke valgt"}</StaticTd>
                    <StaticTd>
                      {p.done} av {p.total}
                    </StaticTd>
                  </StaticTr>
                ))}
              </StaticTbody>
            </StaticTable>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
