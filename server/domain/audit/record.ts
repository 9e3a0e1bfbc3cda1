import { auditEvent } from "~/db/schema";
import type { Executor } from "~/db/connection";
import type { AuditAction, AuditChanges, AuditEntity } from "~/server/domain/audit/events";

export type { AuditAction, AuditActionOf, AuditChanges, AuditChangesWithout, AuditEntity } from "~/server/domain/audit/events";

export interface Actor {
  userId: string;
}

/** One audit row: an event from server/domain/audit/events.ts, and where it belongs. */
export interface AuditEntry<E extends AuditEntity, A extends AuditAction> {
  partnershipId?: string | null;
  fylkeId?: string | null;
  entity: E;
  entityId: string;
  action: A;
  changes: AuditChanges<E, A>;
}

/** Writes one audit row. Call it inside the transaction that makes the change. */
export function recordAudit<E extends AuditEntity, A extends AuditAction>(tx: Executor, actor: Actor | null, entry: AuditEntry<E, A>): void {
  tx.insert(auditEvent)
    .values({
      actorUserId: actor?.userId ?? null,
      partnershipId: entry.partnershipId ?? null,
      fylkeId: entry.fylkeId ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      changes: entry.changes,
    })
    .run();
}

/** The fields whose value differs, as { field: { from, to } }, typed by the row's columns. */
export function diffFields<T extends Record<string, unknown>, A extends Partial<T>>(
  before: T,
  after: A,
): { [K in keyof A & keyof T]?: { from: T[K]; to: T[K] } } {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[key];
    if (!Object.is(from, to)) changes[key] = { from, to };
  }
  return changes as { [K in keyof A & keyof T]?: { from: T[K]; to: T[K] } };
}
