import { describe, expect, it } from "vitest";
import type { AuditEntry } from "~/server/domain/audit/record";
import { readAuditEvent, type AuditAction, type AuditEntity } from "./events";

/** What recordAudit accepts, without a database: the type checks below run under tsc. */
const written = <E extends AuditEntity, A extends AuditAction>(entry: AuditEntry<E, A>) => entry;

describe("audit event schemas", () => {
  it("read a written event back with its fields", () => {
    const entry = written({
      entityId: "v1",
      entity: "leader_agreement_signature",
      action: "create",
      changes: { year: 2026, versionNo: 1, party: "kommune", hash: "abc", complete: false },
    });
    expect(readAuditEvent(entry)).toEqual({
      entity: "leader_agreement_signature",
      action: "create",
      changes: { year: 2026, versionNo: 1, party: "kommune", hash: "abc", complete: false },
    });
  });

  it("keep the edited columns of a plan change, which tell a move from an edit", () => {
    const event = readAuditEvent({ entity: "business_plan", action: "update", changes: { kind: "goal", position: { from: 0, to: 1 }, goalId: "g" } });
    expect(event?.changes).toEqual({ kind: "goal", position: { from: 0, to: 1 }, goalId: "g" });
  });

  it("read a field that is missing or in another shape as absent, and keep the rest of the row", () => {
    expect(readAuditEvent({ entity: "cycle_event", action: "create", changes: { title: 7, year: 2027 } })).toEqual({
      entity: "cycle_event",
      action: "create",
      changes: { title: undefined, year: 2027 },
    });
    expect(readAuditEvent({ entity: "agreement_point", action: "update", changes: { point: "lokalisering", status: { from: "x", to: "y" } } })?.changes).toEqual({
      point: "lokalisering",
      status: undefined,
    });
    expect(readAuditEvent({ entity: "follow_up", action: "create", changes: { meetingId: "m", text: "Avklare bemanningen" } })).not.toBeNull();
  });

  it("know no event for an unknown entity, an action the entity never has, or changes that are not an object", () => {
    expect(readAuditEvent({ entity: "something_new", action: "create", changes: {} })).toBeNull();
    expect(readAuditEvent({ entity: "minutes_correction", action: "delete", changes: { meetingId: "m", text: "x" } })).toBeNull();
    expect(readAuditEvent({ entity: "meeting", action: "update", changes: "not json object" })).toBeNull();
    expect(readAuditEvent({ entity: "business_plan", action: "update", changes: [1, 2] })).toBeNull();
  });

  it("read a row without changes as one with none", () => {
    expect(readAuditEvent({ entity: "partnership", action: "update", changes: null })).toEqual({ entity: "partnership", action: "update", changes: {} });
  });

  it("refuse a wrong shape where the event is written", () => {
    const base = { entityId: "x" } as const;
    // @ts-expect-error the year is a number
    written({ ...base, entity: "leader_agreement", action: "create", changes: { year: "2026", versionNo: 1 } });
    // @ts-expect-error every lederavtale row names its year
    written({ ...base, entity: "leader_agreement", action: "create", changes: { versionNo: 1 } });
    // @ts-expect-error a lederavtale is never deleted
    written({ ...base, entity: "leader_agreement", action: "delete", changes: { year: 2026, versionNo: 1 } });
    // @ts-expect-error a misspelt field
    written({ ...base, entity: "meeting", action: "update", changes: { staus: { from: "planlagt", to: "innkalt" } } });
    // @ts-expect-error an entity with no events
    written({ ...base, entity: "something_new", action: "update", changes: {} });
    expect(written({ ...base, entity: "meeting", action: "update", changes: { status: { from: "planlagt", to: "innkalt" } } }).entity).toBe("meeting");
  });
});
