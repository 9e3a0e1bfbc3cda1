import { DownloadIcon, PrinterSmallIcon } from "@navikt/aksel-icons";
import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, BodyShort, Detail, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import type { ReactNode } from "react";
import { cache } from "react";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { formatDate, formatDateTime } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { isoToday } from "~/lib/dates";
import { invitationText } from "~/server/domain/meetings/invitation";
import { FOLLOW_UP_HEADING } from "~/server/domain/meetings/standard-agenda";
import { AddAgendaItem, EditableAgendaItem } from "~/app/(app)/partnerskap/[slug]/moter/_components/agenda-editor";
import { CancelMeeting, InvitationPanel, MinutesActions } from "~/app/(app)/partnerskap/[slug]/moter/_components/meeting-actions";
import { EditMeeting } from "~/app/(app)/partnerskap/[slug]/moter/_components/meeting-form";
import { FollowUpStatusTag, MeetingStatusTag, MinutesStatusTag, whenText } from "~/app/(app)/partnerskap/[slug]/moter/_components/meeting-parts";
import {
  AddCorrection,
  AddDecision,
  AddFollowUp,
  AttendanceForm,
  DecisionControls,
  FollowUpStatusSelect,
  MinutesForm,
} from "~/app/(app)/partnerskap/[slug]/moter/_components/minutes-editor";
import { ObjectHistory } from "~/app/(app)/partnerskap/[slug]/historikk/object-history";
import { RoleNote } from "~/app/_components/role-note";
import { ScrollRegion } from "~/app/_components/scroll-region";

type Params = { params: Promise<{ slug: string; moteId: string }>; searchParams: Promise<{ referat?: string }> };

const load = cache(async (slug: string, meetingId: string) => {
  const api = await getServerCaller();
  return loadOrInterrupt(() => api.meeting.get({ partnership: slug, meetingId }));
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, moteId } = await params;
  const { meeting } = await load(slug, moteId);
  return { title: `${meeting.title} ${formatDate(meeting.date)}` };
}

type View = Awaited<ReturnType<typeof load>>;
type FollowUpRow = View["agenda"][number]["followUps"][number];
type Correction = View["agenda"][number]["corrections"][number];

