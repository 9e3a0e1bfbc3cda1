import { formatDate, formatDateTime } from "~/lib/format";
import { followUpLine, longDate, timeSpan } from "~/server/domain/meetings/invitation";
import { followUpStatusLabels, meetingStatusLabels, minutesStatusLabels } from "~/lib/meetings";
import { FOLLOW_UP_HEADING } from "~/server/domain/meetings/standard-agenda";
import type { MeetingView } from "~/server/domain/meetings/view";

const day = (instant: Date) => formatDate(instant.toISOString().slice(0, 10));

type Correction = MeetingView["loose"]["corrections"][number];

function Corrections({ list }: { list: Correction[] }) {
  if (list.length === 0) return null;
  return (
    <>
      {list.map((c) => (
        <p key={c.id} className="utskrift-fritekst">
          <strong>Rettelse {day(c.createdAt)}:</strong> {c.text}
        </p>
      ))}
    </>
  );
}

function FollowUpTable({ list, caption }: { list: MeetingView["loose"]["followUps"]; caption: string }) {
  if (list.length === 0) return null;
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Oppfølgingspunkt</th>
          <th scope="col">Ansvarlig</th>
          <th scope="col">Frist</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {list.map((f) => (
          <tr key={f.id}>
            <td>{f.text}</td>
            <td>{f.ownerName ?? "–"}</td>
            <td>{f.deadline ? formatDate(f.deadline) : "–"}</td>
            <td>{f.overdue ? "Forfalt" : followUpStatusLabels[f.status]}</td>
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
export function MeetingDocument({ view, kind, printedAt }: { view: MeetingView; kind: "innkalling" | "referat"; printedAt: Date }) {
  const { meeting } = view;
  const referat = kind === "referat";
  const when = [longDate(meeting.date), timeSpan(meeting.startTime, meeting.endTime)].filter(Boolean).join(" ");
  return (
    <article className="utskrift">
      <header>
        <p className="utskrift-kontor">{view.officeName}</p>
        <h1>
          {referat ? "Referat" : "Innkalling"}: {meeting.title}
        </h1>
        {referat && !meeting.minutesLockedAt && <p className="utskrift-stempel">UTKAST – ikke godkjent</p>}
        <dl className="utskrift-fakta">
          <dt>Tid</dt>
          <dd>{when}</dd>
          <dt>Sted</dt>
          <dd>{meeting.place || "–"}</dd>
          <dt>Status</dt>
          <dd>
            {meetingStatusLabels[meeting.status]}
            {referat ? ` – ${minutesStatusLabels[meeting.minutesStatus].toLowerCase()}` : ""}
            {referat && meeting.minutesLockedAt ? ` ${day(meeting.minutesLockedAt)}` : ""}
          </dd>
          <dt>Skrevet ut</dt>
          <dd>{formatDateTime(printedAt).replace(", ", " kl. ")}</dd>
        </dl>
      </header>

      <section aria-labelledby="deltakere-heading">
        <h2 id="deltakere-heading">Deltakere</h2>
        {view.participants.length === 0 ? (
          <p className="utskrift-tom">Ingen deltakere valgt.</p>
        ) : referat ? (
          <table>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Rolle</th>
                <th scope="col">Oppmøte</th>
                <th scope="col">Godkjent referatet</th>
              </tr>
            </thead>
            <tbody>
              {view.participants.map((p) => (
                <tr key={p.userId}>
                  <td>{p.name}</td>
                  <td>{p.roles.join(", ")}</td>
                  <td>{p.attended === null ? "Ikke registrert" : p.attended ? "Til stede" : "Ikke til stede"}</td>
                  <td>{p.minutesApprovedAt ? day(p.minutesApprovedAt) : p.minutesRemarkAt ? "Har merknader, ikke godkjent" : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <ul>
            {view.participants.map((p) => (
              <li key={p.userId}>
                {p.name}
                {p.roles.length > 0 ? `, ${p.roles.join(", ").toLowerCase()}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="saker-heading">
        <h2 id="saker-heading">{referat ? "Saker" : "Saksliste"}</h2>
        <h3>1. {FOLLOW_UP_HEADING}</h3>
        {view.carried.length === 0 ? (
          <p className="utskrift-tom">Ingen åpne oppfølgingspunkter fra tidligere møter.</p>
        ) : (
          <ul>
            {view.carried.map((f) => (
              <li key={f.id}>{followUpLine(f)}</li>
            ))}
          </ul>
        )}
        {view.agenda.map((item, index) => (
          <div key={item.id}>
            <h3>
              {index + 2}. {item.time ? `${item.time} ` : ""}
              {item.title}
            </h3>
            {item.responsible && <p className="utskrift-merknad">Ansvarlig: {item.responsible}</p>}
            {!referat && item.description && <p className="utskrift-fritekst">{item.description}</p>}
            {!referat && item.links.length > 0 && (
              <ul className="utskrift-merknad">
                {item.links.map((l, i) => (
                  <li key={i}>
                    {l.title}: {l.url}
                  </li>
                ))}
              </ul>
            )}
            {referat && (
              <>
                {item.minutes ? <p className="utskrift-fritekst">{item.minutes}</p> : <p className="utskrift-tom">Ikke skrevet referat.</p>}
                <Corrections list={item.corrections} />
                {item.decisions.length > 0 && (
                  <>
                    <p>
                      <strong>Vedtak:</strong>
                    </p>
                    <ul>
                      {item.decisions.map((d) => (
                        <li key={d.id}>{d.text}</li>
                      ))}
                    </ul>
                  </>
                )}
                <FollowUpTable list={item.followUps} caption="Oppfølgingspunkter" />
              </>
            )}
          </div>
        ))}
        {referat && (view.loose.decisions.length > 0 || view.loose.followUps.length > 0 || view.loose.corrections.length > 0) && (
          <div>
            <h3>For hele møtet</h3>
            <Corrections list={view.loose.corrections} />
            {view.loose.decisions.length > 0 && (
              <ul>
                {view.loose.decisions.map((d) => (
                  <li key={d.id}>Vedtak: {d.text}</li>
                ))}
              </ul>
            )}
            <FollowUpTable list={view.loose.followUps} caption="Oppfølgingspunkter" />
          </div>
        )}
      </section>
    </article>
  );
}
