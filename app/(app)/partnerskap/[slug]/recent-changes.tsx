import { BodyShort, Detail, Heading } from "@navikt/ds-react";
import {
  agreementPoints,
  agreementStatusLabels,
  optionalServiceLabels,
  type AgreementPointStatus,
} from "~/server/domain/partnership/catalogue";
import { areas, scoreLabels, type AreaScore } from "~/server/domain/mulighetsrom/areas";
import { formatDateTime } from "../../../_lib/format";

type Change = {
  id: string;
  at: Date;
  entity: string;
  action: string;
  changes: Record<string, unknown>;
  actorName: string | null;
};

const actionLabels: Record<string, string> = { create: "la til", update: "endret", delete: "fjernet" };
type FieldChange = { from: unknown; to: unknown } | undefined;
const statusWord = (status: unknown) => agreementStatusLabels[status as AgreementPointStatus].toLowerCase();

const areaName = (no: unknown) => areas.find((a) => a.no === no)?.name ?? "et område";
const scoreWord = (score: unknown) => scoreLabels[score as AreaScore]?.toLowerCase() ?? String(score);

/** One audit row in words: who did what to which thing. */
function describe(change: Change): string {
  const c = change.changes;
  switch (change.entity) {
    case "agreement_point": {
      const label = agreementPoints.find((p) => p.key === c.point)?.label ?? "et avtalepunkt";
      const status = c.status as FieldChange;
      return status
        ? `satte «${label}» fra ${statusWord(status.from)} til ${statusWord(status.to)}`
        : `endret merknaden til «${label}»`;
    }
    case "partnership_service": {
      const key = c.service as string;
      const name = (optionalServiceLabels as Record<string, string>)[key] ?? key;
      if (change.action === "create") return `la til tjenesten «${name}»`;
      if (change.action === "delete") return `fjernet tjenesten «${name}»`;
      const enabled = c.enabled as FieldChange;
      return enabled ? `${enabled.to ? "slo på" : "slo av"} «${name}»` : `endret «${name}»`;
    }
    case "partnership":
      return change.action === "create" ? "opprettet partnerskapet" : "endret opplysningene om partnerskapet";
    case "partnership_kommune":
      return "la til en kommune i partnerskapet";
    case "role_assignment":
      return "ga en person en rolle i partnerskapet";
    case "invitation":
      return "endret en invitasjon";
    case "assessment": {
      if (change.action === "create") return `startet mulighetsrom-vurderingen «${String(c.occasion)}»`;
      const status = c.status as FieldChange;
      if (status) return status.to === "closed" ? "avsluttet en mulighetsrom-vurdering" : "gjenåpnet en mulighetsrom-vurdering";
      return c.participantsAdded ? "inviterte flere til en mulighetsrom-vurdering" : "endret en mulighetsrom-vurdering";
    }
    case "assessment_participant":
      return "leverte svarene sine i en mulighetsrom-vurdering";
    case "assessment_area": {
      const name = areaName(c.areaNo);
      const status = c.status as FieldChange;
      if (status) return `satte felles status for «${name}» fra ${scoreWord(status.from)} til ${scoreWord(status.to)}`;
      const prioritised = c.prioritised as FieldChange;
      if (prioritised) return `${prioritised.to ? "prioriterte" : "fjernet prioriteringen av"} «${name}»`;
      if (c.main) return `endret hovedområdet («${name}»)`;
      return `endret beskrivelsen av «${name}»`;
    }
    case "development_plan":
      return change.action === "create"
        ? `lagde en utviklingsplan for «${areaName(c.areaNo)}»`
        : `endret utviklingsplanen for «${areaName(c.areaNo)}»`;
    case "development_action":
      return `${actionLabels[change.action] ?? "endret"} tiltaket «${String(c.text)}»`;
    case "business_plan":
      return describePlanChange(change);
    case "network_member":
      return describeNetworkMemberChange(change);
    case "meeting":
    case "agenda_item":
    case "meeting_decision":
    case "follow_up":
    case "minutes_correction":
      return describeMeetingChange(change);
    default:
      return `${actionLabels[change.action] ?? change.action} ${change.entity}`;
  }
}

