import { BodyLong, BodyShort, Heading } from "@navikt/ds-react";
import {
  Table,
  TableBody,
  TableDataCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@navikt/ds-react/Table";
import Link from "next/link";
import { formatDate } from "../../../../../_lib/format";

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
          <Table size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Område</TableHeaderCell>
                <TableHeaderCell scope="col">Fra vurderingen</TableHeaderCell>
                <TableHeaderCell scope="col">Ansvarlig</TableHeaderCell>
                <TableHeaderCell scope="col">Tiltak fullført</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((p) => (
                <TableRow key={p.id}>
                  <TableDataCell>
                    <Link href={`/partnerskap/${slug}/mulighetsrom/${p.assessmentId}/plan/${p.id}`}>
                      {p.areaNo}. {p.areaName}
                    </Link>
                  </TableDataCell>
                  <TableDataCell>
                    {p.occasion} ({formatDate(p.heldOn)})
                  </TableDataCell>
                  <TableDataCell>{p.responsibleName ?? "Ikke valgt"}</TableDataCell>
                  <TableDataCell>
                    {p.done} av {p.total}
                  </TableDataCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
