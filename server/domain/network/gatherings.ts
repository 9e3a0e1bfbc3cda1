/** Samlinger and their programmes. Facilitators only; the router checks that (networkFacilitatorProcedure). */
import { and, eq, or, lt, gt, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { programmeKinds } from "~/db/schema/enums";
import { gathering, programmeItem } from "~/db/schema";
import { addDays } from "~/lib/dates";
import { diffFields, recordAudit, type Actor, type AuditAction, type AuditChangesWithout } from "~/server/domain/audit/record";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import type { NetworkScope } from "~/server/domain/scope";
import { timeInput } from "~/server/domain/meetings/rules";
import { entityId, isoDate, optionalText, requiredText, versionInput } from "~/lib/validation";
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
  title: requiredText("Tittelen", 200),
  startsOn: isoDate("Første dag"),
  endsOn: isoDate("Siste dag"),
  place: optionalText("Stedet", 200),
  description: optionalText("Beskrivelsen", 2000),
};

const isRealDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());

/** Pure: the message for dates out of order or too long a samling, or null. */
export function gatheringDatesProblem(startsOn: string, endsOn: string): string | null {
  // A date that is not one has its own message already.
  if (!isRealDate(startsOn) || !isRealDate(endsOn)) return null;
  if (endsOn < startsOn) return "Siste dag kan ikke være før første dag.";
  if (endsOn > addDays(startsOn, MAX_GATHERING_DAYS - 1)) return `En samling kan vare høyst ${MAX_GATHERING_DAYS} dager.`;
  return null;
}

const checkDates = (v: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx) => {
  const problem = gatheringDatesProblem(v.startsOn, v.endsOn);
  if (problem) ctx.addIssue({ code: "custom", path: ["endsOn"], message: problem });
};

export const createGatheringInput = z.object(gatheringFields).superRefine(checkDates);

export async function createGathering(scope: NetworkScope, input: z.infer<typeof createGatheringInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const [created] = await tx.insert(gathering).values({ networkId, ...input }).returning({ id: gathering.id, version: gathering.version });
    await auditGathering(tx, actor, networkId, "gathering", created!.id, "create", { ...input });
    return created!;
  });
}

export const updateGatheringInput = z.object({ gatheringId: entityId, version: versionInput, ...gatheringFields }).superRefine(checkDates);

/** New dates must still hold every programme item. */
export async function updateGathering(scope: NetworkScope, input: z.infer<typeof updateGatheringInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadGathering(tx, networkId, input.gatheringId);
    const { gatheringId: _g, version: expected, ...fields } = input;
    const [outside] = await tx
      .select({ id: programmeItem.id })
      .from(programmeItem)
      .where(and(eq(programmeItem.gatheringId, row.id), or(lt(programmeItem.day, fields.startsOn), gt(programmeItem.day, fields.endsOn))))
      .limit(1);
    if (outside) throw invalid("Programmet har punkter utenfor de nye datoene. Flytt eller fjern dem først.", "endsOn");
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

export const LIVE_OPENED_MESSAGE = "Samlingen har vært åpnet i live-modus og kan ikke slettes, fordi svarene fra deltakerne hører til den.";

/** Only before live mode has ever been opened: after that, answers belong to it. */
export async function removeGathering(scope: NetworkScope, input: z.infer<typeof removeGatheringInput>): Promise<void> {
  const { db, actor, network: { id: networkId } } = scope;
  await inTransaction(db, async (tx) => {
    const row = await loadGathering(tx, networkId, input.gatheringId);
    if (row.version !== input.version) throw staleVersion();
    if (row.liveStatus !== "ikke_startet") throw invalid(LIVE_OPENED_MESSAGE);
    await tx.delete(gathering).where(eq(gathering.id, row.id));
    await auditGathering(tx, actor, networkId, "gathering", row.id, "delete", { title: row.title, startsOn: row.startsOn, endsOn: row.endsOn });
  });
}

// --- Programme ------------------------------------------------------------------------

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const programmeFields = {
  day: isoDate("Dagen"),
  startTime: timeInput("Starttidspunktet").refine((v) => v !== null, "Fyll ut når punktet starter (tt:mm)."),
  endTime: timeInput("Sluttidspunktet"),
  title: requiredText("Tittelen", 200),
  speaker: optionalText("Innleder", 200),
  kind: z.enum(programmeKinds, { error: "Velg hva slags punkt det er." }),
};

/** Pure: the end must come after the start. */
export function programmeTimeProblem(startTime: string | null, endTime: string | null): string | null {
  if (!startTime || !endTime || !TIME.test(startTime) || !TIME.test(endTime)) return null;
  return endTime <= startTime ? "Punktet må slutte etter at det starter." : null;
}

const checkTimes = (v: { startTime: string | null; endTime: string | null }, ctx: z.RefinementCtx) => {
  const problem = programmeTimeProblem(v.startTime, v.endTime);
  if (problem) ctx.addIssue({ code: "custom", path: ["endTime"], message: problem });
};

function requireDayWithin(row: { startsOn: string; endsOn: string }, day: string) {
  if (day < row.startsOn || day > row.endsOn) throw invalid("Dagen må være en av dagene samlingen varer.", "day");
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
  if (!row) throw notFound("Fant ikke punktet i programmet.");
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
