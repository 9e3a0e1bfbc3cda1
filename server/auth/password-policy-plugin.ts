import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { isCommonPassword } from "~/server/domain/admin/common-passwords";
import { renderText } from "~/lib/i18n/text";
import { passwordProblem } from "~/server/domain/admin/password-policy";
import { authRequestLocale } from "./request-language";

/** better-auth's own endpoints that set a password chosen by the person (sign-up is closed). */
const PASSWORD_PATHS = new Set(["/change-password", "/reset-password"]);

/**
 * The same password rules as the invitation link (server/domain/admin/password-policy.ts) for
 * better-auth's change- and reset-password endpoints, so no way of setting a password skips them.
 */
export function passwordPolicy(): BetterAuthPlugin {
  return {
    id: "partnerskap-password-policy",
    hooks: {
      before: [
        {
          matcher: (context) => PASSWORD_PATHS.has(context.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            const body = ctx.body as { newPassword?: unknown } | undefined;
            if (typeof body?.newPassword !== "string") return;
            const session = ctx.path === "/change-password" ? await getSessionFromCtx(ctx) : null;
            const owner = session ? { email: session.user.email, name: session.user.name } : null;
            const problem = passwordProblem(body.newPassword, owner, isCommonPassword);
            if (problem) throw new APIError("BAD_REQUEST", { message: renderText(problem, authRequestLocale(ctx.headers)), code: "PASSWORD_POLICY" });
          }),
        },
      ],
    },
  };
}
