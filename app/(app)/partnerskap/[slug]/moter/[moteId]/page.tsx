import { DownloadIcon, PrinterSmallIcon } from "@navikt/aksel-icons";
import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, BodyShort, Detail, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import type { ReactNode } from "react";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { renderText } from "~/lib/i18n/text";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { formatDate, formatDateTime } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { isoToday } from "~/lib/dates";
import { followUpHeading, invitationText } from "~/server/domain/meetings/invitation";
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
  const [{ meeting }, t, locale] = await Promise.all([load(slug, moteId), getTranslations("meetings.page"), getLocale()]);
  return { title: t("metaTitle", { title: meeting.title, date: formatDate(meeting.date, locale) }) };
}

type View = Awaited<ReturnType<typeof load>>;
type FollowUpRow = View["agenda"][number]["followUps"][number];
type Correction = View["agenda"][number]["corrections"][number];

/** Between the parts of a line, and between the items of a list: punctuation, the same in both languages. */
const SEPARATOR = " · ";
const LIST_SEPARATOR = ", ";

/** One of the page's parts, a bordered section under its h2. */
function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-ax-border-neutral-subtle p-4">
      <Heading id={`${id}-heading`} level="2" size="medium" spacing>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

export default async function MeetingPage({ params, searchParams }: Params) {
  const { slug, moteId } = await params;
  const { referat } = await searchParams;
  const [view, t, tm, tc, locale] = await Promise.all([
    load(slug, moteId),
    getTranslations("meetings.page"),
    getTranslations("meetings"),
    getTranslations("common"),
    getLocale(),
  ]);
  const empty = tc("empty");
  const remarksHeading = tm("actions.remarksHeading");
  const attendanceText = (attended: boolean | null) => tm(attended === null ? "minutes.unknown" : attended ? "minutes.present" : "minutes.absent");
  const { meeting, can, viewer } = view;
  const date = (iso: string) => formatDate(iso, locale);
  const heading1 = followUpHeading(locale);
  const ownerLine = (f: { ownerName: string | null; deadline: string | null }) =>
    [f.ownerName ? t("owner", { name: f.ownerName }) : t("noOwner"), f.deadline ? t("deadline", { date: date(f.deadline) }) : null].filter(Boolean).join(SEPARATOR);
  const base = `/partnerskap/${slug}/moter/${meeting.id}`;
  const ids = { slug, meetingId: meeting.id, version: meeting.version };
  const navLeder = view.people.find((p) => p.roleKeys.includes("nav_leder"))?.name ?? t("navLeder");
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
          {t("followUps")}
        </Heading>
        {list.length > 0 && (
          <ul className="m-0 mb-2 flex list-none flex-col gap-2 p-0">
            {list.map((f) => (
              <li key={f.id} id={`oppfolging-${f.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <span className="min-w-0 flex-1">
                  {f.text}
                  <Detail as="span" className="block text-ax-text-neutral-subtle">
                    {ownerLine(f)}
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
          {t("decisions")}
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
            {t.rich("correction", { date: date(c.createdAt.toISOString().slice(0, 10)), text: c.text, strong: (chunks) => <strong>{chunks}</strong> })}
            {c.authorName && <Detail className="text-ax-text-neutral-subtle">{t("addedBy", { name: c.authorName })}</Detail>}
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
              <span className="sr-only"> {t("newTab")}</span>
            </a>
          </li>
        ))}
      </ul>
    );


  return (
    <VStack gap="space-32" className="max-w-5xl">
      <NextLink href={`/partnerskap/${slug}/moter`}>{t("back")}</NextLink>
      <div>
        <Heading level="1" size="xlarge" spacing>
          {meeting.title}
        </Heading>
        <BodyLong spacing>
          {[whenText(meeting, locale), meeting.place].filter(Boolean).join(SEPARATOR)}
        </BodyLong>
        <HStack gap="space-8" wrap>
          <MeetingStatusTag status={meeting.status} />
          {meeting.status !== "avlyst" && <MinutesStatusTag status={meeting.minutesStatus} />}
        </HStack>
        {meeting.invitationSentAt && <Detail className="mt-2">{t("invitationSentAt", { at: formatDateTime(meeting.invitationSentAt, locale) })}</Detail>}
        <div className="mt-2">
          <RoleNote permissions={view.permissions} area="moter" />
        </div>
      </div>

      {(can.approve || mine.length > 0) && (
        <Alert variant="info">
          <VStack gap="space-8">
            {can.approve &&
              (viewer.myRemark !== null ? (
                <BodyShort>{t.rich("remarkPending", { link: (chunks) => <a href="#referat-godkjenning">{chunks}</a> })}</BodyShort>
              ) : (
                <BodyShort>{t.rich("awaitingApproval", { link: (chunks) => <a href="#referat-godkjenning">{chunks}</a> })}</BodyShort>
              ))}
            {mine.length > 0 && (
              <BodyShort>
                {t.rich("mine", {
                  count: mine.length,
                  list: () =>
                    mine.map((f, i) => (
                      <span key={f.id}>
                        {i > 0 && LIST_SEPARATOR}
                        <a href={`#oppfolging-${f.id}`}>{f.text}</a>
                      </span>
                    )),
                })}
              </BodyShort>
            )}
          </VStack>
        </Alert>
      )}

      <HStack gap="space-16" wrap>
        <a className="aksel-link" href={`${base}/eksport/innkalling.pdf`}>
          <DownloadIcon aria-hidden /> {t("invitationPdf")}
        </a>
        <NextLink className="aksel-link" href={`${base}/innkalling`}>
          <PrinterSmallIcon aria-hidden /> {t("invitationPrint")}
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/referat.pdf`}>
          <DownloadIcon aria-hidden /> {t("minutesPdf")}
        </a>
        <NextLink className="aksel-link" href={`${base}/referat`}>
          <PrinterSmallIcon aria-hidden /> {t("minutesPrint")}
        </NextLink>
      </HStack>

      <Section id="deltakere" heading={t("participants")}>
        <VStack gap="space-16">
          {view.participants.length === 0 ? (
            <BodyShort>
              {t("noParticipants")} {can.edit ? t("pickParticipants") : ""}
            </BodyShort>
          ) : (
            <ScrollRegion label={t("participants")}>
              <StaticTable size="small">
                <caption className="sr-only">{t("participantsCaption")}</caption>
                <StaticThead>
                  <tr>
                    <StaticTh scope="col">{t("name")}</StaticTh>
                    <StaticTh scope="col">{t("role")}</StaticTh>
                    <StaticTh scope="col">{t("attendance")}</StaticTh>
                    <StaticTh scope="col">{t("theMinutes")}</StaticTh>
                  </tr>
                </StaticThead>
                <StaticTbody>
                  {view.participants.map((p) => (
                    <StaticTr key={p.userId}>
                      <StaticTd>{p.name}</StaticTd>
                      <StaticTd>{p.roles.join(LIST_SEPARATOR) || t("noRole")}</StaticTd>
                      <StaticTd>{attendanceText(p.attended)}</StaticTd>
                      <StaticTd>
                        {p.minutesApprovedAt
                          ? t(p.minutesRemarkAt ? "approvedAfterRemarks" : "approvedOn", { date: date(p.minutesApprovedAt.toISOString().slice(0, 10)) })
                          : p.minutesRemarkAt
                            ? t("hasRemarks")
                            : p.attended && meeting.minutesStatus === "til_godkjenning"
                              ? t("waiting")
                              : empty}
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
                  <summary className="cursor-pointer font-semibold">{t("registerAttendance")}</summary>
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
        </VStack>
      </Section>

      {viewer.isEditor &&
        (meeting.status === "planlagt" || meeting.status === "innkalt") && (
        <Section id="innkalling" heading={t("invitation")}>
          <VStack gap="space-12">
            <BodyShort>
              {meeting.invitationSentAt ? t("invitationSentInfo") : t("invitationInfo")}
            </BodyShort>
            <InvitationPanel
              {...ids}
              text={invitationText({ ...view, senderName: navLeder }, locale)}
              canSend={can.sendInvitation}
              alreadySent={meeting.invitationSentAt !== null}
            />
          </VStack>
        </Section>
      )}

      <Section id="saksliste" heading={t("agenda")}>
        <VStack gap="space-16">
          <ol className="m-0 flex list-none flex-col gap-4 p-0">
            <li className="border-b border-ax-border-neutral-subtle pb-4">
              <Heading level="3" size="small" spacing>
                {t("numbered", { no: 1 })} {heading1}
              </Heading>
              {view.carried.length === 0 ? (
                <BodyShort>{t("noCarried")}</BodyShort>
              ) : (
                <ul className="m-0 flex list-none flex-col gap-2 p-0">
                  {view.carried.map((f) => (
                    <li key={f.id} id={`oppfolging-${f.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1">
                      <span className="min-w-0 flex-1">
                        {f.text}
                        <Detail as="span" className="block text-ax-text-neutral-subtle">
                          {ownerLine(f)}
                          {SEPARATOR}
                          {t.rich("carriedFrom", {
                            date: date(f.meetingDate),
                            link: (chunks) => (
                              <NextLink className="aksel-link" href={`/partnerskap/${slug}/moter/${f.meetingId}`}>
                                {chunks}
                              </NextLink>
                            ),
                          })}
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
                    {t("numbered", { no: itemNo(index) })} {item.time && <span className="font-normal">{item.time} </span>}
                    {item.title}
                  </Heading>
                  {item.responsible && <Detail className="text-ax-text-neutral-subtle">{t("owner", { name: item.responsible })}</Detail>}
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
          {view.agenda.length === 0 && <BodyShort>{t("noItems")}</BodyShort>}
          {can.edit && <AddAgendaItem slug={slug} meetingId={meeting.id} />}
        </VStack>
      </Section>

      {meeting.status !== "avlyst" && (
        <Section id="referat" heading={t("minutes")}>
          <VStack gap="space-24">
            <div id="referat-godkjenning">
              <HStack gap="space-8" align="center" className="mb-2">
                <MinutesStatusTag status={meeting.minutesStatus} />
              </HStack>
              <BodyShort spacing>
                {meeting.minutesLockedAt
                  ? t("lockedInfo", { date: date(meeting.minutesLockedAt.toISOString().slice(0, 10)) })
                  : meeting.minutesStatus === "til_godkjenning"
                    ? t("onApprovalInfo", { names: view.pendingApproverNames.join(LIST_SEPARATOR) })
                    : viewer.isEditor
                      ? t("editorInfo")
                      : t("readerInfo")}
              </BodyShort>
              {can.edit && upcoming && (
                <BodyShort spacing>
                  {writeMinutes ? (
                    <NextLink href={`${base}#referat-heading`}>{t("hideMinutesForms")}</NextLink>
                  ) : (
                    <>
                      {t("notHeldYet")} <NextLink href={`${base}?referat=1#referat-heading`}>{t("writeMinutesNow")}</NextLink>
                    </>
                  )}
                </BodyShort>
              )}
              {view.sendMinutesBlock && writeMinutes && <Detail>{renderText(view.sendMinutesBlock, locale)}</Detail>}
              {view.remarks.length > 0 && (
                <section aria-labelledby="merknader-heading" className="mb-4 rounded-md border border-ax-border-warning p-3">
                  <Heading id="merknader-heading" level="3" size="xsmall" spacing>
                    {remarksHeading}
                  </Heading>
                  <ul className="m-0 flex list-none flex-col gap-2 p-0">
                    {view.remarks.map((r) => (
                      <li key={r.userId}>
                        <Detail className="text-ax-text-neutral-subtle">
                          {[r.name, formatDateTime(r.at, locale), r.approvedAt ? t("approvedAfter") : t("notApproved")].join(SEPARATOR)}
                        </Detail>
                        <BodyShort className="whitespace-pre-line">{r.remark}</BodyShort>
                      </li>
                    ))}
                  </ul>
                  {viewer.isEditor && meeting.minutesStatus === "til_godkjenning" && (
                    <Detail className="mt-2">{t("withdrawHint")}</Detail>
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
                {t("numbered", { no: 1 })} {heading1}
              </Heading>
              <BodyShort>{view.carried.length === 0 ? t("noOpenPoints") : t("openPoints", { count: view.carried.length })}</BodyShort>
            </section>

            {view.agenda.map((item, index) => (
              <section key={item.id} aria-labelledby={`referat-${item.id}-heading`} className="border-t border-ax-border-neutral-subtle pt-4">
                <Heading id={`referat-${item.id}-heading`} level="3" size="small" spacing>
                  {t("numbered", { no: itemNo(index) })} {item.title}
                </Heading>
                <VStack gap="space-12">
                  {writeMinutes ? (
                    <MinutesForm slug={slug} itemId={item.id} version={item.version} minutes={item.minutes} title={item.title} />
                  ) : item.minutes ? (
                    <BodyLong className="whitespace-pre-line">{item.minutes}</BodyLong>
                  ) : (
                    <BodyShort className="text-ax-text-neutral-subtle">{t("noMinutesForItem")}</BodyShort>
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
                  {t("wholeMeeting")}
                </Heading>
                <VStack gap="space-12">
                  {correctionList(view.loose.corrections)}
                  {decisionList(view.loose.decisions, t("wholeMeetingName"), null)}
                  {followUpList(view.loose.followUps, t("wholeMeetingName"), null)}
                </VStack>
              </section>
            )}

            {can.correct && <AddCorrection slug={slug} meetingId={meeting.id} items={view.agenda.map((i) => ({ id: i.id, title: i.title }))} />}
          </VStack>
        </Section>
      )}
      <ObjectHistory slug={slug} kind="mote" id={meeting.id} />
    </VStack>
  );
}
