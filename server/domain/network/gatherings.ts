/** Samlinger and their programmes. Facilitators only; the router checks that (networkFacilitatorProcedure). */
import { and, eq, or, lt, gt, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { locales, programmeKinds } from "~/db/schema/enums";
import { gathering, programmeItem } from "~/db/schema";
import { addDays } from "~/lib/dates";
import { text, type MessageKey } from "~/lib/i18n/text";
import { diffFields, recordAudit, type Actor, type AuditAction, type AuditChangesWithout } from "~/server/domain/audit/record";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import type { NetworkScope } from "~/server/domain/scope";
import { timeInput } from "~/server/domain/meetings/rules";
import { entityId, isoDate, optionalText, requiredText, versionInput, rule } from "~/lib/validation";
import { loadGathering } from "./scope";

/** A samling lasts at most this many days. */
export const MAX_GATHERING_DAYS = 7;

async function auditGathering(
  tx: Executor,
  actor: Actor,
  networkId: string,
  entity: "gathering" | "programme_item",
  entityId: string,
  action: AuditAction,
  changes: AuditChangesWithout<"gathering" | "programme_item", "networkId">,
) {
  await recordAudit(tx, actor, { entity, entityId, action, changes: { networkId, ...changes } });
}


const gatheringFields = {
  title: requiredText("errors.labels.title", 200),
  startsOn: isoDate("errors.labels.firstDay"),
  endsOn: isoDate("errors.labels.lastDay"),
  place: optionalText("errors.labels.placeDefinite", 200),
  description: optionalText("errors.labels.description", 2000),
  /** The language guests at /delta start in; each guest may switch. */
  language: z.enum(locales, rule("network.errors.pickLanguage")).default("nb"),
};

const isRealDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());

/** A rule's refusal: a catalogue key and its numbers (a Text, rendered where it is read). */
export type Problem = { key: MessageKey; values?: Record<string, number> };

/** Pure: the message for dates out of order or too long a samling, or null. */
export function gatheringDatesProblem(startsOn: string, endsOn: string): Problem | null {
  // A date that is not one has its own message already.
  if (!isRealDate(startsOn) || !isRealDate(endsOn)) return null;
  if (endsOn < startsOn) return { key: "network.errors.endsBeforeStart" };
  if (endsOn > addDays(startsOn, MAX_GATHERING_DAYS - 1)) return { key: "network.errors.tooManyDays", values: { max: MAX_GATHERING_DAYS } };
  return null;
}

const checkDates = (v: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx) => {
  const problem = gatheringDatesProblem(v.startsOn, v.endsOn);
  if (problem) ctx.addIssue({ code: "custom", path: ["endsOn"], message: rule(problem.key, problem.values).error() });
};

export const createGatheringInput = z.object(gatheringFields).superRefine(checkDates);

export async function createGathering(scope: NetworkScope, input: z.input<typeof createGatheringInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  const fields = { ...input, language: input.language ?? "nb" };
  return inTransaction(db, async (tx) => {
    const [created] = await tx.insert(gathering).values({ networkId, ...fields }).returning({ id: gathering.id, version: gathering.version });
    await auditGathering(tx, actor, networkId, "gathering", created!.id, "create", fields);
    return created!;
  });
}

export const updateGatheringInput = z.object({ gatheringId: entityId, version: versionInput, ...gatheringFields }).superRefine(checkDates);

/** New dates must still hold every programme item. Without a language, the samling keeps its own. */
export async function updateGathering(scope: NetworkScope, input: z.input<typeof updateGatheringInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadGathering(tx, networkId, input.gatheringId);
    const { gatheringId: _g, version: expected, ...fields } = input;
    const [outside] = await tx
      .select({ id: programmeItem.id })
      .from(programmeItem)
      .where(and(eq(programmeItem.gatheringId, row.id), or(lt(programmeItem.day, fields.startsOn), gt(programmeItem.day, fields.endsOn))))
      .limit(1);
    if (outside) throw invalid(text("network.errors.programmeOutsideDates"), "endsOn");
    const [updated] = await tx
      .update(gathering)
      .set({ ...fields, version: sql`${gathering.version} + 1` })
      .where(and(eq(gathering.id, row.id), eq(gathering.version, expected)))
      .returning({ version: gathering.version });
    if (!updated) throw staleVersion();
    await auditGathering(tx, actor, networkId, "gathering", row.id, "update", diffFields(row, fields));
    return updated;
  });
}

export const removeGatheringInput = z.object({ gatheringId: entityId, version: versionInput });

