import { auditEvent } from "~/db/schema";
import type { Executor } from "~/db/connection";

export interface Actor {
  userId: string;
}

export interface AuditEntry {
  partnershipId?: string | null;
  fylkeId?: string | null;
  entity: string;
  entityId: string;
  action: "create" | "update" | "delete";
  changes: Record<string, unknown>;
}

/** Writes one audit row. Call it inside the transaction that makes the change. */
export function recordAudit(tx: Executor, actor: Actor | null, entry: AuditEntry): void {
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

/** The fields whose value differs, as { field: { from, to } }. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[key];
    if (!Object.is(from, to)) changes[key] = { from, to };
  }
  return changes;
}
