/**
 * The one place an audit row becomes words: «Siste endringer» on the overview, the full
 * history page and each object's own history all call describeChange. It must return a
 * Norwegian sentence for every row, also for entities added later (never a raw code).
 */
import { roleInfo, type Role } from "~/server/domain/access/roles";
import { areas, scoreLabels, type AreaScore } from "~/server/domain/mulighetsrom/areas";
import {
  agreementPoints,
  agreementStatusLabels,
  optionalServiceLabels,
  type AgreementPointStatus,
} from "~/server/domain/partnership/catalogue";

export interface AuditChange {
  entity: string;
  action: string;
  changes: Record<string, unknown>;
}

type FieldChange = { from: unknown; to: unknown } | undefined;

const actionLabels: Record<string, string> = { create: "la til", update: "endret", delete: "fjernet" };
const actionWord = (action: string) => actionLabels[action] ?? "endret";

const fieldChange = (value: unknown): FieldChange =>
  value && typeof value === "object" && "from" in value && "to" in value ? (value) : undefined;

const statusWord = (status: unknown) =>
  agreementStatusLabels[status as AgreementPointStatus]?.toLowerCase() ?? "ukjent status";
const areaName = (no: unknown) => areas.find((a) => a.no === no)?.name ?? "et område";
const scoreWord = (score: unknown) => scoreLabels[score as AreaScore]?.toLowerCase() ?? "ukjent status";

/** A title or text in quotes; an edited one is logged as { from, to }, and the new text is shown. */
const quoted = (text: unknown) => {
  const shown = fieldChange(text)?.to ?? text;
  const value = typeof shown === "string" ? shown : "";
  return `«${value.length > 60 ? `${value.slice(0, 59)}…` : value}»`;
};
const hasText = (text: unknown) => {
  const shown = fieldChange(text)?.to ?? text;
  return typeof shown === "string" && shown.trim() !== "";
};
const yearOf = (c: Record<string, unknown>) => (typeof c.year === "number" ? ` for ${c.year}` : "");
const isoToNorwegian = (date: string) => date.split("-").reverse().map(Number).join(".");

/** One audit row in words, without the actor: "la til tjenesten «Flyktningtjenesten»". */
export function describeChange(change: AuditChange): string {
  const c = change.changes ?? {};
  switch (change.entity) {
    case "agreement_point": {
      const label = agreementPoints.find((p) => p.key === c.point)?.label ?? "et avtalepunkt";
      const status = fieldChange(c.status);
      return status
        ? `satte «${label}» fra ${statusWord(status.from)} til ${statusWord(status.to)}`
        : `endret merknaden til «${label}»`;
    }
    case "partnership_service": {
      // `service` is the catalogue key of a standard service, or the name of one the office added.
      const key = typeof c.service === "string" && c.service !== "" ? c.service : null;
      const name = (key && (optionalServiceLabels as Record<string, string>)[key]) ?? key ?? (typeof c.name === "string" ? c.name : "en tjeneste");
      if (change.action === "create") return `la til tjenesten «${name}»`;
      if (change.action === "delete") return `fjernet tjenesten «${name}»`;
      const enabled = fieldChange(c.enabled);
      return enabled ? `${enabled.to ? "slo på" : "slo av"} «${name}»` : `endret «${name}»`;
    }
    case "partnership":
      return change.action === "create" ? "opprettet partnerskapet" : "endret opplysningene om partnerskapet";
    case "partnership_kommune":
      return "la til en kommune i partnerskapet";
    case "role_assignment": {
      const role = roleInfo[c.role as Role]?.label;
      if (change.action === "delete") return "tok bort en persons rolle i partnerskapet";
      return role ? `ga en person rollen «${role}» i partnerskapet` : "ga en person en rolle i partnerskapet";
    }
    case "invitation": {
      const role = roleInfo[c.role as Role]?.label;
      if (change.action === "create") return role ? `inviterte en person som «${role}»` : "inviterte en person til partnerskapet";
      if (c.acceptedAt) return "tok imot invitasjonen og ble med i partnerskapet";
      if (c.revokedAt) return "trakk tilbake en invitasjon";
      return "endret en invitasjon";
    }
    case "assessment":
    case "assessment_participant":
    case "assessment_area":
    case "development_plan":
    case "development_action":
      return describeMulighetsromChange(change);
    case "business_plan":
      return describePlanChange(change);
    case "leader_agreement":
    case "leader_agreement_signature":
      return describeAgreementChange(change);
    case "cycle_event":
    case "cycle_year":
      return describeCycleChange(change);
    case "network_member":
      return describeNetworkMemberChange(change);
    case "meeting":
    case "agenda_item":
    case "meeting_decision":
    case "follow_up":
    case "minutes_correction":
      return describeMeetingChange(change);
    default:
      return change.action === "create" ? "la til noe i partnerskapet" : change.action === "delete" ? "fjernet noe i partnerskapet" : "gjorde en endring i partnerskapet";
  }
}

