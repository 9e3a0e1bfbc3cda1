/**
 * The one place an audit row becomes words: «Siste endringer» on the overview, the full
 * history page and each object's own history all call describeChange. The row is read through
 * the event schemas (server/domain/audit/events.ts); a row of no known type still gets a
 * Norwegian sentence, never a raw code.
 */
import { roleInfo } from "~/lib/roles";
import { areas, scoreLabels, type AreaScore } from "~/lib/mulighetsrom/areas";
import { agreementPoints, agreementStatusLabels, optionalServiceLabels, type AgreementPointStatus } from "~/lib/partnership/catalogue";
import { readAuditEvent, type AuditAction, type AuditEvent, type StoredAuditRow } from "~/server/domain/audit/events";

/** A stored audit row, as the history page and the overview read it. */
export type AuditChange = StoredAuditRow;

type EventOf<E extends AuditEvent["entity"]> = Extract<AuditEvent, { entity: E }>;
type Text = string | { from: string; to: string } | undefined;

/** One audit row in words, without the actor: "la til tjenesten «Flyktningtjenesten»". */
export function describeChange(row: AuditChange): string {
  const event = readAuditEvent(row);
  return event ? describeEvent(event) : somethingChanged(row.action);
}

/** For rows of no known type, and for events no partnership's history tells apart. */
function somethingChanged(action: string): string {
  if (action === "create") return "la til noe i partnerskapet";
  if (action === "delete") return "fjernet noe i partnerskapet";
  return "gjorde en endring i partnerskapet";
}

const actionWords: Record<AuditAction, string> = { create: "la til", update: "endret", delete: "fjernet" };

/** A title or text in quotes; an edited one is shown with its new text. */
const shownText = (text: Text) => (typeof text === "string" ? text : (text?.to ?? ""));
const quoted = (text: Text) => {
  const value = shownText(text);
  return `«${value.length > 60 ? `${value.slice(0, 59)}…` : value}»`;
};
const hasText = (text: Text) => shownText(text).trim() !== "";
const yearOf = (year: number | undefined) => (year !== undefined ? ` for ${year}` : "");
const isoToNorwegian = (date: string) => date.split("-").reverse().map(Number).join(".");

const statusWord = (status: AgreementPointStatus) => agreementStatusLabels[status].toLowerCase();
const areaName = (no: number | undefined) => areas.find((a) => a.no === no)?.name ?? "et område";
const scoreWord = (score: AreaScore) => scoreLabels[score].toLowerCase();
const serviceLabels = new Map<string, string>(Object.entries(optionalServiceLabels));
const actionStatusWords = new Map([
  ["ikke_startet", "ikke startet"],
  ["pagar", "pågår"],
  ["fullfort", "fullført"],
  ["utsatt", "utsatt"],
]);
const actionStatusWord = (status: string) => actionStatusWords.get(status) ?? "en ny status";
const followUpWords = { apen: "åpen", pagar: "pågår", lukket: "lukket" } as const;
const partyWords = { kontor: "som Nav-leder", kommune: "for kommunen", stat: "for Nav fylke" } as const;

