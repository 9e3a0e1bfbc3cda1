import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database, type Executor } from "~/db/connection";
import { fylke, invitation, kommune, partnership, partnershipKommune, roleAssignment } from "~/db/schema";
import { roles } from "~/db/schema/enums";
import { recordAudit, type Actor } from "~/server/domain/audit/record";
import { invalid, notFound } from "~/server/domain/errors";
import { roleInfo, type Role } from "~/lib/roles";
import { entityId, optionalText, requiredText, rule } from "~/lib/validation";
import { text } from "~/lib/i18n/text";
import { defaultLocale, localeOfMalform, type Locale } from "~/lib/i18n/locales";
import { roleLabel } from "~/lib/role-label";
import { MIN_PASSWORD_LENGTH } from "~/lib/limits";
import { appUrl } from "~/server/mail/config";
import { enqueueMail } from "~/server/mail/outbox";
import { renderInvitationMail } from "~/server/mail/templates";
import { partnershipLocale } from "~/server/domain/language/partnership-locale";
import { createPasswordAccount, findUserByEmail, normaliseEmail } from "./accounts";

const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;


export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const inviteInput = z.object({
  name: requiredText("errors.labels.name", 120),
  email: z
    .string(rule("admin.errors.emailRequired"))
    .trim()
    .min(1, rule("admin.errors.emailRequired"))
    .max(254, rule("admin.errors.emailTooLong"))
    .pipe(z.email(rule("admin.errors.emailInvalid"))),
  role: z.enum(roles, rule("admin.errors.chooseRole")),
  partnershipId: entityId.optional(),
  fylkeId: entityId.optional(),
  kommuneId: entityId.optional(),
  title: optionalText("errors.labels.title", 120).optional(),
});

export type InviteInput = z.infer<typeof inviteInput>;

interface RoleTarget {
  role: Role;
  partnershipId: string | null;
  fylkeId: string | null;
  kommuneId: string | null;
  title: string | null;
}

/** Checks that the role is given in the scope it belongs to (partnership, fylke or none). */
async function resolveRoleTarget(tx: Executor, input: InviteInput): Promise<RoleTarget> {
  const { scope, side } = roleInfo[input.role];
  const title = input.title?.trim() || null;
  if (scope === "partnership") {
    if (!input.partnershipId) throw invalid(text("admin.errors.choosePartnership"), "partnershipId");
    const [exists] = await tx.select({ id: partnership.id }).from(partnership).where(eq(partnership.id, input.partnershipId)).limit(1);
    if (!exists) throw invalid(text("admin.errors.unknownPartnership"), "partnershipId");
    let kommuneId: string | null = null;
    if (input.kommuneId && side === "kommune") {
      const [member] = await tx
        .select({ id: partnershipKommune.kommuneId })
        .from(partnershipKommune)
        .where(
          and(
            eq(partnershipKommune.partnershipId, input.partnershipId),
            eq(partnershipKommune.kommuneId, input.kommuneId),
          ),
        )
        .limit(1);
      if (!member) throw invalid(text("admin.errors.kommuneNotInPartnership"), "kommuneId");
      kommuneId = input.kommuneId;
    }
    return { role: input.role, partnershipId: input.partnershipId, fylkeId: null, kommuneId, title };
  }
  if (scope === "fylke") {
    if (!input.fylkeId) throw invalid(text("admin.errors.chooseFylke"), "fylkeId");
    const [exists] = await tx.select({ id: fylke.id }).from(fylke).where(eq(fylke.id, input.fylkeId)).limit(1);
    if (!exists) throw invalid(text("admin.errors.unknownFylke"), "fylkeId");
    return { role: input.role, partnershipId: null, fylkeId: input.fylkeId, kommuneId: null, title };
  }
  return { role: input.role, partnershipId: null, fylkeId: null, kommuneId: null, title };
}

async function hasSameRole(tx: Executor, userId: string, target: RoleTarget) {
  return (
    await tx
      .select({ id: roleAssignment.id, partnershipId: roleAssignment.partnershipId, fylkeId: roleAssignment.fylkeId })
      .from(roleAssignment)
      .where(and(eq(roleAssignment.userId, userId), eq(roleAssignment.role, target.role)))
  ).some((r) => r.partnershipId === target.partnershipId && r.fylkeId === target.fylkeId);
}

async function grantRole(tx: Executor, actor: Actor | null, userId: string, target: RoleTarget) {
  const created = (await tx.insert(roleAssignment).values({ userId, ...target }).returning())[0]!;
  await recordAudit(tx, actor, {
    partnershipId: target.partnershipId,
    fylkeId: target.fylkeId,
    entity: "role_assignment",
    entityId: created.id,
    action: "create",
    changes: { userId, role: target.role, title: target.title },
  });
  return created;
}