function describeMulighetsromChange(change: AuditChange): string {
  const c = change.changes;
  switch (change.entity) {
    case "assessment": {
      if (change.action === "create") {
        return c.fromWorkshop
          ? `tok med selvvurderingen fra en samling som ny mulighetsrom-vurdering ${quoted(c.occasion)}`
          : `startet mulighetsrom-vurderingen ${quoted(c.occasion)}`;
      }
      const status = fieldChange(c.status);
      if (status) return status.to === "closed" ? "avsluttet en mulighetsrom-vurdering" : "gjenåpnet en mulighetsrom-vurdering";
      if (c.participantsAdded) return "inviterte flere til en mulighetsrom-vurdering";
      if (c.heldOn || c.occasion) return "endret dato eller anledning for en mulighetsrom-vurdering";
      return "endret en mulighetsrom-vurdering";
    }
    case "assessment_participant":
      return fieldChange(c.submitted)?.from ? "leverte svarene sine på nytt i en mulighetsrom-vurdering" : "leverte svarene sine i en mulighetsrom-vurdering";
    case "assessment_area": {
      const name = areaName(c.areaNo);
      const status = fieldChange(c.status);
      if (status) return `satte felles status for «${name}» fra ${scoreWord(status.from)} til ${scoreWord(status.to)}`;
      const prioritised = fieldChange(c.prioritised);
      if (prioritised) return `${prioritised.to ? "prioriterte" : "fjernet prioriteringen av"} «${name}»`;
      const considered = fieldChange(c.considered);
      if (considered) return `${considered.to ? "tok med" : "tok bort"} «${name}» blant områdene som vurderes`;
      if (c.main) return `endret hovedområdet («${name}»)`;
      return `endret beskrivelsen av «${name}»`;
    }
    case "development_plan":
      return change.action === "create"
        ? `lagde en utviklingsplan for «${areaName(c.areaNo)}»`
        : `endret utviklingsplanen for «${areaName(c.areaNo)}»`;
    default: {
      if (c.moved) return `flyttet tiltaket ${quoted(c.text)} i utviklingsplanen`;
      const status = fieldChange(c.status);
      if (status) return `satte tiltaket ${quoted(c.text)} til ${actionStatusWords[String(status.to)] ?? "en ny status"}`;
      return `${actionWord(change.action)} tiltaket ${quoted(c.text)}`;
    }
  }
}

const actionStatusWords: Record<string, string> = {
  ikke_startet: "ikke startet",
  pagar: "pågår",
  fullfort: "fullført",
  utsatt: "utsatt",
};

/** Network invitations and memberships, named by the network as it was called then. */
function describeNetworkMemberChange(change: AuditChange): string {
  const c = change.changes;
  const name = typeof c.networkName === "string" && c.networkName ? `nettverket «${c.networkName}»` : "et nettverk";
  const status = fieldChange(c.status);
  if (change.action === "create") return `inviterte partnerskapet til ${name}`;
  if (change.action === "delete") return `trakk tilbake invitasjonen til ${name}`;
  if (status?.to === "invitert") return `inviterte partnerskapet til ${name} på nytt`;
  if (status?.to === "medlem") return `takket ja til å bli med i ${name}`;
  if (status?.to === "avslatt") return `takket nei til invitasjonen til ${name}`;
  if (status?.to === "utmeldt") return `meldte partnerskapet ut av ${name}`;
  return `endret hva partnerskapet deler med ${name}`;
}

const planItemWords: Record<string, { indefinite: string; definite: string }> = {
  foundation: { indefinite: "et styringsdokument", definite: "styringsdokumentet" },
  focus_area: { indefinite: "et satsingsområde", definite: "satsingsområdet" },
  goal: { indefinite: "et mål", definite: "målet" },
  activity: { indefinite: "en aktivitet", definite: "aktiviteten" },
  indicator: { indefinite: "en indikator", definite: "indikatoren" },
};
const planItemName = (c: Record<string, unknown>) => [c.title, c.text, c.name].find(hasText);