export function describeEvent(event: AuditEvent): string {
  switch (event.entity) {
    case "partnership":
      return event.action === "create" ? "opprettet partnerskapet" : "endret opplysningene om partnerskapet";
    case "partnership_kommune":
      return "la til en kommune i partnerskapet";
    case "agreement_point": {
      const { point, status } = event.changes;
      const label = agreementPoints.find((p) => p.key === point)?.label ?? "et avtalepunkt";
      return status ? `satte «${label}» fra ${statusWord(status.from)} til ${statusWord(status.to)}` : `endret merknaden til «${label}»`;
    }
    case "partnership_service":
      return describeService(event);
    case "role_assignment": {
      const { role } = event.changes;
      return role ? `ga en person rollen «${roleInfo[role].label}» i partnerskapet` : "ga en person en rolle i partnerskapet";
    }
    case "invitation": {
      if (event.action === "create") {
        const { role } = event.changes;
        return role ? `inviterte en person som «${roleInfo[role].label}»` : "inviterte en person til partnerskapet";
      }
      if (event.changes.acceptedAt) return "tok imot invitasjonen og ble med i partnerskapet";
      if (event.changes.revokedAt) return "trakk tilbake en invitasjon";
      return "endret en invitasjon";
    }
    case "assessment":
      return describeAssessment(event);
    case "assessment_participant":
      return event.changes.submitted?.from ? "leverte svarene sine på nytt i en mulighetsrom-vurdering" : "leverte svarene sine i en mulighetsrom-vurdering";
    case "assessment_area":
      return describeAssessmentArea(event);
    case "development_plan":
      return event.action === "create"
        ? `lagde en utviklingsplan for «${areaName(event.changes.areaNo)}»`
        : `endret utviklingsplanen for «${areaName(event.changes.areaNo)}»`;
    case "development_action":
      return describeDevelopmentAction(event);
    case "business_plan":
      return describePlan(event);
    case "leader_agreement":
      return describeAgreement(event);
    case "leader_agreement_signature":
      return describeSignature(event);
    case "cycle_year": {
      const { template, year } = event.changes;
      return template === "fylke" ? `startet årshjulet${yearOf(year)} fra fylkets mal` : `startet årshjulet${yearOf(year)}`;
    }
    case "cycle_event":
      return describeCycleEvent(event);
    case "network_member":
      return describeNetworkMember(event);
    case "meeting":
      return describeMeeting(event);
    case "agenda_item":
      return describeAgendaItem(event);
    case "meeting_decision":
      return `${actionWords[event.action]} et vedtak i et møtereferat`;
    case "follow_up": {
      const { text } = event.changes;
      if (event.action === "update" && event.changes.status) {
        return `satte oppfølgingspunktet ${quoted(text)} til ${followUpWords[event.changes.status.to]}`;
      }
      return `${actionWords[event.action]} oppfølgingspunktet ${quoted(text)}`;
    }
    case "minutes_correction":
      return "la til en rettelse i et godkjent møtereferat";
    // Global (no partnership): the administrator's people list.
    case "user": {
      const { deactivatedAt, language } = event.changes;
      if (language) return language.to === "nn" ? "valgte nynorsk" : language.to === "nb" ? "valgte bokmål" : "lot språket følge kommunens målform";
      if (!deactivatedAt) return "endret kontoen til en person";
      return deactivatedAt.to === null ? "aktiverte kontoen til en person igjen" : "deaktiverte kontoen til en person";
    }
    case "kommune":
      return "endret målformen til en kommune";
    // Audited, but not part of a partnership's history (private answers, the fylke's template,
    // calendars, networks and samlinger).
    case "assessment_answer":
    case "cycle_template_event":
    case "calendar_token":
    case "network":
    case "network_facilitator":
    case "gathering":
    case "programme_item":
    case "workshop_task":
    case "workshop_answer":
    case "workshop_participant":
    case "expectation_theme":
      return somethingChanged(event.action);
  }
}

/** A standard service by its label, one the office added by its name. */
function describeService(event: EventOf<"partnership_service">): string {
  const { service, name: olderName } = event.changes;
  const key = service ? service : null;
  const name = (key ? serviceLabels.get(key) : undefined) ?? key ?? olderName ?? "en tjeneste";
  if (event.action === "create") return `la til tjenesten «${name}»`;
  if (event.action === "delete") return `fjernet tjenesten «${name}»`;
  const { enabled } = event.changes;
  return enabled ? `${enabled.to ? "slo på" : "slo av"} «${name}»` : `endret «${name}»`;
}

function describeAssessment(event: EventOf<"assessment">): string {
  if (event.action === "create") {
    const { fromWorkshop, occasion } = event.changes;
    return fromWorkshop
      ? `tok med selvvurderingen fra en samling som ny mulighetsrom-vurdering ${quoted(occasion)}`
      : `startet mulighetsrom-vurderingen ${quoted(occasion)}`;
  }
  const c = event.changes;
  if (c.status) return c.status.to === "closed" ? "avsluttet en mulighetsrom-vurdering" : "gjenåpnet en mulighetsrom-vurdering";
  if (c.participantsAdded) return "inviterte flere til en mulighetsrom-vurdering";
  if (c.heldOn || c.occasion) return "endret dato eller anledning for en mulighetsrom-vurdering";
  return "endret en mulighetsrom-vurdering";
}

