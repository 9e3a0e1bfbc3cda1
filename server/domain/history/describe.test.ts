import { describe, expect, it } from "vitest";
import { describeChange, type AuditChange } from "./describe";
import { areaOf } from "./areas";

const say = (entity: string, action: AuditChange["action"], changes: Record<string, unknown> = {}) => describeChange({ entity, action, changes });

describe("describeChange", () => {
  it("tells the lederavtale's steps with the year", () => {
    expect(say("leader_agreement", "create", { year: 2027, versionNo: 1, basis: "forrige" })).toBe("lagde lederavtalen for 2027");
    expect(say("leader_agreement", "create", { year: 2026, versionNo: 2, amendmentOf: 1 })).toBe("startet en endring av lederavtalen for 2026 (versjon 2)");
    expect(say("leader_agreement", "update", { year: 2026, versionNo: 1, place: { from: "", to: "Grimstad" } })).toBe(
      "endret sted eller dato for signering av lederavtalen for 2026",
    );
    expect(say("leader_agreement", "update", { year: 2026, versionNo: 1, purpose: { from: "a", to: "b" } })).toBe("endret teksten i lederavtalen for 2026");
    expect(say("leader_agreement_signature", "create", { year: 2026, party: "kommune", complete: false })).toBe("signerte lederavtalen for 2026 for kommunen");
    expect(say("leader_agreement_signature", "create", { year: 2026, party: "kontor", complete: true })).toBe(
      "signerte lederavtalen for 2026 som Nav-leder, og avtalen er nå signert av alle",
    );
    expect(say("leader_agreement_signature", "update", { year: 2026, refused: "wrong_password" })).toBe(
      "prøvde å signere lederavtalen for 2026, men passordet var feil",
    );
    expect(say("leader_agreement_signature", "delete", { year: 2026 })).toBe("trakk tilbake signaturen sin på lederavtalen for 2026");
  });

  it("names a service the office added itself, and a standard one by its label", () => {
    expect(say("partnership_service", "create", { service: "Frisklivssentral", enabled: true })).toBe("la til tjenesten «Frisklivssentral»");
    expect(say("partnership_service", "delete", { service: "Frisklivssentral", enabled: true })).toBe("fjernet tjenesten «Frisklivssentral»");
    expect(say("partnership_service", "update", { service: "stottekontakt", enabled: { from: false, to: true } })).toBe("slo på «Støttekontakt»");
  });

  it("tells the årshjul's events by title", () => {
    expect(say("cycle_year", "create", { year: 2027, template: "fylke", events: 18 })).toBe("startet årshjulet for 2027 fra fylkets mal");
    expect(say("cycle_event", "create", { title: "Tertialrapport 1", year: 2027 })).toBe("la til hendelsen «Tertialrapport 1» i årshjulet for 2027");
    expect(say("cycle_event", "update", { title: "Budsjett", startDate: { from: "2027-01-01", to: "2027-01-11" } })).toBe("flyttet hendelsen «Budsjett» i årshjulet");
    expect(say("cycle_event", "update", { responsible: { from: "a", to: "b" } })).toBe("endret en hendelse i årshjulet");
    expect(say("cycle_event", "delete", { title: "Budsjett", year: 2027, fromTemplate: "budsjett" })).toBe(
      "fjernet hendelsen «Budsjett» fra årshjulet for 2027 (fra fylkets mal)",
    );
  });

  it("names the plan's items and the plan's own steps", () => {
    expect(say("business_plan", "create", { kind: "focus_area", title: "Samarbeid i regionen" })).toBe("la til satsingsområdet «Samarbeid i regionen» i virksomhetsplanen");
    expect(say("business_plan", "update", { kind: "activity", status: { from: "ikke_startet", to: "pagar" } })).toBe("satte status for en aktivitet til pågår");
    expect(say("business_plan", "update", { kind: "indicator_value", period: "2026-T1", value: { from: null, to: 29 } })).toBe(
      "registrerte en måling for 2026-T1 i virksomhetsplanen",
    );
    expect(say("business_plan", "update", { decision: "godkjent", year: 2026, comment: "" })).toBe("godkjente virksomhetsplanen for 2026");
    expect(say("business_plan", "update", { publicShowsNames: { from: false, to: true } })).toBe("valgte å vise navn i den offentlige versjonen av planen");
    expect(say("business_plan", "create", { kind: "comment", targetKind: "goal", body: "…" })).toBe("skrev en kommentar til virksomhetsplanen");
    expect(say("business_plan", "update", { kind: "import", activities: 3 })).toBe("importerte innhold i virksomhetsplanen fra et regneark");
    expect(say("business_plan", "update", { vision: { from: "", to: "Flere i arbeid" } })).toBe("endret opplysningene i virksomhetsplanen");
  });

  it("reads every audited entity as a Norwegian sentence, never as a code, also one it does not know", () => {
    const entities = [
      "agreement_point", "partnership_service", "partnership", "partnership_kommune", "role_assignment", "invitation",
      "assessment", "assessment_participant", "assessment_area", "development_plan", "development_action",
      "business_plan", "leader_agreement", "leader_agreement_signature", "cycle_event", "cycle_year",
      "network_member", "meeting", "agenda_item", "meeting_decision", "follow_up", "minutes_correction", "something_new",
    ];
    for (const entity of entities) {
      for (const action of ["create", "update", "delete"] as const) {
        const text = say(entity, action, { status: { from: "x_y", to: "z_w" } });
        expect(text, `${entity} ${action}`).toMatch(/^[a-zæøå]/);
        expect(text, `${entity} ${action}`).not.toMatch(/[a-z]_[a-z]|undefined|null|\[object/);
      }
    }
  });

  it("puts every entity the app audits for a partnership in an area", () => {
    expect(areaOf("follow_up")).toBe("moter");
    expect(areaOf("leader_agreement_signature")).toBe("lederavtale");
    expect(areaOf("cycle_year")).toBe("arshjul");
    expect(areaOf("network_member")).toBe("nettverk");
    expect(areaOf("something_new")).toBeNull();
  });
});

describe("describeChange in nynorsk", () => {
  const sayNn = (entity: string, action: AuditChange["action"], changes: Record<string, unknown> = {}) => describeChange({ entity, action, changes }, "nn");

  it("tells the same events in nynorsk, with the catalogue's names for roles and services", () => {
    expect(sayNn("leader_agreement", "create", { year: 2027, versionNo: 1, basis: "forrige" })).toBe("laga leiaravtalen for 2027");
    expect(sayNn("leader_agreement_signature", "create", { year: 2026, party: "kontor", complete: true })).toBe(
      "signerte leiaravtalen for 2026 som Nav-leiar, og avtalen er no signert av alle",
    );
    expect(sayNn("partnership_service", "update", { service: "bolig", enabled: { from: true, to: false } })).toBe("slo av «Bustadverkemiddel (Husbanken)»");
    expect(sayNn("role_assignment", "create", { role: "nav_leder" })).toBe("gav ein person rolla «Nav-leiar» i partnarskapet");
    expect(sayNn("something_new", "update")).toBe("gjorde ei endring i partnarskapet");
    expect(sayNn("kommune", "update", { malform: { from: "bokmal", to: "nynorsk" } })).toBe("endra målforma til ein kommune");
  });
});