/** The audit trail's latest entries, in words. */
export function RecentChanges({ changes }: { changes: Change[] }) {
  return (
    <section aria-labelledby="endringer-heading">
      <Heading id="endringer-heading" level="2" size="medium" spacing>
        Siste endringer
      </Heading>
      {changes.length === 0 ? (
        <BodyShort>Ingen endringer er gjort ennå. Alt som endres, logges her med hvem og når.</BodyShort>
      ) : (
        <ul className="m-0 list-none p-0 flex flex-col gap-2">
          {changes.map((c) => (
            <li key={c.id}>
              <BodyShort>
                {c.actorName ?? "Systemet"} {describe(c)}
              </BodyShort>
              <Detail className="text-ax-text-neutral-subtle">{formatDateTime(c.at)}</Detail>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Network invitations and memberships, named by the network as it was called then. */
function describeNetworkMemberChange(change: Change): string {
  const c = change.changes;
  const name = typeof c.networkName === "string" && c.networkName ? `nettverket «${c.networkName}»` : "et nettverk";
  const status = c.status as FieldChange;
  if (change.action === "create") return `inviterte partnerskapet til ${name}`;
  if (change.action === "delete") return `trakk tilbake invitasjonen til ${name}`;
  if (status?.to === "invitert") return `inviterte partnerskapet til ${name} på nytt`;
  if (status?.to === "medlem") return `takket ja til å bli med i ${name}`;
  if (status?.to === "avslatt") return `takket nei til invitasjonen til ${name}`;
  if (status?.to === "utmeldt") return `meldte partnerskapet ut av ${name}`;
  return `endret hva partnerskapet deler med ${name}`;
}

const planItemWords: Record<string, string> = {
  foundation: "et styringsdokument",
  focus_area: "et satsingsområde",
  goal: "et mål",
  activity: "en aktivitet",
  indicator: "en indikator",
  indicator_value: "en måling",
  comment: "en kommentar",
};

/** Virksomhetsplan audit rows: lifecycle steps first, then which kind of item changed. */
function describePlanChange(change: Change): string {
  const c = change.changes;
  if (c.decision === "godkjent") return "godkjente virksomhetsplanen";
  if (c.decision === "returnert") return "sendte virksomhetsplanen tilbake";
  const status = c.status as FieldChange | undefined;
  if (status && typeof status === "object" && !c.kind) {
    if (status.to === "til_godkjenning") return "sendte virksomhetsplanen til godkjenning";
    if (status.to === "publisert") return "publiserte virksomhetsplanen";
    if (status.to === "utkast") return "trakk virksomhetsplanen tilbake fra godkjenning";
  }
  if (change.action === "create" && typeof c.versionNo === "number") {
    return c.from ? `startet versjon ${c.versionNo} av virksomhetsplanen` : `lagde virksomhetsplanen for ${Number(c.year)}`;
  }
  const item = typeof c.kind === "string" ? planItemWords[c.kind] : undefined;
  if (item) return `${actionLabels[change.action] ?? "endret"} ${item} i virksomhetsplanen`;
  return "endret virksomhetsplanen";
}

/** A title or text in quotes; an edited one is logged as { from, to }, and the new text is shown. */
const quoted = (text: unknown) => {
  const shown = text && typeof text === "object" && "to" in text ? text.to : text;
  const value = typeof shown === "string" ? shown : "";
  return `«${value.length > 60 ? `${value.slice(0, 59)}…` : value}»`;
};
const followUpWords: Record<string, string> = { apen: "åpen", pagar: "pågår", lukket: "lukket" };

/** Partnerskapsmøter: the meeting's steps, then agenda items, decisions, follow-ups and corrections. */
function describeMeetingChange(change: Change): string {
  const c = change.changes;
  const status = c.status as FieldChange;
  switch (change.entity) {
    case "meeting": {
      if (change.action === "create") {
        return typeof c.date === "string" ? `planla et partnerskapsmøte ${c.date.split("-").reverse().map(Number).join(".")}` : "planla et partnerskapsmøte";
      }
      const minutes = c.minutesStatus as FieldChange;
      if (minutes?.to === "godkjent") return "godkjente referatet som siste deltaker, og referatet ble låst";
      if (minutes?.to === "til_godkjenning") return "sendte referatet fra et partnerskapsmøte til godkjenning";
      if (minutes?.to === "utkast") return "trakk referatet tilbake fra godkjenning";
      if (c.minutesApprovedBy) return "godkjente referatet fra et partnerskapsmøte";
      if (status?.to === "innkalt") return "sendte innkalling til et partnerskapsmøte";
      if (status?.to === "avlyst") return "avlyste et partnerskapsmøte";
      if (c.attendance) return "registrerte oppmøte på et partnerskapsmøte";
      return "endret et partnerskapsmøte";
    }
    case "agenda_item":
      if (c.minutes) return `skrev referat under ${quoted(c.title)}`;
      if (c.position) return `flyttet ${quoted(c.title)} på sakslisten`;
      return `${actionLabels[change.action] ?? "endret"} ${quoted(c.title)} ${change.action === "delete" ? "fra" : "på"} sakslisten`;
    case "meeting_decision":
      return `${actionLabels[change.action] ?? "endret"} et vedtak i et møtereferat`;
    case "follow_up":
      if (status) return `satte oppfølgingspunktet ${quoted(c.text)} til ${followUpWords[String(status.to)] ?? String(status.to)}`;
      return `${actionLabels[change.action] ?? "endret"} oppfølgingspunktet ${quoted(c.text)}`;
    case "minutes_correction":
      return "la til en rettelse i et godkjent møtereferat";
    default:
      return "endret et partnerskapsmøte";
  }
}