function describeAssessmentArea(event: EventOf<"assessment_area">): string {
  const c = event.changes;
  const name = areaName(c.areaNo);
  if (c.status) return `satte felles status for «${name}» fra ${scoreWord(c.status.from)} til ${scoreWord(c.status.to)}`;
  if (c.prioritised) return `${c.prioritised.to ? "prioriterte" : "fjernet prioriteringen av"} «${name}»`;
  if (c.considered) return `${c.considered.to ? "tok med" : "tok bort"} «${name}» blant områdene som vurderes`;
  if (c.main) return `endret hovedområdet («${name}»)`;
  return `endret beskrivelsen av «${name}»`;
}

function describeDevelopmentAction(event: EventOf<"development_action">): string {
  if (event.action !== "update") return `${actionWords[event.action]} tiltaket ${quoted(event.changes.text)}`;
  const { text, moved, status } = event.changes;
  if (moved) return `flyttet tiltaket ${quoted(text)} i utviklingsplanen`;
  if (status) return `satte tiltaket ${quoted(text)} til ${actionStatusWord(status.to)}`;
  return `endret tiltaket ${quoted(text)}`;
}

const planItemWords = {
  foundation: { indefinite: "et styringsdokument", definite: "styringsdokumentet" },
  focus_area: { indefinite: "et satsingsområde", definite: "satsingsområdet" },
  goal: { indefinite: "et mål", definite: "målet" },
  activity: { indefinite: "en aktivitet", definite: "aktiviteten" },
  indicator: { indefinite: "en indikator", definite: "indikatoren" },
} as const;
/** The fields a move writes; an update with any other field changed more than the place. */
const moveFields = new Set(["kind", "position", "goalId", "focusAreaId", "versionId", "versionNo"]);

/** Virksomhetsplan rows: lifecycle steps first, then which kind of item changed. */
function describePlan(event: EventOf<"business_plan">): string {
  const c = event.changes;
  if (c.decision === "godkjent") return `godkjente virksomhetsplanen${yearOf(c.year)}`;
  if (c.decision === "returnert") return `sendte virksomhetsplanen${yearOf(c.year)} tilbake`;
  if (c.status && !c.kind) {
    if (c.status.to === "til_godkjenning") return "sendte virksomhetsplanen til godkjenning";
    if (c.status.to === "publisert") return "publiserte virksomhetsplanen";
    if (c.status.to === "utkast") return "trakk virksomhetsplanen tilbake fra godkjenning";
  }
  if (event.action === "create" && c.versionNo !== undefined) {
    return c.from ? `startet versjon ${c.versionNo} av virksomhetsplanen` : `lagde virksomhetsplanen${yearOf(c.year)}`;
  }
  if (c.publicShowsNames) {
    return c.publicShowsNames.to ? "valgte å vise navn i den offentlige versjonen av planen" : "valgte å skjule navn i den offentlige versjonen av planen";
  }
  if (c.kind === "import") return "importerte innhold i virksomhetsplanen fra et regneark";
  if (c.kind === "comment") {
    if (event.action === "create") return "skrev en kommentar til virksomhetsplanen";
    if (c.resolved === true) return "markerte en kommentar til virksomhetsplanen som løst";
    if (c.resolved === false) return "åpnet en kommentar til virksomhetsplanen igjen";
    return "endret en kommentar til virksomhetsplanen";
  }
  if (c.kind === "indicator_value") {
    const period = c.period !== undefined ? ` for ${c.period}` : "";
    return c.value?.to === null ? `fjernet en måling${period} i virksomhetsplanen` : `registrerte en måling${period} i virksomhetsplanen`;
  }
  if (c.kind === undefined) return "endret opplysningene i virksomhetsplanen";
  const item = planItemWords[c.kind];
  const name = [c.title, c.text, c.name].find(hasText);
  const which = name ? `${item.definite} ${quoted(name)}` : item.indefinite;
  if (c.kind === "activity" && c.status && !name) return `satte status for en aktivitet til ${actionStatusWord(c.status.to)}`;
  if (typeof c.position === "object" && Object.keys(c).every((key) => moveFields.has(key))) return `flyttet ${which} i virksomhetsplanen`;
  return `${actionWords[event.action]} ${which} i virksomhetsplanen`;
}

/** Lederavtalen: drafts, edits and amendments, with the year they belong to. */
function describeAgreement(event: EventOf<"leader_agreement">): string {
  const year = yearOf(event.changes.year);
  if (event.action === "create") {
    const { amendmentOf, versionNo } = event.changes;
    if (amendmentOf) return `startet en endring av lederavtalen${year}${versionNo !== undefined ? ` (versjon ${versionNo})` : ""}`;
    return `lagde lederavtalen${year}`;
  }
  const { place, signingDate } = event.changes;
  return place || signingDate ? `endret sted eller dato for signering av lederavtalen${year}` : `endret teksten i lederavtalen${year}`;
}

