/** The agenda (saksliste): items with time, title, responsible, description and links. Reordered one step at a time by buttons. */
import { and, asc, eq, max, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { agendaItem, meeting } from "~/db/schema";
import { diffFields } from "~/server/domain/audit/record";
import { notFound, staleVersion } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
import { entityId, optionalText, requiredText, rule, versionInput } from "~/lib/validation";
import type { PartnershipScope } from "~/server/domain/scope";
import { auditMeeting, loadMeeting } from "./meetings";
import { linksInput, requireEditable, timeInput } from "./rules";

/** An agenda item named by id, checked to belong to a meeting of this partnership. */
export async function loadAgendaItem(db: Executor, partnershipId: string, itemId: string) {
  const [row] = await db
    .select({ item: agendaItem, meeting })
    .from(agendaItem)
    .innerJoin(meeting, eq(meeting.id, agendaItem.meetingId))
    .where(and(eq(agendaItem.id, itemId), eq(meeting.partnershipId, partnershipId)))
    .limit(1);
  if (!row) throw notFound(text("meetings.errors.itemNotFound"));
  return row;
}

const itemFields = {
  time: timeInput("meetings.labels.time"),
  title: requiredText("errors.labels.title", 200),
  responsible: optionalText("errors.labels.responsible", 120),
  description: optionalText("errors.labels.description", 2000),
  links: linksInput,
};

export const addAgendaItemInput = z.object({ meetingId: entityId, ...itemFields });

export function addAgendaItem(scope: PartnershipScope, input: z.infer<typeof addAgendaItemInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadMeeting(tx, target.id, input.meetingId);
    requireEditable(row);
    const [last] = await tx
      .select({ max: max(agendaItem.position) })
      .from(agendaItem)
      .where(eq(agendaItem.meetingId, row.id));
    const { meetingId: _m, ...fields } = input;
    const [created] = await tx
      .insert(agendaItem)
      .values({ meetingId: row.id, position: (last?.max ?? -1) + 1, ...fields })
      .returning();
    await auditMeeting(tx, actor, target.id, "agenda_item", created!.id, "create", { meetingId: row.id, title: input.title });
    return { id: created!.id };
  });
}

export const updateAgendaItemInput = z.object({ itemId: entityId, version: versionInput, ...itemFields });

export function updateAgendaItem(scope: PartnershipScope, input: z.infer<typeof updateAgendaItemInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const { item, meeting: m } = await loadAgendaItem(tx, target.id, input.itemId);
    requireEditable(m);
    const { itemId: _i, version: _v, ...fields } = input;
    const [updated] = await tx
      .update(agendaItem)
      .set({ ...fields, version: sql`${agendaItem.version} + 1` })
      .where(and(eq(agendaItem.id, item.id), eq(agendaItem.version, input.version)))
      .returning({ version: agendaItem.version });
    if (!updated) throw staleVersion();
    const changes = diffFields({ ...item, links: JSON.stringify(item.links) }, { ...fields, links: JSON.stringify(fields.links) });
    await auditMeeting(tx, actor, target.id, "agenda_item", item.id, "update", { meetingId: m.id, title: input.title, ...changes });
    return updated;
  });
}

export const moveAgendaItemInput = z.object({
  itemId: entityId,
  version: versionInput,
  direction: z.enum(["opp", "ned"], rule("meetings.errors.pickDirection")),
});

/** One step up or down, as the keyboard buttons do. */
export function moveAgendaItem(scope: PartnershipScope, input: z.infer<typeof moveAgendaItemInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const { item, meeting: m } = await loadAgendaItem(tx, target.id, input.itemId);
    requireEditable(m);
    if (item.version !== input.version) throw staleVersion();
    const siblings = await tx.select().from(agendaItem).where(eq(agendaItem.meetingId, m.id)).orderBy(asc(agendaItem.position));
    const from = siblings.findIndex((s) => s.id === item.id);
    const to = input.direction === "opp" ? from - 1 : from + 1;
    if (to < 0 || to >= siblings.length) return { position: from, version: item.version };
    const [moved] = siblings.splice(from, 1);
    siblings.splice(to, 0, moved!);
    for (const [position, s] of siblings.entries()) {
      if (s.position !== position || s.id === item.id) {
        await tx
          .update(agendaItem)
          .set(s.id === item.id ? { position, version: sql`${agendaItem.version} + 1` } : { position })
          .where(eq(agendaItem.id, s.id));
      }
    }
    await auditMeeting(tx, actor, target.id, "agenda_item", item.id, "update", {
      meetingId: m.id,
      title: item.title,
      position: { from, to },
    });
    return { position: to, version: item.version + 1 };
  });
}

export const removeAgendaItemInput = z.object({ itemId: entityId, version: versionInput });

/** Its decisions and follow-ups stay with the meeting (no longer under an item). */
export function removeAgendaItem(scope: PartnershipScope, input: z.infer<typeof removeAgendaItemInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const { item, meeting: m } = await loadAgendaItem(tx, target.id, input.itemId);
    requireEditable(m);
    if (item.version !== input.version) throw staleVersion();
    await tx.delete(agendaItem).where(eq(agendaItem.id, item.id));
    await auditMeeting(tx, actor, target.id, "agenda_item", item.id, "delete", {
      meetingId: m.id,
      title: item.title,
      time: item.time,
      responsible: item.responsible,
      minutes: item.minutes,
    });
  });
}