export default async function MeetingPage({ params, searchParams }: Params) {
  const { slug, moteId } = await params;
  const { referat } = await searchParams;
  const view = await load(slug, moteId);
  const { meeting, can, viewer } = view;
  const base = `/partnerskap/${slug}/moter/${meeting.id}`;
  const ids = { slug, meetingId: meeting.id, version: meeting.version };
  const navLeder = view.people.find((p) => p.roleKeys.includes("nav_leder"))?.name ?? "Nav-lederen";
  const mine = [...view.carried, ...view.agenda.flatMap((i) => i.followUps), ...view.loose.followUps].filter(
    (f) => f.ownerUserId === viewer.userId && f.status !== "lukket",
  );
  const itemNo = (index: number) => index + 2;
  // Before the meeting the minutes forms wait behind a link: the agenda is what is being worked on then.
  const upcoming = meeting.date > isoToday() && !view.agenda.some((i) => i.minutes !== "");
  const writeMinutes = can.edit && (!upcoming || referat === "1");

  /** The status, as a menu for its owner and the office, else as a tag. */
  const followUpStatus = (f: { id: string; version: number; status: FollowUpRow["status"]; overdue: boolean; text: string; ownerUserId: string | null }) =>
    viewer.isEditor || f.ownerUserId === viewer.userId ? (
      <HStack gap="space-8" align="center">
        <FollowUpStatusSelect slug={slug} id={f.id} version={f.version} status={f.status} label={f.text} />
        {f.overdue && <FollowUpStatusTag status={f.status} overdue />}
      </HStack>
    ) : (
      <FollowUpStatusTag status={f.status} overdue={f.overdue} />
    );

  const followUpList = (list: FollowUpRow[], title: string, agendaItemId: string | null) =>
    (list.length > 0 || writeMinutes) && (
      <div>
        <Heading level="4" size="xsmall" spacing>
          Oppfølgingspunkter
        </Heading>
        {list.length > 0 && (
          <ul className="m-0 mb-2 flex list-none flex-col gap-2 p-0">
            {list.map((f) => (
              <li key={f.id} id={`oppfolging-${f.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <span className="min-w-0 flex-1">
                  {f.text}
                  <Detail as="span" className="block text-ax-text-neutral-subtle">
                    {f.ownerName ? `Ansvarlig: ${f.ownerName}` : "Ingen ansvarlig"}
                    {f.deadline ? ` · frist ${formatDate(f.deadline)}` : ""}
                  </Detail>
                </span>
                {followUpStatus(f)}
              </li>
            ))}
          </ul>
        )}
        {writeMinutes && <AddFollowUp slug={slug} meetingId={meeting.id} agendaItemId={agendaItemId} people={view.people} title={title} />}
      </div>
    );

  const decisionList = (list: View["loose"]["decisions"], title: string, agendaItemId: string | null) =>
    (list.length > 0 || writeMinutes) && (
      <div>
        <Heading level="4" size="xsmall" spacing>
          Vedtak
        </Heading>
        {list.length > 0 && (
          <ul className="m-0 mb-2 flex list-disc flex-col gap-1 pl-6">
            {list.map((d) => (
              <li key={d.id}>
                {d.text}
                {writeMinutes && <DecisionControls slug={slug} meetingId={meeting.id} decision={d} />}
              </li>
            ))}
          </ul>
        )}
        {writeMinutes && <AddDecision slug={slug} meetingId={meeting.id} agendaItemId={agendaItemId} title={title} />}
      </div>
    );

  const correctionList = (list: Correction[]) =>
    list.length > 0 && (
      <ul className="m-0 flex list-none flex-col gap-2 p-0">
        {list.map((c) => (
          <li key={c.id} className="border-l-4 border-ax-border-warning pl-3">
            <strong>Rettelse {formatDate(c.createdAt.toISOString().slice(0, 10))}:</strong> {c.text}
            {c.authorName && <Detail className="text-ax-text-neutral-subtle">Lagt til av {c.authorName}</Detail>}
          </li>
        ))}
      </ul>
    );

  const itemLinks = (item: View["agenda"][number]) =>
    (item.links.length > 0 || item.appLinks.length > 0) && (
      <ul className="m-0 mt-1 flex list-none flex-col gap-1 p-0">
        {item.appLinks.map((l) => (
          <li key={l.href}>
            <NextLink className="aksel-link" href={l.href}>
              {l.title}
            </NextLink>
          </li>
        ))}
        {item.links.map((l, i) => (
          <li key={`${l.url}-${i}`}>
            <a className="aksel-link" href={l.url} rel="noopener noreferrer" target="_blank">
              {l.title}
              <span className="sr-only"> (åpnes i ny fane)</span>
            </a>
          </li>
        ))}
      </ul>
    );

  const section = (id: string, heading: string, children: ReactNode) => (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <Heading id={`${id}-heading`} level="2" size="medium" spacing>
        {heading}
      </Heading>
      {children}
    </section>
  );

  return (
    <VStack gap="space-32" className="max-w-5xl">
      <NextLink href={`/partnerskap/${slug}/moter`}>← Alle møter</NextLink>
      <div>
        <Heading level="1" size="xlarge" spacing>
          {meeting.title}
        </Heading>
        <BodyLong spacing>
          {whenText(meeting)}
          {meeting.place ? ` · ${meeting.place}` : ""}
        </BodyLong>
        <HStack gap="space-8" wrap>
          <MeetingStatusTag status={meeting.status} />
          {meeting.status !== "avlyst" && <MinutesStatusTag status={meeting.minutesStatus} />}
        </HStack>
        {meeting.invitationSentAt && <Detail className="mt-2">Innkalling sendt {formatDateTime(meeting.invitationSentAt)}</Detail>}
        <div className="mt-2">
          <RoleNote permissions={view.permissions} area="moter" />
        </div>
      </div>

      {(can.approve || mine.length > 0) && (
        <Alert variant="info">
          <VStack gap="space-8">
            {can.approve &&
              (viewer.myRemark !== null ? (
                <BodyShort>
                  Du har merknader til referatet, og det venter fortsatt på din godkjenning.{" "}
                  <a href="#referat-godkjenning">Godkjenn det når merknadene er fulgt opp</a>.
                </BodyShort>
              ) : (
                <BodyShort>
                  Referatet venter på din godkjenning. <a href="#referat-godkjenning">Les referatet, og godkjenn det eller si fra om merknader</a>.
                </BodyShort>
              ))}
            {mine.length > 0 && (
              <BodyShort>
                Du er ansvarlig for {mine.length === 1 ? "ett åpent oppfølgingspunkt" : `${mine.length} åpne oppfølgingspunkter`}:{" "}
                {mine.map((f, i) => (
                  <span key={f.id}>
                    {i > 0 && ", "}
                    <a href={`#oppfolging-${f.id}`}>{f.text}</a>
                  </span>
                ))}
                .
              </BodyShort>
            )}
          </VStack>
        </Alert>
      )}

      <HStack gap="space-16" wrap>
        <a className="aksel-link" href={`${base}/eksport/innkalling.pdf`}>
          <DownloadIcon aria-hidden /> Innkalling (PDF)
        </a>
        <NextLink className="aksel-link" href={`${base}/innkalling`}>
          <PrinterSmallIcon aria-hidden /> Innkalling til utskrift
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/referat.pdf`}>
          <DownloadIcon aria-hidden /> Referat (PDF)
        </a>
        <NextLink className="aksel-link" href={`${base}/referat`}>
          <PrinterSmallIcon aria-hidden /> Referat til utskrift
        </NextLink>
      </HStack>

      {section(
        "deltakere",
        "Deltakere",
        <VStack gap="space-16">
          {view.participants.length === 0 ? (
            <BodyShort>Ingen deltakere er valgt. {can.edit ? "Velg deltakere under «Endre tid, sted og deltakere»." : ""}</BodyShort>
          ) : (
            <ScrollRegion label="Deltakere">
              <StaticTable size="small">
                <caption className="sr-only">Deltakere, oppmøte og godkjenning av referatet</caption>
                <StaticThead>
                  <tr>
                    <StaticTh scope="col">Navn</StaticTh>
                    <StaticTh scope="col">Rolle</StaticTh>
                    <StaticTh scope="col">Oppmøte</StaticTh>
                    <StaticTh scope="col">Referatet</StaticTh>
                  </tr>
                </StaticThead>
                <StaticTbody>
                  {view.participants.map((p) => (
                    <StaticTr key={p.userId}>
                      <StaticTd>{p.name}</StaticTd>
                      <StaticTd>{p.roles.join(", ") || "Har ikke lenger en rolle i partnerskapet"}</StaticTd>
                      <StaticTd>{p.attended === null ? "Ikke registrert" : p.attended ? "Til stede" : "Ikke til stede"}</StaticTd>
                      <StaticTd>
                        {p.minutesApprovedAt
                          ? `Godkjent ${formatDate(p.minutesApprovedAt.toISOString().slice(0, 10))}${p.minutesRemarkAt ? " (etter merknader)" : ""}`
                          : p.minutesRemarkAt
                            ? "Har merknader, ikke godkjent"
                            : p.attended && meeting.minutesStatus === "til_godkjenning"
                              ? "Venter"
                              : "–"}
                      </StaticTd>
                    </StaticTr>
                  ))}
                </StaticTbody>
              </StaticTable>
            </ScrollRegion>
          )}
          {can.edit && (
            <>
              <EditMeeting
                slug={slug}
                people={view.people}
                existing={{
                  meetingId: meeting.id,
                  version: meeting.version,
                  title: meeting.title,
                  date: meeting.date,
                  startTime: meeting.startTime,
                  endTime: meeting.endTime,
                  place: meeting.place,
                  participantUserIds: view.participants.map((p) => p.userId),
                }}
              />
              {view.participants.length > 0 && (
                <details>
                  <summary className="cursor-pointer font-semibold">Registrer oppmøte</summary>
                  <div className="mt-3">
                    <AttendanceForm slug={slug} meetingId={meeting.id} version={meeting.version} participants={view.participants} />
                  </div>
                </details>
              )}
            </>
          )}
          {can.cancel && (
            <div>
              <CancelMeeting {...ids} />
            </div>
          )}
        </VStack>,
      )}

      {viewer.isEditor &&
        (meeting.status === "planlagt" || meeting.status === "innkalt") &&
        section(
          "innkalling",
          "Innkalling",
          <VStack gap="space-12">
            <BodyShort>
              {meeting.invitationSentAt
                ? "Innkallingen er sendt. Endrer du tid, sted eller deltakere, får deltakerne en oppdatert kalenderoppføring; du kan også sende innkallingen på nytt."
                : "Deltakerne får innkallingen på e-post med møtet som kalenderoppføring, og et varsel i appen. Da står møtet som innkalt."}
            </BodyShort>
            <InvitationPanel
              {...ids}
              text={invitationText({ ...view, senderName: navLeder })}
              canSend={can.sendInvitation}
              alreadySent={meeting.invitationSentAt !== null}
            />
          </VStack>,
        )}

      {section(
        "saksliste",
        "Saksliste",
        <VStack gap="space-16">
          <ol className="m-0 flex list-none flex-col gap-4 p-0">
            <li className="border-b border-ax-border-neutral-subtle pb-4">
              <Heading level="3" size="small" spacing>
                1. {FOLLOW_UP_HEADING}
              </Heading>
              {view.carried.length === 0 ? (
                <BodyShort>Ingen åpne oppfølgingspunkter fra tidligere møter.</BodyShort>
              ) : (
                <ul className="m-0 flex list-none flex-col gap-2 p-0">
                  {view.carried.map((f) => (
                    <li key={f.id} id={`oppfolging-${f.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1">
                      <span className="min-w-0 flex-1">
                        {f.text}
                        <Detail as="span" className="block text-ax-text-neutral-subtle">
                          {f.ownerName ? `Ansvarlig: ${f.ownerName}` : "Ingen ansvarlig"}
                          {f.deadline ? ` · frist ${formatDate(f.deadline)}` : ""} · fra{" "}
                          <NextLink className="aksel-link" href={`/partnerskap/${slug}/moter/${f.meetingId}`}>
                            møtet {formatDate(f.meetingDate)}
                          </NextLink>
                        </Detail>
                      </span>
                      {followUpStatus(f)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
            {view.agenda.map((item, index) => {
              const content = (
                <div>
                  <Heading level="3" size="small">
                    {itemNo(index)}. {item.time && <span className="font-normal">{item.time} </span>}
                    {item.title}
                  </Heading>
                  {item.responsible && <Detail className="text-ax-text-neutral-subtle">Ansvarlig: {item.responsible}</Detail>}
                  {item.description && <BodyShort className="mt-1 whitespace-pre-line">{item.description}</BodyShort>}
                  {itemLinks(item)}
                </div>
              );
              return (
                <li key={item.id} className="border-b border-ax-border-neutral-subtle pb-4">
                  {can.edit ? (
                    <EditableAgendaItem
                      slug={slug}
                      meetingId={meeting.id}
                      item={{ id: item.id, version: item.version, values: { time: item.time, title: item.title, responsible: item.responsible, description: item.description, links: item.links } }}
                      index={index}
                      count={view.agenda.length}
                    >
                      {content}
                    </EditableAgendaItem>
                  ) : (
                    content
                  )}
                </li>
              );
            })}
          </ol>
          {view.agenda.length === 0 && <BodyShort>Sakslisten har ingen egne punkter ennå.</BodyShort>}
          {can.edit && <AddAgendaItem slug={slug} meetingId={meeting.id} />}
        </VStack>,
      )}

      {meeting.status !== "avlyst" &&
        section(
          "referat",
          "Referat",
          <VStack gap="space-24">
            <div id="referat-godkjenning">
              <HStack gap="space-8" align="center" className="mb-2">
                <MinutesStatusTag status={meeting.minutesStatus} />
              </HStack>
              <BodyShort spacing>
                {meeting.minutesLockedAt
                  ? `Referatet ble godkjent av alle som var til stede ${formatDate(meeting.minutesLockedAt.toISOString().slice(0, 10))} og er låst. Rettelser vises ved siden av teksten.`
                  : meeting.minutesStatus === "til_godkjenning"
                    ? `Referatet er sendt til godkjenning. Venter på: ${view.pendingApproverNames.join(", ")}.`
                    : viewer.isEditor
                      ? "Skriv referatet under hvert punkt, registrer oppmøte og send referatet til godkjenning. Alle som var til stede, godkjenner det; da låses det."
                      : "Nav-lederen skriver referatet. Du får beskjed på startsiden når det venter på din godkjenning."}
              </BodyShort>
              {can.edit && upcoming && (
                <BodyShort spacing>
                  {writeMinutes ? (
                    <NextLink href={`${base}#referat-heading`}>Skjul referatskjemaene til møtet er holdt</NextLink>
                  ) : (
                    <>
                      Møtet er ikke holdt ennå.{" "}
                      <NextLink href={`${base}?referat=1#referat-heading`}>Skriv referat nå</NextLink>
                    </>
                  )}
                </BodyShort>
              )}
              {view.sendMinutesBlock && writeMinutes && <Detail>{view.sendMinutesBlock}</Detail>}
              {view.remarks.length > 0 && (
                <section aria-labelledby="merknader-heading" className="mb-4 rounded-md border border-ax-border-warning p-3">
                  <Heading id="merknader-heading" level="3" size="xsmall" spacing>
                    Merknader til referatet
                  </Heading>
                  <ul className="m-0 flex list-none flex-col gap-2 p-0">
                    {view.remarks.map((r) => (
                      <li key={r.userId}>
                        <Detail className="text-ax-text-neutral-subtle">
                          {r.name} · {formatDateTime(r.at)}
                          {r.approvedAt ? " · har godkjent referatet etterpå" : " · har ikke godkjent"}
                        </Detail>
                        <BodyShort className="whitespace-pre-line">{r.remark}</BodyShort>
                      </li>
                    ))}
                  </ul>
                  {viewer.isEditor && meeting.minutesStatus === "til_godkjenning" && (
                    <Detail className="mt-2">Vil du endre teksten, trekker du referatet tilbake, retter og sender det på nytt.</Detail>
                  )}
                </section>
              )}
              <MinutesActions
                {...ids}
                canSend={can.sendMinutes}
                canWithdraw={can.withdrawMinutes}
                canApprove={can.approve}
                canRemark={can.remark}
                myRemark={viewer.myRemark}
              />
            </div>

            <section aria-labelledby="referat-oppfolging-heading">
              <Heading id="referat-oppfolging-heading" level="3" size="small" spacing>
                1. {FOLLOW_UP_HEADING}
              </Heading>
              <BodyShort>
                {view.carried.length === 0
                  ? "Ingen åpne punkter."
                  : `${view.carried.length === 1 ? "1 åpent punkt" : `${view.carried.length} åpne punkter`} fra tidligere møter, se sakslisten. Statusen oppdateres der.`}
              </BodyShort>
            </section>

            {view.agenda.map((item, index) => (
              <section key={item.id} aria-labelledby={`referat-${item.id}-heading`} className="border-t border-ax-border-neutral-subtle pt-4">
                <Heading id={`referat-${item.id}-heading`} level="3" size="small" spacing>
                  {itemNo(index)}. {item.title}
                </Heading>
                <VStack gap="space-12">
                  {writeMinutes ? (
                    <MinutesForm slug={slug} itemId={item.id} version={item.version} minutes={item.minutes} title={item.title} />
                  ) : item.minutes ? (
                    <BodyLong className="whitespace-pre-line">{item.minutes}</BodyLong>
                  ) : (
                    <BodyShort className="text-ax-text-neutral-subtle">Ikke skrevet referat under dette punktet.</BodyShort>
                  )}
                  {correctionList(item.corrections)}
                  {decisionList(item.decisions, item.title, item.id)}
                  {followUpList(item.followUps, item.title, item.id)}
                </VStack>
              </section>
            ))}

            {(view.loose.decisions.length > 0 || view.loose.followUps.length > 0 || view.loose.corrections.length > 0 || writeMinutes) && (
              <section aria-labelledby="referat-annet-heading" className="border-t border-ax-border-neutral-subtle pt-4">
                <Heading id="referat-annet-heading" level="3" size="small" spacing>
                  For hele møtet
                </Heading>
                <VStack gap="space-12">
                  {correctionList(view.loose.corrections)}
                  {decisionList(view.loose.decisions, "hele møtet", null)}
                  {followUpList(view.loose.followUps, "hele møtet", null)}
                </VStack>
              </section>
            )}

            {can.correct && <AddCorrection slug={slug} meetingId={meeting.id} items={view.agenda.map((i) => ({ id: i.id, title: i.title }))} />}
          </VStack>,
        )}
      <ObjectHistory slug={slug} kind="mote" id={meeting.id} />
    </VStack>
  );
}
