import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { StatusTag } from "~/app/_components/status-tag";
import { formatDate } from "~/lib/format";
import { memberStatusLabels, memberStatusTones, sharingSummary, type MemberStatus } from "~/lib/network/labels";
import { InviteForm, WithdrawInvitation } from "./member-actions";
import { ScrollRegion } from "~/app/_components/scroll-region";

interface Member {
  id: string;
  version: number;
  officeName: string;
  status: MemberStatus;
  shareStatuses: boolean;
  sharePriorities: boolean;
  shareNotes: boolean;
  sharePlans: boolean;
  invitedAt: Date;
  respondedAt: Date | null;
}

const dateOf = (d: Date) => formatDate(d.toISOString().slice(0, 10));

export function MembersSection({
  slug,
  members,
  canEdit,
  invitable,
}: {
  slug: string;
  members: Member[];
  canEdit: boolean;
  invitable: { id: string; officeName: string; fylkeName: string }[];
}) {
  const memberCount = members.filter((m) => m.status === "medlem").length;
  return (
    <section aria-labelledby="medlemmer-heading">
      <Heading id="medlemmer-heading" level="2" size="medium" spacing>
        Medlemmer ({memberCount})
      </Heading>
      <VStack gap="space-16">
        <BodyLong className="max-w-prose">
          Partnerskapene i nettverket. Nav-lederen eller rådmannen takker ja og velger hva nettverket får se. Svarene til hver enkelt
          deltaker deles aldri.
        </BodyLong>
        {members.length === 0 ? (
          <BodyShort>
            {canEdit ? "Ingen partnerskap er invitert ennå. Velg et partnerskap under og send en invitasjon." : "Ingen partnerskap er medlemmer ennå."}
          </BodyShort>
        ) : (
          <ScrollRegion label="Partnerskapene i nettverket">
            <StaticTable size="small">
              <caption className="sr-only">Partnerskapene i nettverket, med status og hva de deler</caption>
              <StaticThead>
                <tr>
                  <StaticTh scope="col">Kontor</StaticTh>
                  <StaticTh scope="col">Status</StaticTh>
                  <StaticTh scope="col">Deler med nettverket</StaticTh>
                  <StaticTh scope="col">{canEdit ? "Invitert / svart" : "Med siden"}</StaticTh>
                  {canEdit && (
                    <StaticTh scope="col">
                      <span className="sr-only">Handlinger</span>
                    </StaticTh>
                  )}
                </tr>
              </StaticThead>
              <StaticTbody>
                {members.map((m) => (
                  <StaticTr key={m.id}>
                    <StaticTd>{m.officeName}</StaticTd>
                    <StaticTd>
                      <StatusTag tone={memberStatusTones[m.status]} size="xsmall">
                        {memberStatusLabels[m.status]}
                      </StatusTag>
                    </StaticTd>
                    <StaticTd>{m.status === "medlem" ? sharingSummary(m) : "–"}</StaticTd>
                    <StaticTd className="whitespace-nowrap">
                      {canEdit ? `${dateOf(m.invitedAt)}${m.respondedAt ? ` / ${dateOf(m.respondedAt)}` : ""}` : m.respondedAt ? dateOf(m.respondedAt) : "–"}
                    </StaticTd>
                    {canEdit && (
                      <StaticTd>{m.status === "invitert" && <WithdrawInvitation slug={slug} memberId={m.id} version={m.version} officeName={m.officeName} />}</StaticTd>
                    )}
                  </StaticTr>
                ))}
              </StaticTbody>
            </StaticTable>
          </ScrollRegion>
        )}
        {canEdit && <InviteForm slug={slug} partnerships={invitable} />}
      </VStack>
    </section>
  );
}
