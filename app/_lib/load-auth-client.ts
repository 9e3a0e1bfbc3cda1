import type { authClient } from "./auth-client";

type AuthClient = typeof authClient;
let loading: Promise<AuthClient> | null = null;

/**
 * better-auth's browser client, fetched the first time someone signs in or out, changes a password
 * or manages two-factor, instead of with every page: the header on every page can sign out, and
 * the client (about 12 kB gzipped) is not needed to show or use anything else (issue 18).
 * A failed fetch is forgotten, so the next attempt tries again.
 */
export function loadAuthClient(): Promise<AuthClient> {
  loading ??= import("./auth-client").then(
    (module) => module.authClient,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
