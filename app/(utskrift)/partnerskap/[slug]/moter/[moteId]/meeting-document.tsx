import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { followUpHeading, followUpLine, longDate, timeSpan } from "~/server/domain/meetings/invitation";
import type { MeetingView } from "~/server/domain/meetings/view";

const day = (instant: Date, locale: Locale) => formatDate(instant.toISOString().slice(0, 10), locale);

/** Between the items of a list: punctuation, the same in both languages. */
const LIST_SEPARATOR = ", ";

type Correction = MeetingView["loose"]["corrections"][number];

async function Corrections({ list }: { list: Correction[] }) {
  if (list.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("meetings.document"), getLocale()]);
  return (
    <>
      {list.map((c) => (
        <p key={c.id} className="utskrift-fritekst">
          {t.rich("correction", { date: day(c.createdAt, locale), text: c.text, strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ))}
    </>
  );
}

async function FollowUpTable({ list, caption }: { list: MeetingView["loose"]["followUps"]; caption: string }) {
  if (list.length === 0) return null;
  const [t, tm, locale, empty] = await Promise.all([
    getTranslations("meetings.document"),
    getTranslations("meetings"),
    getLocale(),
    getTranslations("common").then((tc) => tc("empty")),
  ]);
  const statusText = (f: MeetingView["loose"]["followUps"][number]) => (f.overdue ? tm("overdue") : tm(`followUpStatus.${f.status}`));
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("followUp")}</th>
          <th scope="col">{t("responsible")}</th>
          <th scope="col">{t("deadline")}</th>
          <th scope="col">{t("status")}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((f) => (
          <tr key={f.id}>
            <td>{f.text}</td>
            <td>{f.ownerName ?? empty}</td>
            <td>{f.deadline ? formatDate(f.deadline, locale) : empty}</td>
            <td>{statusText(f)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The innkalling or the referat as an A4 document: one h1, an h2 per part, statuses in words.
 * The referat shows the approval (who, when) and every correction beside the text it corrects.
 */
export async function MeetingDocument({ view, kind, printedAt }: { view: MeetingView; kind: "innkalling" | "referat"; printedAt: Date }) {
  const [t, tm, locale, empty] = await Promise.all([
    getTranslations("meetings.document"),
    getTranslations("meetings"),
    getLocale(),
    getTranslations("common").then((tc) => tc("empty")),
  ]);
  const { meeting } = view;
  const referat = kind === "referat";
  const when = [longDate(meeting.date, locale), timeSpan(meeting.startTime, meeting.endTime, locale)].filter(Boolean).join(" ");
  const meetingStatus = tm(`meetingStatus.${meeting.status}`);
  const status = referat ? t("minutesStatus", { meeting: meetingStatus, minutes: tm(`minutesStatus.${meeting.minutesStatus}`).toLowerCase() }) : meetingStatus;
  const [printedDay, printedTime] = formatDateTime(printedAt, locale).split(", ");
  const attendanceText = (attended: boolean | null) => tm(attended === null ? "minutes.unknown" : attended ? "minutes.present" : "minutes.absent");
  const followUpsCaption = t("followUps");
  const hasRemarks = tm("page.hasRemarks");
  const numbered = (no: number) => tm("page.numbered", { no });
  const responsible = (name: string) => tm("page.owner", { name });
  return (
    <article className="utskrift">
      <header>
        <p className="utskrift-kontor">{view.officeName}</p>
        <h1>
          {t("heading", { kind, title: meeting.title })}
        </h1>
        {referat && !meeting.minutesLockedAt && <p className="utskrift-stempel">{t("draft")}</p>}
        <dl className="utskrift-fakta">
          <dt>{t("time")}</dt>
          <dd>{when}</dd>
          <dt>{t("place")}</dt>
          <dd>{meeting.place || empty}</dd>
          <dt>{t("status")}</dt>
          <dd>
            {status}
            {referat && meeting.minutesLockedAt ? ` ${day(meeting.minutesLockedAt, locale)}` : ""}
          </dd>
          <dt>{t("printed")}</dt>
          <dd>{t("printedAt", { date: printedDay ?? "", time: printedTime ?? "" })}</dd>
        </dl>
      </header>

      <section aria-labelledby="deltakere-heading">
        <h2 id="deltakere-heading">{t("participants")}</h2>
        {view.participants.length === 0 ? (
          <p className="utskrift-tom">{t("noParticipants")}</p>
        ) : referat ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("attendance")}</th>
                <th scope="col">{t("approved")}</th>
              </tr>
            </thead>
            <tbody>
              {view.participants.map((p) => (
                <tr key={p.userId}>
                  <td>{p.name}</td>
                  <td>{p.roles.join(LIST_SEPARATOR)}</td>
                  <td>{attendanceText(p.attended)}</td>
                  <td>{p.minutesApprovedAt ? day(p.minutesApprovedAt, locale) : p.minutesRemarkAt ? hasRemarks : empty}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <ul>
            {view.participants.map((p) => (
              <li key={p.userId}>
                {p.name}
                {p.roles.length > 0 ? `${LIST_SEPARATOR}${p.roles.join(LIST_SEPARATOR).toLowerCase()}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="saker-heading">
        <h2 id="saker-heading">{referat ? t("items") : t("agenda")}</h2>
        <h3>{numbered(1)} {followUpHeading(locale)}</h3>
        {view.carried.length === 0 ? (
          <p className="utskrift-tom">{t("noCarried")}</p>
        ) : (
          <ul>
            {view.carried.map((f) => (
              <li key={f.id}>{followUpLine(f, locale)}</li>
            ))}
          </ul>
        )}
        {view.agenda.map((item, index) => (
          <div key={item.id}>
            <h3>
              {numbered(index + 2)} {item.time ? `${item.time} ` : ""}
              {item.title}
            </h3>
            {item.responsible && <p className="utskrift-merknad">{responsible(item.responsible)}</p>}
            {!referat && item.description && <p className="utskrift-fritekst">{item.description}</p>}
            {!referat && item.links.length > 0 && (
              <ul className="utskrift-merknad">
                {item.links.map((l, i) => (
                  <li key={i}>
                    {t("link", { title: l.title, url: l.url })}
                  </li>
                ))}
              </ul>
            )}
            {referat && (
              <>
                {item.minutes ? <p className="utskrift-fritekst">{item.minutes}</p> : <p className="utskrift-tom">{t("noMinutes")}</p>}
                <Corrections list={item.corrections} />
                {item.decisions.length > 0 && (
                  <>
                    <p>
                      <strong>{t("decisions")}</strong>
                    </p>
                    <ul>
                      {item.decisions.map((d) => (
                        <li key={d.id}>{d.text}</li>
                      ))}
                    </ul>
                  </>
                )}
                <FollowUpTable list={item.followUps} caption={followUpsCaption} />
              </>
            )}
          </div>
        ))}
        {referat && (view.loose.decisions.length > 0 || view.loose.followUps.length > 0 || view.loose.corrections.length > 0) && (
          <div>
            <h3>{t("wholeMeeting")}</h3>
            <Corrections list={view.loose.corrections} />
            {view.loose.decisions.length > 0 && (
              <ul>
                {view.loose.decisions.map((d) => (
                  <li key={d.id}>{t("decision", { text: d.text })}</li>
                ))}
              </ul>
            )}
            <FollowUpTable list={view.loose.followUps} caption={followUpsCaption} />
          </div>
        )}
      </section>
    </article>
  );
}
