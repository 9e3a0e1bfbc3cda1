import { BodyShort } from "@navikt/ds-react/Typography";
import {
  StaticTable,
  StaticTbody,
  StaticTd,
  StaticTh,
  StaticThead,
  StaticTr,
} from "~/app/_components/static-table";
import Link from "next/link";
import { areaByNo } from "~/lib/mulighetsrom/areas";
import { formatDate } from "~/lib/format";
import { AssessmentStatusTag } from "./assessment-status-tag";
import { ScrollRegion } from "~/app/_components/scroll-region";

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
    <ScrollRegion label="Vurderinger">
      <StaticTable size="small">
        <StaticThead>
          <StaticTr>
            <StaticTh scope="col">Dato</StaticTh>
            <StaticTh scope="col">Anledning</StaticTh>
            <StaticTh scope="col">Status</StaticTh>
            <StaticTh scope="col">Svar levert</StaticTh>
            <StaticTh scope="col">Prioriterte områder</StaticTh>
          </StaticTr>
        </StaticThead>
        <StaticTbody>
          {assessments.map((a) => (
            <StaticTr key={a.id}>
              <StaticTd className="whitespace-nowrap">{formatDate(a.heldOn)}</StaticTd>
              <StaticTd>
                <Link href={`/partnerskap/${slug}/mulighetsrom/${a.id}`}>{a.occasion}</Link>
              </StaticTd>
              <StaticTd>
                <AssessmentStatusTag status={a.status} />
              </StaticTd>
              <StaticTd>
                {a.submitted} av {a.invited}
              </StaticTd>
              <StaticTd>
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
              </StaticTd>
            </StaticTr>
          ))}
        </StaticTbody>
      </StaticTable>
    </ScrollRegion>
  );
}
