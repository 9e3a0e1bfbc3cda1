import { createHash, generateKeyPairSync, randomBytes, type JsonWebKey } from "node:crypto";
import fs from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { E2E_OIDC_CLIENT_ID, E2E_OIDC_CLIENT_SECRET, E2E_OIDC_ISSUER, E2E_OIDC_PORT } from "./oidc-env";

/**
 * A real OpenID Connect provider on loopback for the end-to-end tests (e2e/oidc.spec.ts):
 * oidc-provider with its own development login form, which takes any login name and any
 * password. The login name is looked up in a small table of accounts whose claims stand in for
 * a Microsoft Entra ID work account: `sub`, `email`, `name` and the tenant `tid`, all in the ID
 * token, and no `email_verified` (Entra sends none). A login name not in the table is refused.
 *
 * The client, the issuer and the port are the ones playwright.config.ts gives the web server
 * (./oidc-env.ts), so the app and this provider agree without a second list.
 */

export interface IdpAccount {
  /** What the person types into the provider's login form: their work e-mail, as at Entra. */
  login: string;
  /** An opaque, stable subject, as Entra issues it. */
  sub: string;
  email: string;
  name: string;
  /** The Entra tenant (directory) the account belongs to. */
  tid: string;
}

/** An account to add: the subject is made from the login name unless given. */
export type NewIdpAccount = Omit<IdpAccount, "sub"> & { sub?: string };

export interface OidcIdp {
  issuer: string;
  /** Adds (or replaces) an account the login form accepts, e.g. an e-mail invited during the test. */
  addAccount(account: NewIdpAccount): IdpAccount;
  /** Every authorization request the provider received, for checking what the app sent. */
  authorizationRequests: URLSearchParams[];
  /** Changes the next redirect back to the app, as someone between the browser and the app could. */
  tamperWithNextCallback(change: (callback: URL) => void): void;
  stop(): Promise<void>;
}

/**
 * The signing key lives beside the test database, which the web server recreates on each start:
 * a reused server (local runs) keeps the keys it fetched from the provider's JWKS, so a provider
 * started again for it must sign with the same key.
 */
function signingKey(): JsonWebKey {
  const dataDir = path.resolve(import.meta.dirname, "..", "..", process.env.E2E_DATA_DIR ?? "e2e/.data");
  const file = path.join(dataDir, "oidc-idp-signing-key.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as JsonWebKey;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: `e2e-${randomBytes(4).toString("hex")}`, alg: "RS256", use: "sig" };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(jwk));
  return jwk;
}

export async function startOidcIdp(options: { appOrigin: string; accounts?: NewIdpAccount[] }): Promise<OidcIdp> {
  const accounts = new Map<string, IdpAccount>();
  const addAccount = (account: NewIdpAccount) => {
    // Opaque but stable, so a rerun against a reused server meets the account it linked before.
    const sub = account.sub ?? createHash("sha256").update(account.login.toLowerCase()).digest("base64url").slice(0, 32);
    const complete = { ...account, sub };
    accounts.set(complete.login.toLowerCase(), complete);
    return complete;
  };
  for (const account of options.accounts ?? []) addAccount(account);
  const redirectUri = `${options.appOrigin}/api/auth/callback/entra`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: E2E_OIDC_CLIENT_ID,
        client_secret: E2E_OIDC_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
        id_token_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    // Entra's claims: the tenant always, e-mail and name by scope; no email_verified.
    claims: { openid: ["sub", "tid"], email: ["email"], profile: ["name"] },
    // The scope's claims go into the ID token itself, as at Entra, not only to /userinfo.
    conformIdTokenClaims: false,
    // Refuse an authorization request without a code challenge (S256 is the only method offered).
    pkce: { required: () => true },
    responseTypes: ["code"],
    features: { devInteractions: { enabled: true } },
    findAccount(_ctx: KoaContextWithOIDC, id: string) {
      const account = accounts.get(id.toLowerCase());
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: account.sub, email: account.email, name: account.name, tid: account.tid }),
      };
    },
    // The organisation has consented for its people (Entra's admin consent): no consent page.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { provider, session, client, result } = ctx.oidc;
      if (!session?.accountId || !client) return undefined;
      const grantId = (result?.consent as { grantId?: string } | undefined)?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  };

  const provider = new Provider(E2E_OIDC_ISSUER, configuration);
  const authorizationRequests: URLSearchParams[] = [];
  let tamper: ((callback: URL) => void) | null = null;
  provider.use(async (ctx, next) => {
    if (ctx.path === "/auth" && ctx.method === "GET") authorizationRequests.push(new URLSearchParams(ctx.querystring));
    await next();
    const location = ctx.response.get("Location");
    if (tamper && location.startsWith(redirectUri)) {
      const callback = new URL(location);
      tamper(callback);
      tamper = null;
      ctx.set("Location", callback.href);
    }
  });

  const server: Server = await new Promise((resolve, reject) => {
    const listening = provider.listen(E2E_OIDC_PORT, "127.0.0.1", () => resolve(listening));
    listening.once("error", reject);
  });

  return {
    issuer: E2E_OIDC_ISSUER,
    addAccount,
    authorizationRequests,
    tamperWithNextCallback: (change) => {
      tamper = change;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
