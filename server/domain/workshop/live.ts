/**
 * Live mode of a samling: the facilitator opens it (a short join code appears), people
 * join with the code, signed in or as named guests, and closing it expires the code.
 */
import { createHash, randomBytes, randomInt } from "node:crypto";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database, type Executor } from "~/db/connection";
import { preparedOnce } from "~/db/prepared";
import { gathering, networkMember, partnership, roleAssignment, workshopParticipant, workshopTask } from "~/db/schema";
import { roleGroups } from "~/db/schema/enums";
import type { Role } from "~/lib/roles";
import type { NetworkScope } from "~/server/domain/scope";
import { text } from "~/lib/i18n/text";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import { entityId, requiredText, versionInput, rule } from "~/lib/validation";
import { loadGathering } from "~/server/domain/network/scope";
import { auditWorkshop } from "./tasks";
import type { RoleGroup } from "~/lib/workshop/labels";

/** No 0/O, 1/I/L: the code is read off a projector and typed on a phone. */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function generateJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/** Typed codes are forgiving: case, spaces and dashes do not matter. */
export const normaliseJoinCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, "");

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const joinCodeInput = z
  .string(rule("workshop.errors.codeRequired"))
  .transform(normaliseJoinCode)
  .pipe(
    z
      .string()
      .length(JOIN_CODE_LENGTH, rule("workshop.errors.codeLength", { length: JOIN_CODE_LENGTH }))
      .regex(new RegExp(`^[${CODE_ALPHABET}]+$`), rule("workshop.errors.codeCharacters")),
  );

export const participantTokenInput = z
  .string(rule("workshop.errors.joinFirst"))
  .min(20, rule("workshop.errors.joinAgain"))
  .max(100, rule("workshop.errors.joinAgain"));

const liveRef = z.object({ gatheringId: entityId, version: versionInput });
export const setLiveInput = liveRef.extend({ open: z.boolean(rule("workshop.errors.pickOpenOrClose")) });

async function bumpGathering(tx: Executor, id: string, expected: number, set: Partial<typeof gathering.$inferInsert>) {
  const [updated] = await tx
    .update(gathering)
    .set({ ...set, version: sql`${gathering.version} + 1` })
    .where(and(eq(gathering.id, id), eq(gathering.version, expected)))
    .returning();
  if (!updated) throw staleVersion();
  return updated;
}

async function uniqueJoinCode(tx: Executor): Promise<string> {
  for (;;) {
    const code = generateJoinCode();
    const [taken] = await tx.select({ id: gathering.id }).from(gathering).where(eq(gathering.joinCode, code)).limit(1);
    if (!taken) return code;
  }
}

/**
 * Opening gives a fresh code (also when reopened after a close); closing clears it and
 * closes every open task, so nothing can be answered once the samling is over.
 */
export async function setLive(scope: NetworkScope, input: z.infer<typeof setLiveInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadGathering(tx, networkId, input.gatheringId);
    if (input.open === (row.liveStatus === "apen")) return row;
    const now = new Date();
    const updated = input.open
      ? await bumpGathering(tx, row.id, input.version, { liveStatus: "apen", joinCode: await uniqueJoinCode(tx), liveOpenedAt: now, liveClosedAt: null })
      : await bumpGathering(tx, row.id, input.version, { liveStatus: "avsluttet", joinCode: null, liveClosedAt: now });
    if (!input.open) {
      await tx
        .update(workshopTask)
        .set({ status: "lukket", closedAt: now, version: sql`${workshopTask.version} + 1` })
        .where(and(eq(workshopTask.gatheringId, row.id), eq(workshopTask.status, "apen")));
    }
    await auditWorkshop(tx, actor, "gathering", row.id, "update", { liveStatus: { from: row.liveStatus, to: updated.liveStatus } });
    return updated;
  });
}

/** A code works for a day at most: long enough for a samling day, short enough that guessing it is pointless. */
export const JOIN_CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Whether an open samling's code has outlived JOIN_CODE_LIFETIME_MS (the facilitator then reopens for a new one). */
export function isJoinCodeExpired(row: { liveStatus: string; liveOpenedAt: Date | null }, now = new Date()) {
  return row.liveStatus === "apen" && (!row.liveOpenedAt || now.getTime() - row.liveOpenedAt.getTime() >= JOIN_CODE_LIFETIME_MS);
}

/** The samling a code opens, only while its live mode is open and for a day at most. */
export async function findOpenGatheringByCode(db: Executor, code: string, now = new Date()) {
  const [row] = await db.select().from(gathering).where(eq(gathering.joinCode, code)).limit(1);
  if (!row || row.liveStatus !== "apen" || isJoinCodeExpired(row, now)) {
    throw notFound(text("workshop.errors.codeNotInUse"));
  }
  return row;
}

/** Member partnerships of the samling's network, for the participant to say which office they answer for. */
export async function memberOffices(db: Executor, networkId: string) {
  return db
    .select({ id: partnership.id, name: partnership.officeName })
    .from(networkMember)
    .innerJoin(partnership, eq(partnership.id, networkMember.partnershipId))
    .where(and(eq(networkMember.networkId, networkId), eq(networkMember.status, "medlem")))
    .orderBy(partnership.officeName);
}

