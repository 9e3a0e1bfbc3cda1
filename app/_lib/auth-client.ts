import { createAuthClient } from "better-auth/react";
import { twoFactorClient } from "better-auth/client/plugins";

/** better-auth in the browser: sign-in (password, work account, TOTP), sessions, password change. */
export const authClient = createAuthClient({ plugins: [twoFactorClient()] });
