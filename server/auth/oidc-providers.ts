/**
 * OpenID Connect providers, read from the environment only, so operations can add
 * Entra ID, ID-porten or Ansattporten without code (README, «Innlogging med jobbkonto»):
 *
 *   OIDC_PROVIDERS=entra,idporten
 *   OIDC_ENTRA_ISSUER, OIDC_ENTRA_CLIENT_ID, OIDC_ENTRA_CLIENT_SECRET, OIDC_ENTRA_LABEL
 *   OIDC_ENTRA_SCOPES (default "openid email profile"), OIDC_ENTRA_TENANTS (allowed `tid` values),
 *   OIDC_ENTRA_AUTH_METHOD (client_secret_basic | client_secret_post | private_key_jwt),
 *   OIDC_ENTRA_PRIVATE_KEY (PKCS#8 PEM or a JWK as JSON, for private_key_jwt)
 *
 * A broken configuration stops the server at start-up with a message naming the variable:
 * a sign-in button that fails for everyone is worse than a deploy that does not start.
 */

export const oidcAuthMethods = ["client_secret_basic", "client_secret_post", "private_key_jwt"] as const;
export type OidcAuthMethod = (typeof oidcAuthMethods)[number];

export interface OidcProviderConfig {
  /** Lower-case id, used in the callback path /api/auth/callback/<id>. */
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  /** The sign-in button's text (OIDC_<ID>_LABEL); null: the catalogue's «Logg inn med jobbkonto» in the page's language. */
  label: string | null;
  scopes: string[];
  /** Allowed Entra tenant ids (`tid`); empty means any tenant the issuer vouches for. */
  tenants: string[];
  authMethod: OidcAuthMethod;
  privateKey: string | null;
}

/** What the sign-in and invitation pages need to draw the buttons. */
export interface OidcButton {
  id: string;
  /** Null: the default text, auth.provider.defaultLabel. */
  label: string | null;
}

export class OidcConfigError extends Error {
  override name = "OidcConfigError";
}

const DEFAULT_SCOPES = ["openid", "email", "profile"];
const PROVIDER_ID = /^[a-z][a-z0-9_]{0,31}$/;

const list = (value: string | undefined, separator: RegExp) =>
  (value ?? "")
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);

export function readOidcProviders(env: Record<string, string | undefined>): OidcProviderConfig[] {
  const ids = list(env.OIDC_PROVIDERS, /,/).map((id) => id.toLowerCase());
  const seen = new Set<string>();
  return ids.map((id) => {
    if (!PROVIDER_ID.test(id)) {
      throw new OidcConfigError(`OIDC_PROVIDERS: «${id}» er ikke en gyldig id (små bokstaver, tall og _, begynner med en bokstav).`);
    }
    if (seen.has(id)) throw new OidcConfigError(`OIDC_PROVIDERS: «${id}» står to ganger.`);
    seen.add(id);
    const prefix = `OIDC_${id.toUpperCase()}_`;
    const value = (name: string) => env[prefix + name]?.trim() || null;
    const required = (name: string) => {
      const found = value(name);
      if (!found) throw new OidcConfigError(`${prefix}${name} mangler for innloggingen «${id}».`);
      return found;
    };

    const issuer = required("ISSUER").replace(/\/+$/, "");
    if (!URL.canParse(issuer) || !/^https?:$/.test(new URL(issuer).protocol)) {
      throw new OidcConfigError(`${prefix}ISSUER må være en http(s)-adresse.`);
    }
    const authMethodText = value("AUTH_METHOD") ?? "client_secret_basic";
    if (!(oidcAuthMethods as readonly string[]).includes(authMethodText)) {
      throw new OidcConfigError(`${prefix}AUTH_METHOD må være en av ${oidcAuthMethods.join(", ")}.`);
    }
    const authMethod = authMethodText as OidcAuthMethod;
    const clientSecret = value("CLIENT_SECRET");
    const privateKey = value("PRIVATE_KEY");
    if (authMethod === "private_key_jwt" && !privateKey) {
      throw new OidcConfigError(`${prefix}PRIVATE_KEY mangler: private_key_jwt signerer med en privat nøkkel.`);
    }
    if (authMethod !== "private_key_jwt" && !clientSecret) {
      throw new OidcConfigError(`${prefix}CLIENT_SECRET mangler for ${authMethod}.`);
    }
    const scopes = list(value("SCOPES") ?? undefined, /[\s,]+/);
    return {
      id,
      issuer,
      clientId: required("CLIENT_ID"),
      clientSecret: authMethod === "private_key_jwt" ? null : clientSecret,
      label: value("LABEL"),
      scopes: scopes.length > 0 ? (scopes.includes("openid") ? scopes : ["openid", ...scopes]) : DEFAULT_SCOPES,
      tenants: list(value("TENANTS") ?? undefined, /[\s,]+/),
      authMethod,
      privateKey,
    };
  });
}

/** The path the provider sends people back to; the README tells operations to register it. */
export const oidcCallbackPath = (providerId: string) => `/api/auth/callback/${providerId}`;

/** The discovery document the issuer publishes. */
export const discoveryUrlOf = (issuer: string) => `${issuer}/.well-known/openid-configuration`;
