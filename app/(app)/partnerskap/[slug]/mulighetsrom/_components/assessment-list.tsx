import { BodyShort } from "@navikt/ds-react";
import {
  Table,
  TableBody,
  TableDataCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@navikt/ds-react/Table";
import Link from "next/link";
import { areaByNo } from "~/server/domain/mulighetsrom/areas";
import { formatDate } from "../../../../../_lib/format";
import { AssessmentStatusTag } from "./assessment-status-tag";

interface Item {
  id: string;
  heldOn: string;
  occasion: string;
  status: "open" | "closed";
  invited: number;
  submitted: number;
  prioritised: number[];
  main: number | null;
}

/** All assessments, newest first, with who has answered and what was prioritised. */
export function AssessmentList({ slug, assessments }: { slug: string; assessments: Item[] }) {
  return (
    <Table size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Dato</TableHeaderCell>
          <TableHeaderCell scope="col">Anledning</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col">Svar levert</TableHeaderCell>
          <TableHeaderCell scope="col">Prioriterte områder</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {assessments.map((a) => (
          <TableRow key={a.id}>
            <TableDataCell className="whitespace-nowrap">{formatDate(a.heldOn)}</TableDataCell>
            <TableDataCell>
              <Link href={`/partnerskap/${slug}/mulighetsrom/${a.id}`}>{a.occasion}</Link>
            </TableDataCell>
            <TableDataCell>
              <AssessmentStatusTag status={a.status} />
            </TableDataCell>
            <TableDataCell>
              {a.submitted} av {a.invited}
            </TableDataCell>
            <TableDataCell>
              {a.prioritised.length === 0 ? (
                <BodyShort size="small">Ingen ennå</BodyShort>
              ) : (
                <ul className="m-0 list-none p-0">
                  {a.prioritised.map((no) => (
                    <li key={no}>
                      {no}. {areaByNo(no).name}
                      {a.main === no && <strong> (hovedområde)</strong>}
                    </li>
                  ))}
                </ul>
              )}
            </TableDataCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