function describeSignature(event: EventOf<"leader_agreement_signature">): string {
  const year = yearOf(event.changes.year);
  if (event.action === "delete") return `trakk tilbake signaturen sin på lederavtalen${year}`;
  if (event.action === "update") return event.changes.refused ? `prøvde å signere lederavtalen${year}, men passordet var feil` : `signerte lederavtalen${year}`;
  const { party, complete } = event.changes;
  const as = party ? ` ${partyWords[party]}` : "";
  return complete ? `signerte lederavtalen${year}${as}, og avtalen er nå signert av alle` : `signerte lederavtalen${year}${as}`;
}

/** Årshjulet's events, by title; a template's change that reached the copy says so. */
function describeCycleEvent(event: EventOf<"cycle_event">): string {
  const name = hasText(event.changes.title) ? `hendelsen ${quoted(event.changes.title)}` : "en hendelse";
  if (event.action === "create") return `la til ${name} i årshjulet${yearOf(event.changes.year)}`;
  const fromTemplate = event.changes.fromTemplate ? " (fra fylkets mal)" : "";
  if (event.action === "delete") return `fjernet ${name} fra årshjulet${yearOf(event.changes.year)}${fromTemplate}`;
  const { startDate, endDate, month } = event.changes;
  if (startDate || endDate || month) return `flyttet ${name} i årshjulet${fromTemplate}`;
  return `endret ${name} i årshjulet${fromTemplate}`;
}

/** Network invitations and memberships, named by the network as it was called then. */
function describeNetworkMember(event: EventOf<"network_member">): string {
  const { networkName, status } = event.changes;
  const name = networkName ? `nettverket «${networkName}»` : "et nettverk";
  if (event.action === "create") return `inviterte partnerskapet til ${name}`;
  if (event.action === "delete") return `trakk tilbake invitasjonen til ${name}`;
  const to = typeof status === "object" ? status.to : undefined;
  if (to === "invitert") return `inviterte partnerskapet til ${name} på nytt`;
  if (to === "medlem") return `takket ja til å bli med i ${name}`;
  if (to === "avslatt") return `takket nei til invitasjonen til ${name}`;
  if (to === "utmeldt") return `meldte partnerskapet ut av ${name}`;
  return `endret hva partnerskapet deler med ${name}`;
}

/** Partnerskapsmøtet's steps: planned, invited, minutes sent, approved and locked, cancelled. */
function describeMeeting(event: EventOf<"meeting">): string {
  if (event.action === "create") {
    const { date } = event.changes;
    return date !== undefined ? `planla et partnerskapsmøte ${isoToNorwegian(date)}` : "planla et partnerskapsmøte";
  }
  const c = event.changes;
  if (c.minutesStatus?.to === "godkjent") return "godkjente referatet som siste deltaker, og referatet ble låst";
  if (c.minutesStatus?.to === "til_godkjenning") return "sendte referatet fra et partnerskapsmøte til godkjenning";
  if (c.minutesStatus?.to === "utkast") return "trakk referatet tilbake fra godkjenning";
  if (c.minutesApprovedBy) return "godkjente referatet fra et partnerskapsmøte";
  if (c.status?.to === "innkalt") return "sendte innkalling til et partnerskapsmøte";
  if (c.status?.to === "avlyst") return "avlyste et partnerskapsmøte";
  if (c.attendance) return "registrerte oppmøte på et partnerskapsmøte";
  return "endret et partnerskapsmøte";
}

function describeAgendaItem(event: EventOf<"agenda_item">): string {
  const { title } = event.changes;
  switch (event.action) {
    case "create":
      return `la til ${quoted(title)} på sakslisten`;
    case "update":
      if (event.changes.minutes) return `skrev referat under ${quoted(title)}`;
      if (event.changes.position) return `flyttet ${quoted(title)} på sakslisten`;
      return `endret ${quoted(title)} på sakslisten`;
    case "delete":
      // Told like this since the first history: a removed item that had minutes reads as its minutes.
      if (event.changes.minutes) return `skrev referat under ${quoted(title)}`;
      return `fjernet ${quoted(title)} fra sakslisten`;
  }
}
