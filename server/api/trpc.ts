/**
 * The request path, top to bottom:
 * 1. context: the database and the signed-in person (if any)
 * 2. initialisation: transformer, error shapes in the caller's language (ADR 0018)
 * 3. procedures: public → protected → scoped to a partnership, a fylke, a network, or admin
 */
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Database } from "~/db/connection";
import {
  findPartnershipBySlug,
  hasGlobalRole,
  loadFylkeRoles,
  loadPartnershipAccess,
} from "~/server/domain/access/load";
import { can, canInFylke, fylkeRefusals, refusals, type FylkePermission, type PartnershipPermission } from "~/server/domain/access/permissions";
import { canViewPartnership } from "~/server/domain/access/roles";
import { findFylkeBySlug } from "~/server/domain/fylke/overview";
import { canViewNetwork, findNetworkBySlug, loadNetworkAccess } from "~/server/domain/network/access";
import { networkScope, partnershipScope } from "~/server/domain/scope";
import { slugInput } from "~/lib/validation";
import { DomainError, forbidden, notFound, unauthenticated } from "~/server/domain/errors";
import { messageForCode, toTRPCError } from "./errors";
import { inLocale, scopedLocale } from "./locale-scope";
import type { SessionUser } from "~/server/auth/read-session";
import type { Locale } from "~/lib/i18n/locales";
import { renderText, text } from "~/lib/i18n/text";
import { mustTurnOnTwoFactor, TWO_FACTOR_SETUP_ROUTER, TWO_FACTOR_SETUP_TEXT } from "~/server/auth/two-factor-policy";
import "./zod-locale";

// 1. Context ---------------------------------------------------------------

export interface Context {
  db: Database;
  user: SessionUser | null;
  /** The caller's address (server/security/client-address.ts), for abuse limits; null when unknown. */
  clientAddress?: string | null;
  /** The caller's language (ADR 0018) for the messages the API sends back; bokmål when absent. */
  locale?: Locale;
}

// Built per request in ./context.ts; tests build it directly with their own database.

// 2. Initialisation ----------------------------------------------------------

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Live samlinger: a ping keeps proxies from closing an idle stream; the client reconnects
  // (sending its last event id) when it has heard nothing for a while.
  sse: { ping: { enabled: true, intervalMs: 10_000 }, client: { reconnectAfterInactivityMs: 25_000 } },
  errorFormatter({ shape, error, ctx }) {
    // No ctx when the request failed before it had one: then the language the route named (the cookie).
    const locale = ctx?.locale ?? scopedLocale() ?? "nb";
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const fieldErrors = zodError ? fieldErrorsOf(zodError) : null;
    const domainError = error.cause instanceof DomainError ? error.cause : null;
    // Only our own messages reach users; tRPC's and the runtime's are English or internal. zod's
    // are ours, already in the caller's language (lib/validation.ts renders them as they fail).
    const message = zodError
      ? (Object.values(fieldErrors ?? {})[0] ?? renderText(text("errors.formInvalid"), locale))
      : domainError
        ? domainError.messageIn(locale)
        : messageForCode(error.code, locale);
    return {
      ...shape,
      message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        fieldErrors: fieldErrors ?? (domainError?.field ? { [domainError.field]: message } : null),
      },
    };
  },
});

/** First message per field, keyed by the dotted path ("agreementNextRevision"). */
function fieldErrorsOf(error: ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    result[key] ??= issue.message;
  }
  return result;
}

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

// 3. Procedures --------------------------------------------------------------

/**
 * Runs every procedure in the caller's language (./locale-scope.ts: input and domain schemas
 * write their messages in it), and turns domain and database errors into tRPC errors, once.
 */
const mapErrors = t.middleware(({ ctx, next }) =>
  inLocale(ctx.locale ?? "nb", async () => {
    const result = await next();
    if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") {
      const mapped = toTRPCError(result.error.cause, ctx.locale);
      if (mapped) throw mapped;
    }
    return result;
  }),
);

export const publicProcedure = t.procedure.use(mapErrors);

