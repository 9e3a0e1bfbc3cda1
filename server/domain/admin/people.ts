/**
 * The administrator's list of people: who they are, how they sign in, what roles they hold,
 * and deactivating or reactivating one. A deactivated person keeps their row (and so their name
 * in every history and list that names them), but has no sessions and cannot sign in: the
 * session hook in server/auth/account-gate.ts refuses every new session, and page and API
 * requests treat one as signed out (server/auth/read-session.ts, server/api/context.ts).
 */
import { and, asc, count, eq, inArray, isNull, isNotNull, max, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database, type Executor } from "~/db/connection";
import { account, calendarToken, fylke, partnership, roleAssignment, session, user } from "~/db/schema";
import { recordAudit, type Actor } from "~/server/domain/audit/record";
import { invalid, notFound } from "~/server/domain/errors";
import { byRoleOrder, type Role } from "~/lib/roles";
import { entityId, rule } from "~/lib/validation";
import { text } from "~/lib/i18n/text";
import { ADMIN_PAGE_SIZE } from "./overview";

export const PEOPLE_SEARCH_MAX = 100;

export const peopleInput = z.object({
  page: z.number(rule("admin.errors.badPage")).int(rule("admin.errors.badPage")).min(1, rule("admin.errors.pagesStartAtOne")).max(100_000, rule("admin.errors.badPage")).default(1),
  search: z
    .string(rule("admin.errors.badSearch"))
    .trim()
    .max(PEOPLE_SEARCH_MAX, rule("admin.errors.searchTooLong", { max: PEOPLE_SEARCH_MAX }))
    .default(""),
});
export type PeopleInput = z.input<typeof peopleInput>;

export const personInput = z.object({ userId: entityId });

/** How a person can sign in: with a password, or through a configured OpenID Connect provider. */
export type SignInMethod = { kind: "password" } | { kind: "provider"; providerId: string };

/** better-auth's provider id for e-mail and password accounts. */
const PASSWORD_PROVIDER = "credential";

export interface PersonRole {
  role: Role;
  /** The partnership or fylke the role is held in; null for global roles. */
  partnershipName: string | null;
  fylkeName: string | null;
}

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  signInMethods: SignInMethod[];
  twoFactorEnabled: boolean;
  roles: PersonRole[];
  deactivatedAt: Date | null;
  /** When the newest session still stored began; null when there is none (signed out, expired or deactivated). */
  lastSignInAt: Date | null;
}

/**
 * "Contains `text`" in any case, the same on both dialects (ADR 0016): the column is compared
 * through lower() with a LIKE pattern of the search in small letters, its `%`, `_` and `\`
 * escaped so they match as themselves. SQLite's lower() folds only ASCII, and names here start
 * with Æ, Ø and Å, so each capital outside ASCII that the search could meet is folded too
 * (`folds`: capital to small letter, through replace(); PostgreSQL's lower() has mostly done it
 * already, but in a C locale it folds only ASCII as well).
 * A character whose other case is not one character (ß, İ) matches only as itself.
 */
export function containsPattern(text: string): { pattern: string; folds: [capital: string, small: string][] } {
  let pattern = "%";
  const folds = new Map<string, string>();
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const cased = lower !== upper && lower.length === 1 && upper.length === 1;
    const small = cased ? lower : ch;
    if (cased && upper.charCodeAt(0) > 0x7f) folds.set(upper, lower);
    pattern += small === "%" || small === "_" || small === "\\" ? `\\${small}` : small;
  }
  return { pattern: `${pattern}%`, folds: [...folds] };
}

function searchCondition(search: string): SQL | undefined {
  if (search === "") return undefined;
  const { pattern, folds } = containsPattern(search);
  const contains = (column: AnyColumn) => {
    let folded = sql`lower(${column})`;
    for (const [capital, small] of folds) folded = sql`replace(${folded}, ${capital}, ${small})`;
    return sql`${folded} like ${pattern} escape '\\'`;
  };
  return or(contains(user.name), contains(user.email));
}