/** Only before live mode has ever been opened: after that, answers belong to it. */
export async function removeGathering(scope: NetworkScope, input: z.infer<typeof removeGatheringInput>): Promise<void> {
  const { db, actor, network: { id: networkId } } = scope;
  await inTransaction(db, async (tx) => {
    const row = await loadGathering(tx, networkId, input.gatheringId);
    if (row.version !== input.version) throw staleVersion();
    if (row.liveStatus !== "ikke_startet") throw invalid(text("network.errors.liveOpened"));
    await tx.delete(gathering).where(eq(gathering.id, row.id));
    await auditGathering(tx, actor, networkId, "gathering", row.id, "delete", { title: row.title, startsOn: row.startsOn, endsOn: row.endsOn });
  });
}

// --- Programme ------------------------------------------------------------------------

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const programmeFields = {
  day: isoDate("errors.labels.day"),
  startTime: timeInput("meetings.labels.startTime").refine((v) => v !== null, rule("network.errors.startTimeRequired")),
  endTime: timeInput("meetings.labels.endTime"),
  title: requiredText("errors.labels.title", 200),
  speaker: optionalText("errors.labels.speaker", 200),
  kind: z.enum(programmeKinds, rule("network.errors.pickProgrammeKind")),
};

/** Pure: the end must come after the start. */
export function programmeTimeProblem(startTime: string | null, endTime: string | null): Problem | null {
  if (!startTime || !endTime || !TIME.test(startTime) || !TIME.test(endTime)) return null;
  return endTime <= startTime ? { key: "network.errors.endAfterStart" } : null;
}

const checkTimes = (v: { startTime: string | null; endTime: string | null }, ctx: z.RefinementCtx) => {
  const problem = programmeTimeProblem(v.startTime, v.endTime);
  if (problem) ctx.addIssue({ code: "custom", path: ["endTime"], message: rule(problem.key, problem.values).error() });
};

function requireDayWithin(row: { startsOn: string; endsOn: string }, day: string) {
  if (day < row.startsOn || day > row.endsOn) throw invalid(text("network.errors.dayWithin"), "day");
}

export const addProgrammeItemInput = z.object({ gatheringId: entityId, ...programmeFields }).superRefine(checkTimes);

export async function addProgrammeItem(scope: NetworkScope, input: z.infer<typeof addProgrammeItemInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadGathering(tx, networkId, input.gatheringId);
    requireDayWithin(row, input.day);
    const { gatheringId: _g, startTime, ...fields } = input;
    const [made] = await tx
      .insert(programmeItem)
      .values({ gatheringId: row.id, ...fields, startTime: startTime })
      .returning({ id: programmeItem.id, version: programmeItem.version });
    const created = made!;
    await auditGathering(tx, actor, networkId, "programme_item", created.id, "create", { gatheringId: row.id, title: input.title, day: input.day, startTime });
    return created;
  });
}

/** A programme item named by id, checked to belong to a samling of this network. */
async function loadProgrammeItem(db: Executor, networkId: string, itemId: string) {
  const [row] = await db
    .select({ item: programmeItem, gathering })
    .from(programmeItem)
    .innerJoin(gathering, eq(gathering.id, programmeItem.gatheringId))
    .where(and(eq(programmeItem.id, itemId), eq(gathering.networkId, networkId)))
    .limit(1);
  if (!row) throw notFound(text("network.errors.programmeItemNotFound"));
  return row;
}

export const updateProgrammeItemInput = z.object({ itemId: entityId, version: versionInput, ...programmeFields }).superRefine(checkTimes);

export async function updateProgrammeItem(scope: NetworkScope, input: z.infer<typeof updateProgrammeItemInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const { item, gathering: g } = await loadProgrammeItem(tx, networkId, input.itemId);
    requireDayWithin(g, input.day);
    const { itemId: _i, version: expected, startTime, ...rest } = input;
    const fields = { ...rest, startTime: startTime };
    const [updated] = await tx
      .update(programmeItem)
      .set({ ...fields, version: sql`${programmeItem.version} + 1` })
      .where(and(eq(programmeItem.id, item.id), eq(programmeItem.version, expected)))
      .returning({ version: programmeItem.version });
    if (!updated) throw staleVersion();
    await auditGathering(tx, actor, networkId, "programme_item", item.id, "update", { gatheringId: g.id, ...diffFields(item, fields) });
    return updated;
  });
}

export const removeProgrammeItemInput = z.object({ itemId: entityId, version: versionInput });

export async function removeProgrammeItem(scope: NetworkScope, input: z.infer<typeof removeProgrammeItemInput>): Promise<void> {
  const { db, actor, network: { id: networkId } } = scope;
  await inTransaction(db, async (tx) => {
    const { item, gathering: g } = await loadProgrammeItem(tx, networkId, input.itemId);
    if (item.version !== input.version) throw staleVersion();
    await tx.delete(programmeItem).where(eq(programmeItem.id, item.id));
    await auditGathering(tx, actor, networkId, "programme_item", item.id, "delete", { gatheringId: g.id, title: item.title, day: item.day, startTime: item.startTime });
  });
}