/** Virksomhetsplan audit rows: lifecycle steps first, then which kind of item changed. */
function describePlanChange(change: AuditChange): string {
  const c = change.changes;
  if (c.decision === "godkjent") return `godkjente virksomhetsplanen${yearOf(c)}`;
  if (c.decision === "returnert") return `sendte virksomhetsplanen${yearOf(c)} tilbake`;
  const status = fieldChange(c.status);
  if (status && !c.kind) {
    if (status.to === "til_godkjenning") return "sendte virksomhetsplanen til godkjenning";
    if (status.to === "publisert") return "publiserte virksomhetsplanen";
    if (status.to === "utkast") return "trakk virksomhetsplanen tilbake fra godkjenning";
  }
  if (change.action === "create" && typeof c.versionNo === "number") {
    return c.from ? `startet versjon ${c.versionNo} av virksomhetsplanen` : `lagde virksomhetsplanen for ${Number(c.year)}`;
  }
  const showsNames = fieldChange(c.publicShowsNames);
  if (showsNames) return showsNames.to ? "valgte å vise navn i den offentlige versjonen av planen" : "valgte å skjule navn i den offentlige versjonen av planen";
  if (c.kind === "import") return "importerte innhold i virksomhetsplanen fra et regneark";
  if (c.kind === "comment") {
    if (change.action === "create") return "skrev en kommentar til virksomhetsplanen";
    if (c.resolved === true) return "markerte en kommentar til virksomhetsplanen som løst";
    if (c.resolved === false) return "åpnet en kommentar til virksomhetsplanen igjen";
    return "endret en kommentar til virksomhetsplanen";
  }
  if (c.kind === "indicator_value") {
    const value = fieldChange(c.value);
    const period = typeof c.period === "string" ? ` for ${c.period}` : "";
    return value?.to === null ? `fjernet en måling${period} i virksomhetsplanen` : `registrerte en måling${period} i virksomhetsplanen`;
  }
  const item = typeof c.kind === "string" ? planItemWords[c.kind] : undefined;
  if (item) {
    const name = planItemName(c);
    const which = name ? `${item.definite} ${quoted(name)}` : item.indefinite;
    if (c.kind === "activity" && fieldChange(c.status) && !name) {
      return `satte status for en aktivitet til ${actionStatusWords[String(fieldChange(c.status)!.to)] ?? "en ny status"}`;
    }
    if (fieldChange(c.position) && Object.keys(c).every((k) => ["kind", "position", "goalId", "focusAreaId", "versionId", "versionNo"].includes(k))) {
      return `flyttet ${which} i virksomhetsplanen`;
    }
    return `${actionWord(change.action)} ${which} i virksomhetsplanen`;
  }
  return "endret opplysningene i virksomhetsplanen";
}

const partyWords: Record<string, string> = { kontor: "som Nav-leder", kommune: "for kommunen", stat: "for Nav fylke" };

/** Lederavtalen: drafts, edits, amendments and signatures, with the year they belong to. */
function describeAgreementChange(change: AuditChange): string {
  const c = change.changes;
  const year = yearOf(c);
  if (change.entity === "leader_agreement_signature") {
    if (change.action === "delete") return `trakk tilbake signaturen sin på lederavtalen${year}`;
    if (c.refused) return `prøvde å signere lederavtalen${year}, men passordet var feil`;
    const party = typeof c.party === "string" && partyWords[c.party] ? ` ${partyWords[c.party]}` : "";
    return c.complete ? `signerte lederavtalen${year}${party}, og avtalen er nå signert av alle` : `signerte lederavtalen${year}${party}`;
  }
  if (change.action === "create") {
    if (c.amendmentOf) return `startet en endring av lederavtalen${year} (versjon ${Number(c.versionNo)})`;
    return `lagde lederavtalen${year}`;
  }
  if (c.place || c.signingDate) return `endret sted eller dato for signering av lederavtalen${year}`;
  return `endret teksten i lederavtalen${year}`;
}

/** Årshjulet: the year started from a template, and its events. */
function describeCycleChange(change: AuditChange): string {
  const c = change.changes;
  if (change.entity === "cycle_year") {
    return c.template === "fylke" ? `startet årshjulet${yearOf(c)} fra fylkets mal` : `startet årshjulet${yearOf(c)}`;
  }
  const fromTemplate = c.fromTemplate ? " (fra fylkets mal)" : "";
  const name = hasText(c.title) ? `hendelsen ${quoted(c.title)}` : "en hendelse";
  if (change.action === "create") return `la til ${name} i årshjulet${yearOf(c)}`;
  if (change.action === "delete") return `fjernet ${name} fra årshjulet${yearOf(c)}${fromTemplate}`;
  if (fieldChange(c.startDate) || fieldChange(c.endDate) || fieldChange(c.month)) return `flyttet ${name} i årshjulet${fromTemplate}`;
  return `endret ${name} i årshjulet${fromTemplate}`;
}

const followUpWords: Record<string, string> = { apen: "åpen", pagar: "pågår", lukket: "lukket" };

/** Partnerskapsmøter: the meeting's steps, then agenda items, decisions, follow-ups and corrections. */
function describeMeetingChange(change: AuditChange): string {
  const c = change.changes;
  const status = fieldChange(c.status);
  switch (change.entity) {
    case "meeting": {
      if (change.action === "create") {
        return typeof c.date === "string" ? `planla et partnerskapsmøte ${isoToNorwegian(c.date)}` : "planla et partnerskapsmøte";
      }
      const minutes = fieldChange(c.minutesStatus);
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
      return `${actionWord(change.action)} ${quoted(c.title)} ${change.action === "delete" ? "fra" : "på"} sakslisten`;
    case "meeting_decision":
      return `${actionWord(change.action)} et vedtak i et møtereferat`;
    case "follow_up":
      if (status) return `satte oppfølgingspunktet ${quoted(c.text)} til ${followUpWords[String(status.to)] ?? "en ny status"}`;
      return `${actionWord(change.action)} oppfølgingspunktet ${quoted(c.text)}`;
    default:
      return "la til en rettelse i et godkjent møtereferat";
  }
}