/** Everyone with an account, a page at a time, optionally those whose name or e-mail contains `search`. */
export async function listPeople(db: Executor, input: PeopleInput = {}) {
  const { page, search } = peopleInput.parse(input);
  const where = searchCondition(search);
  const [counted] = await db.select({ n: count() }).from(user).where(where);
  const total = counted?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const people = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      twoFactorEnabled: user.twoFactorEnabled,
      deactivatedAt: user.deactivatedAt,
    })
    .from(user)
    .where(where)
    .orderBy(sql`lower(${user.name})`, asc(user.email))
    .limit(ADMIN_PAGE_SIZE)
    .offset((current - 1) * ADMIN_PAGE_SIZE);

  // One query per kind for the page's people, never one per person.
  const ids = people.map((p) => p.id);
  const methods = new Map<string, SignInMethod[]>();
  const rolesOf = new Map<string, PersonRole[]>();
  const lastSignIn = new Map<string, Date | null>();
  if (ids.length > 0) {
    const accounts = await db
      .selectDistinct({ userId: account.userId, providerId: account.providerId })
      .from(account)
      .where(inArray(account.userId, ids))
      .orderBy(asc(account.providerId));
    for (const a of accounts) {
      const method: SignInMethod = a.providerId === PASSWORD_PROVIDER ? { kind: "password" } : { kind: "provider", providerId: a.providerId };
      const list = methods.get(a.userId) ?? [];
      // The password first: it is what most people here use.
      if (method.kind === "password") list.unshift(method);
      else list.push(method);
      methods.set(a.userId, list);
    }
    const roles = await db
      .select({
        userId: roleAssignment.userId,
        role: roleAssignment.role,
        partnershipName: partnership.officeName,
        fylkeName: fylke.name,
      })
      .from(roleAssignment)
      .leftJoin(partnership, eq(partnership.id, roleAssignment.partnershipId))
      .leftJoin(fylke, eq(fylke.id, roleAssignment.fylkeId))
      .where(inArray(roleAssignment.userId, ids))
      .orderBy(asc(partnership.officeName), asc(fylke.name));
    for (const r of roles) {
      const list = rolesOf.get(r.userId) ?? [];
      list.push({ role: r.role, partnershipName: r.partnershipName, fylkeName: r.fylkeName });
      rolesOf.set(r.userId, list);
    }
    const sessions = await db
      .select({ userId: session.userId, at: max(session.createdAt) })
      .from(session)
      .where(inArray(session.userId, ids))
      .groupBy(session.userId);
    for (const s of sessions) lastSignIn.set(s.userId, s.at);
  }

  return {
    total,
    page: current,
    pageCount,
    pageSize: ADMIN_PAGE_SIZE,
    search,
    people: people.map(
      (p): PersonRow => ({
        ...p,
        twoFactorEnabled: p.twoFactorEnabled ?? false,
        signInMethods: methods.get(p.id) ?? [],
        roles: (rolesOf.get(p.id) ?? []).sort((a, b) => byRoleOrder(a.role, b.role)),
        lastSignInAt: lastSignIn.get(p.id) ?? null,
      }),
    ),
  };
}

const NOT_FOUND = text("admin.errors.personNotFound");

/**
 * Ends a person's access at once: marks them deactivated, deletes every session (each browser is
 * signed out on its next request) and revokes their calendar subscriptions, whose secret links
 * would otherwise keep showing the partnerships' events. Their name stays.
 */
export async function deactivatePerson(db: Database, actor: Actor, userId: string, now = new Date()) {
  return inTransaction(db, async (tx) => {
    const [person] = await tx.select({ id: user.id, deactivatedAt: user.deactivatedAt }).from(user).where(eq(user.id, userId)).limit(1);
    if (!person) throw notFound(NOT_FOUND);
    if (person.id === actor.userId) {
      throw invalid(text("admin.errors.cannotDeactivateSelf"));
    }
    if (person.deactivatedAt) throw invalid(text("admin.errors.alreadyDeactivated"));
    await tx.update(user).set({ deactivatedAt: now, updatedAt: now }).where(and(eq(user.id, userId), isNull(user.deactivatedAt)));
    const sessionsEnded = (await tx.delete(session).where(eq(session.userId, userId))).rowCount ?? 0;
    const subscriptionsRevoked =
      (
        await tx
          .update(calendarToken)
          .set({ revokedAt: now })
          .where(and(eq(calendarToken.userId, userId), isNull(calendarToken.revokedAt)))
      ).rowCount ?? 0;
    // A person is not part of one partnership: the row is global, as invitations to global roles are.
    await recordAudit(tx, actor, {
      entity: "user",
      entityId: userId,
      action: "update",
      changes: { deactivatedAt: { from: null, to: now.toISOString() }, sessionsEnded, subscriptionsRevoked },
    });
    return { sessionsEnded };
  });
}

/** Lets a deactivated person sign in again. Their sessions and calendar links are not restored. */
export async function reactivatePerson(db: Database, actor: Actor, userId: string, now = new Date()) {
  await inTransaction(db, async (tx) => {
    const [person] = await tx.select({ id: user.id, deactivatedAt: user.deactivatedAt }).from(user).where(eq(user.id, userId)).limit(1);
    if (!person) throw notFound(NOT_FOUND);
    if (!person.deactivatedAt) throw invalid(text("admin.errors.notDeactivated"));
    await tx.update(user).set({ deactivatedAt: null, updatedAt: now }).where(and(eq(user.id, userId), isNotNull(user.deactivatedAt)));
    await recordAudit(tx, actor, {
      entity: "user",
      entityId: userId,
      action: "update",
      changes: { deactivatedAt: { from: person.deactivatedAt.toISOString(), to: null } },
    });
  });
}