const roleGroupOfRole: Partial<Record<Role, RoleGroup>> = {
  fylkesdirektor: "fylke",
  fylkesstab: "fylke",
  kommunal_eier: "radmenn",
  kommunal_delegat: "radmenn",
  nav_leder: "navledere",
  avdelingsleder: "avdelingsledere",
};

/** What a signed-in person would join as: their role group and the member offices they have a role in. */
export async function suggestedJoinFor(db: Executor, userId: string, networkId: string) {
  const offices = await memberOffices(db, networkId);
  const roles = await db
    .select({ role: roleAssignment.role, partnershipId: roleAssignment.partnershipId })
    .from(roleAssignment)
    .where(eq(roleAssignment.userId, userId));
  const officeIds = new Set(offices.map((o) => o.id));
  const own = roles.filter((r) => r.partnershipId && officeIds.has(r.partnershipId));
  const group = (own[0] ? roleGroupOfRole[own[0].role] : undefined) ?? roles.map((r) => roleGroupOfRole[r.role]).find(Boolean) ?? null;
  return { roleGroup: group, partnershipIds: [...new Set(own.map((r) => r.partnershipId!))] };
}

export const joinInput = z.object({
  code: joinCodeInput,
  /** Guests only; a signed-in participant is shown by their own name. */
  name: requiredText("errors.labels.name", 80).optional(),
  roleGroup: z.enum(roleGroups, rule("workshop.errors.pickRoleGroup")),
  /** The office the participant answers for; empty for fylke people. */
  partnershipId: entityId.nullable(),
});

export interface JoinResult {
  token: string;
  participantId: string;
  gatheringId: string;
}

/**
 * Joins with a code. A signed-in person keeps one participant per samling (joining again
 * from another phone moves the token there, and earlier answers stay theirs); every guest join is new.
 */
export async function joinWorkshop(db: Database, user: { id: string; name: string } | null, input: z.infer<typeof joinInput>): Promise<JoinResult> {
  return inTransaction(db, async (tx) => {
    const samling = await findOpenGatheringByCode(tx, input.code);
    if (!user && !input.name) throw invalid(text("workshop.errors.nameRequired"), "name");
    if (input.partnershipId) {
      const offices = (await memberOffices(tx, samling.networkId)).map((o) => o.id);
      if (!offices.includes(input.partnershipId)) throw invalid(text("workshop.errors.officeNotInNetwork"), "partnershipId");
    } else if (input.roleGroup !== "fylke") {
      throw invalid(text("workshop.errors.officeRequired"), "partnershipId");
    }
    const token = randomBytes(24).toString("base64url");
    const values = {
      gatheringId: samling.id,
      userId: user?.id ?? null,
      displayName: user?.name ?? input.name!,
      roleGroup: input.roleGroup,
      partnershipId: input.partnershipId,
      tokenHash: hashToken(token),
    };
    const [existing] = user
      ? await tx
          .select({ id: workshopParticipant.id })
          .from(workshopParticipant)
          .where(and(eq(workshopParticipant.gatheringId, samling.id), eq(workshopParticipant.userId, user.id)))
          .limit(1)
      : [];
    const [participant] = existing
      ? await tx.update(workshopParticipant).set(values).where(eq(workshopParticipant.id, existing.id)).returning()
      : await tx.insert(workshopParticipant).values(values).returning();
    await auditWorkshop(tx, user ? { userId: user.id } : null, "workshop_participant", participant!.id, existing ? "update" : "create", {
      gathering: samling.id,
      roleGroup: input.roleGroup,
      guest: !user,
    });
    return { token, participantId: participant!.id, gatheringId: samling.id };
  });
}

const participantQuery = (db: Executor) =>
  db
    .select({ participant: workshopParticipant, liveStatus: gathering.liveStatus, networkId: gathering.networkId })
    .from(workshopParticipant)
    .innerJoin(gathering, eq(gathering.id, workshopParticipant.gatheringId))
    .where(eq(workshopParticipant.tokenHash, sql.placeholder("tokenHash")))
    .limit(1)
    .prepare("workshop_participant_by_token");

/** The participant a token belongs to; a token of a closed samling no longer works. Every answer starts here, hence prepared. */
export async function participantByToken(db: Executor, token: string) {
  const [row] = await preparedOnce(db, participantQuery).execute({ tokenHash: hashToken(token) });
  if (!row) throw notFound(text("workshop.errors.notJoined"));
  return { ...row.participant, liveStatus: row.liveStatus, networkId: row.networkId };
}

export type ParticipantRow = Awaited<ReturnType<typeof participantByToken>>;

export async function participantCounts(db: Executor, gatheringIds: readonly string[]) {
  if (gatheringIds.length === 0) return [];
  return db
    .select({ gatheringId: workshopParticipant.gatheringId, roleGroup: workshopParticipant.roleGroup, count: count() })
    .from(workshopParticipant)
    .where(inArray(workshopParticipant.gatheringId, gatheringIds))
    .groupBy(workshopParticipant.gatheringId, workshopParticipant.roleGroup)
    .orderBy(workshopParticipant.gatheringId, workshopParticipant.roleGroup);
}