/** Where the role is, as the invitation mail says it: the partnership's office or the fylke. */
async function invitationPlace(tx: Executor, target: RoleTarget): Promise<string | null> {
  if (target.partnershipId) {
    const [office] = await tx.select({ name: partnership.officeName }).from(partnership).where(eq(partnership.id, target.partnershipId)).limit(1);
    return office?.name ?? null;
  }
  if (target.fylkeId) {
    const [found] = await tx.select({ name: fylke.name }).from(fylke).where(eq(fylke.id, target.fylkeId)).limit(1);
    const name = found?.name;
    return name ? `Nav ${name}` : null;
  }
  return null;
}

/**
 * The invitee has no account and no browser choice yet: the mail is in the målform of the kommune
 * the role is in (the kommune they represent, else the office's host kommune), else bokmål (ADR 0018).
 */
async function invitationLocale(tx: Executor, target: RoleTarget): Promise<Locale> {
  if (target.kommuneId) {
    const [found] = await tx.select({ malform: kommune.malform }).from(kommune).where(eq(kommune.id, target.kommuneId)).limit(1);
    return localeOfMalform(found?.malform);
  }
  if (target.partnershipId) return partnershipLocale(tx, target.partnershipId);
  return defaultLocale;
}

export type InviteResult = { kind: "role_added"; name: string } | { kind: "invited"; token: string };

/**
 * Gives a person a role. Someone who already has an account gets it at once;
 * anyone else gets a one-time link that sets their password.
 */
export async function invitePerson(db: Database, actor: Actor, input: InviteInput, now = new Date()): Promise<InviteResult> {
  return inTransaction(db, async (tx): Promise<InviteResult> => {
    const target = await resolveRoleTarget(tx, input);
    const email = normaliseEmail(input.email);
    const existing = await findUserByEmail(tx, email);
    if (existing) {
      if (await hasSameRole(tx, existing.id, target)) {
        throw invalid(text("admin.errors.alreadyHasRole"), "role");
      }
      await grantRole(tx, actor, existing.id, target);
      return { kind: "role_added", name: existing.name };
    }
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
    const created = (
      await tx
        .insert(invitation)
        .values({
          tokenHash: hashToken(token),
          email,
          name: input.name,
          ...target,
          createdByUserId: actor.userId,
          expiresAt,
        })
        .returning({ id: invitation.id })
    )[0]!;
    // The one-time link by e-mail too, in the same transaction (ADR 0014); the administrator still sees it.
    const locale = await invitationLocale(tx, target);
    const mail = renderInvitationMail(
      {
        name: input.name,
        roleLabel: roleLabel(target.role, locale),
        where: await invitationPlace(tx, target),
        link: appUrl(`/invitasjon/${token}`),
        expiresAt,
      },
      locale,
    );
    await enqueueMail(tx, { userId: null, to: email, ...mail }, now);
    await recordAudit(tx, actor, {
      partnershipId: target.partnershipId,
      fylkeId: target.fylkeId,
      entity: "invitation",
      entityId: created.id,
      action: "create",
      changes: { email, role: target.role },
    });
    return { kind: "invited", token };
  });
}

const openInvitation = (tokenHash: string, now: Date) =>
  and(
    eq(invitation.tokenHash, tokenHash),
    isNull(invitation.acceptedAt),
    isNull(invitation.revokedAt),
    gt(invitation.expiresAt, now),
  );

/** Invitations to an address that can still be used (by the link or by signing in with a provider). */
export const openInvitationTo = (email: string, now: Date) =>
  and(
    eq(invitation.email, normaliseEmail(email)),
    isNull(invitation.acceptedAt),
    isNull(invitation.revokedAt),
    gt(invitation.expiresAt, now),
  );

const INVALID_LINK = text("admin.errors.invalidLink");

/** What the invited person sees before choosing a password. */
export async function findOpenInvitation(db: Executor, token: string, now = new Date(), locale: Locale = defaultLocale) {
  const [row] = await db
    .select({
      name: invitation.name,
      email: invitation.email,
      role: invitation.role,
      title: invitation.title,
      officeName: partnership.officeName,
      fylkeName: fylke.name,
    })
    .from(invitation)
    .leftJoin(partnership, eq(partnership.id, invitation.partnershipId))
    .leftJoin(fylke, eq(fylke.id, invitation.fylkeId))
    .where(openInvitation(hashToken(token), now))
    .limit(1);
  if (!row) throw notFound(INVALID_LINK);
  return { ...row, roleLabel: roleLabel(row.role, locale) };
}

