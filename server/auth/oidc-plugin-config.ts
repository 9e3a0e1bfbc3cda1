import type { GenericOAuthConfig } from "better-auth/plugins/generic-oauth";
import { createPrivateKeyJwtClientAssertionGetter, type PrivateKeyJwtSigningAlgorithm } from "better-auth/oauth2";
import { discoveryUrlOf, type OidcProviderConfig } from "./oidc-providers";

/** A private key given as a JWK (JSON) or as PKCS#8 PEM, as ID-porten and Ansattporten issue them. */
function clientAssertion(privateKey: string) {
  if (privateKey.startsWith("{")) {
    const jwk = JSON.parse(privateKey) as JsonWebKey & { kid?: string; alg?: PrivateKeyJwtSigningAlgorithm };
    return createPrivateKeyJwtClientAssertionGetter({ privateKeyJwk: jwk, kid: jwk.kid, algorithm: jwk.alg });
  }
  return createPrivateKeyJwtClientAssertionGetter({ privateKeyPem: privateKey.replace(/\\n/g, "\n") });
}

/**
 * One provider for better-auth's genericOAuth plugin: authorization code with PKCE, endpoints
 * and signing keys from the issuer's discovery document, the ID token verified (signature,
 * issuer, audience, nonce) before any claim is read.
 */
export function genericOAuthConfig(provider: OidcProviderConfig): GenericOAuthConfig {
  return {
    providerId: provider.id,
    name: provider.label ?? provider.id,
    discoveryUrl: discoveryUrlOf(provider.issuer),
    clientId: provider.clientId,
    ...(provider.clientSecret ? { clientSecret: provider.clientSecret } : {}),
    scopes: provider.scopes,
    pkce: true,
    requireIdTokenVerification: true,
    // Nobody is created by signing in; validateUserInfo lets an invited e-mail through.
    disableImplicitSignUp: false,
    tokenEndpointAuth:
      provider.authMethod === "private_key_jwt" && provider.privateKey
        ? { method: "private_key_jwt", getClientAssertion: clientAssertion(provider.privateKey) }
        : { method: provider.authMethod === "client_secret_post" ? "client_secret_post" : "client_secret_basic" },
    // The provider's name and e-mail are taken when the person is created, not overwritten later.
    overrideUserInfo: false,
  };
}
