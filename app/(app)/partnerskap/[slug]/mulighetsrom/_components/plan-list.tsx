import { BodyLong, Heading } from "@navikt/ds-react";
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

/** All development plans with their progress, so they are followed up from one meeting to the next. */
export function PlanList({ slug, plans }: { slug: string; plans: PlanItem[] }) {
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
            {plans.map((p) => (
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
      )}
    </section>
  );
}