export const acceptInvitationInput = z
  .object({
    token: z.string(rule("admin.errors.invalidLink")).min(10, rule("admin.errors.invalidLink")).max(200, rule("admin.errors.invalidLink")),
    password: z
      .string(rule("admin.errors.passwordRequired"))
      .min(MIN_PASSWORD_LENGTH, rule("admin.errors.passwordTooShort", { min: MIN_PASSWORD_LENGTH }))
      .max(128, rule("admin.errors.passwordTooLong")),
    passwordRepeat: z.string(rule("admin.errors.repeatPassword")),
  })
  .refine((v) => v.password === v.passwordRepeat, {
    path: ["passwordRepeat"],
    ...rule("admin.errors.passwordsDiffer"),
  });

/** Uses the link once: creates the account with the chosen password and grants the role. */
export async function acceptInvitation(
  db: Database,
  input: { token: string; passwordHash: string },
  now = new Date(),
) {
  return inTransaction(db, async (tx) => {
    const [used] = await tx
      .update(invitation)
      .set({ acceptedAt: now })
      .where(openInvitation(hashToken(input.token), now))
      .returning();
    if (!used) throw notFound(INVALID_LINK);
    if (await findUserByEmail(tx, used.email)) {
      throw invalid(text("admin.errors.accountExists"));
    }
    const person = await createPasswordAccount(tx, {
      email: used.email,
      name: used.name,
      passwordHash: input.passwordHash,
    });
    const actor = { userId: person.id };
    await recordAudit(tx, actor, {
      partnershipId: used.partnershipId,
      fylkeId: used.fylkeId,
      entity: "invitation",
      entityId: used.id,
      action: "update",
      changes: { acceptedAt: now.toISOString() },
    });
    await grantRole(tx, actor, person.id, {
      role: used.role,
      partnershipId: used.partnershipId,
      fylkeId: used.fylkeId,
      kommuneId: used.kommuneId,
      title: used.title,
    });
    return { email: person.email };
  });
}

/** The name on the newest open invitation to the address, if any. */
export async function invitedName(db: Executor, email: string, now = new Date()): Promise<string | null> {
  const [newest] = await db
    .select({ name: invitation.name })
    .from(invitation)
    .where(openInvitationTo(email, now))
    .orderBy(desc(invitation.createdAt))
    .limit(1);
  return newest?.name ?? null;
}

/**
 * A person invited by e-mail signed in through a provider instead of choosing a password:
 * better-auth has just created them (server/auth/auth.ts), and every open invitation to the
 * address is used, each granting its role.
 */
export async function acceptInvitationsByProvider(db: Database, person: { id: string; email: string }, now = new Date()) {
  return inTransaction(db, async (tx) => {
    const used = await tx.update(invitation).set({ acceptedAt: now }).where(openInvitationTo(person.email, now)).returning();
    const actor = { userId: person.id };
    for (const accepted of used) {
      await recordAudit(tx, actor, {
        partnershipId: accepted.partnershipId,
        fylkeId: accepted.fylkeId,
        entity: "invitation",
        entityId: accepted.id,
        action: "update",
        changes: { acceptedAt: now.toISOString() },
      });
      if (await hasSameRole(tx, person.id, accepted)) continue;
      await grantRole(tx, actor, person.id, {
        role: accepted.role,
        partnershipId: accepted.partnershipId,
        fylkeId: accepted.fylkeId,
        kommuneId: accepted.kommuneId,
        title: accepted.title,
      });
    }
    return used.length;
  });
}

export async function listPendingInvitations(db: Executor, now = new Date()) {
  return db
    .select({
      id: invitation.id,
      name: invitation.name,
      email: invitation.email,
      role: invitation.role,
      officeName: partnership.officeName,
      fylkeName: fylke.name,
      expiresAt: invitation.expiresAt,
    })
    .from(invitation)
    .leftJoin(partnership, eq(partnership.id, invitation.partnershipId))
    .leftJoin(fylke, eq(fylke.id, invitation.fylkeId))
    .where(and(isNull(invitation.acceptedAt), isNull(invitation.revokedAt), gt(invitation.expiresAt, now)))
    .orderBy(desc(invitation.createdAt))
    .limit(100);
}

export async function revokeInvitation(db: Database, actor: Actor, invitationId: string, now = new Date()) {
  await inTransaction(db, async (tx) => {
    const [revoked] = await tx
      .update(invitation)
      .set({ revokedAt: now })
      .where(and(eq(invitation.id, invitationId), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
      .returning();
    if (!revoked) throw notFound(text("admin.errors.invitationGone"));
    await recordAudit(tx, actor, {
      partnershipId: revoked.partnershipId,
      fylkeId: revoked.fylkeId,
      entity: "invitation",
      entityId: revoked.id,
      action: "update",
      changes: { revokedAt: now.toISOString() },
    });
  });
}
