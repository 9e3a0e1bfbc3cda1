import { randomBytes } from "node:crypto";
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

let lastMs = 0;
let sequence = 0;

/**
 * The id of a new audit row: a UUID version 7 (the time in milliseconds, then a counter, then
 * random bits) that grows with every row this process writes. Histories order rows by time and
 * then by id, so rows written in the same millisecond (one transaction often writes several)
 * keep the order they were written in on both dialects (ADR 0016), where SQLite's rowid did this
 * before and PostgreSQL has nothing like it.
 */
export function auditEventId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMs += 1;
    sequence = 0;
  }
  const time = lastMs.toString(16).padStart(12, "0");
  const random = randomBytes(8);
  random[0] = (random[0]! & 0x3f) | 0x80;
  const tail = random.toString("hex");
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${sequence.toString(16).padStart(3, "0")}-${tail.slice(0, 4)}-${tail.slice(4, 16)}`;
}

/** Writes one audit row. Call it inside the transaction that makes the change. */
export async function recordAudit<E extends AuditEntity, A extends AuditAction>(
  tx: Executor,
  actor: Actor | null,
  entry: AuditEntry<E, A>,
): Promise<void> {
  await tx
    .insert(auditEvent)
    .values({
      id: auditEventId(),
      actorUserId: actor?.userId ?? null,
      partnershipId: entry.partnershipId ?? null,
      fylkeId: entry.fylkeId ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      changes: entry.changes,
    });
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