/**
 * Signed in. Under AUTH_REQUIRE_2FA, a person who must still turn on two-factor sign-in may use
 * only their own account (server/auth/two-factor-policy.ts); everything else is refused.
 */
export const protectedProcedure = publicProcedure.use(async ({ ctx, path, next }) => {
  if (!ctx.user) throw unauthenticated();
  if (!path.startsWith(`${TWO_FACTOR_SETUP_ROUTER}.`) && (await mustTurnOnTwoFactor(ctx.db, ctx.user))) throw forbidden(TWO_FACTOR_SETUP_TEXT);
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * Scoped to one partnership named by its slug. Callers without a role in it (or
 * over its fylke) are refused before the resolver runs; ctx.scope (server/domain/scope.ts) is what
 * resolvers hand the domain, and ctx.partnership the only partnership id they may use.
 */
export const partnershipProcedure = protectedProcedure
  .input(z.object({ partnership: slugInput }))
  .use(async ({ ctx, input, next }) => {
    const found = await findPartnershipBySlug(ctx.db, input.partnership);
    if (!found) throw notFound(text("errors.scope.partnershipNotFound"));
    const access = await loadPartnershipAccess(ctx.db, ctx.user.id, found);
    if (!canViewPartnership(access)) throw forbidden(text("errors.scope.noPartnershipRole"));
    return next({ ctx: { ...ctx, partnership: found, access, scope: partnershipScope(ctx.db, ctx.user.id, found, access) } });
  });

/**
 * A partnership procedure that also needs one permission of the role matrix
 * (server/domain/access/permissions.ts). The check runs before the rest of the input is parsed,
 * so a refused role learns nothing from validation.
 */
export const partnershipProcedureWith = (permission: PartnershipPermission) =>
  partnershipProcedure.use(({ ctx, next }) => {
    if (!can(ctx.access, permission)) throw forbidden(refusals[permission]);
    return next();
  });

/** Scoped to one fylke: for the fylkesdirektør and the fylke's staff. */
export const fylkeProcedure = protectedProcedure
  .input(z.object({ fylke: slugInput }))
  .use(async ({ ctx, input, next }) => {
    const found = await findFylkeBySlug(ctx.db, input.fylke);
    if (!found) throw notFound(text("errors.scope.fylkeNotFound"));
    const roles = await loadFylkeRoles(ctx.db, ctx.user.id, found.id);
    if (roles.length === 0) throw forbidden(text("errors.scope.noFylkeRole"));
    return next({ ctx: { ...ctx, fylke: found, fylkeRoles: roles } });
  });

/** A fylke procedure that also needs one of the fylke's permissions (permissions.ts). */
export const fylkeProcedureWith = (permission: FylkePermission) =>
  fylkeProcedure.use(({ ctx, next }) => {
    if (!canInFylke(ctx.fylkeRoles, permission)) throw forbidden(fylkeRefusals[permission]);
    return next();
  });

export const adminProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  if (!(await hasGlobalRole(ctx.db, ctx.user.id, "admin"))) throw forbidden(text("errors.scope.adminOnly"));
  return next();
});

/**
 * Scoped to one network named by its slug: its facilitators, and people who reach one of its
 * member partnerships. ctx.scope (a NetworkScope, server/domain/scope.ts) is what resolvers
 * hand the domain, and ctx.network the only network id they may use.
 */
export const networkProcedure = protectedProcedure
  .input(z.object({ network: slugInput }))
  .use(async ({ ctx, input, next }) => {
    const found = await findNetworkBySlug(ctx.db, input.network);
    if (!found) throw notFound(text("errors.scope.networkNotFound"));
    const networkAccess = await loadNetworkAccess(ctx.db, ctx.user.id, found.id);
    if (!canViewNetwork(networkAccess)) throw forbidden(text("errors.scope.noNetworkRole"));
    return next({ ctx: { ...ctx, network: found, networkAccess, scope: networkScope(ctx.db, ctx.user.id, found, networkAccess) } });
  });

export const networkFacilitatorProcedure = networkProcedure.use(({ ctx, next }) => {
  if (!ctx.networkAccess.isFacilitator) throw forbidden(text("errors.scope.facilitatorsOnly"));
  return next();
});
