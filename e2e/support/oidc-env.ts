/**
 * The OpenID Connect provider the end-to-end tests run on loopback (./oidc-idp.ts) and the
 * variables that point the web server at it (playwright.config.ts → webServer.env). No imports:
 * the Playwright config reads this too, and must not load oidc-provider.
 */
export const E2E_OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3290);
/** Exactly the `issuer` oidc-provider publishes: no trailing slash. */
export const E2E_OIDC_ISSUER = `http://127.0.0.1:${E2E_OIDC_PORT}`;
export const E2E_OIDC_CLIENT_ID = "partnerskapsrommet-e2e";
export const E2E_OIDC_CLIENT_SECRET = "e2e-client-secret-not-for-production";
export const E2E_OIDC_LABEL = "Logg inn med jobbkonto";
/** The Entra tenant the app allows (OIDC_ENTRA_TENANTS); any other `tid` is refused. */
export const E2E_OIDC_TENANT = "7f1c2d3e-4b5a-4c6d-8e7f-901234567890";
/** Another organisation's directory, which the app does not allow. */
export const E2E_OIDC_OTHER_TENANT = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";

/** The web server's OIDC_* variables: one provider, «entra», at the test provider. */
export const e2eOidcServerEnv = {
  OIDC_PROVIDERS: "entra",
  OIDC_ENTRA_ISSUER: E2E_OIDC_ISSUER,
  OIDC_ENTRA_CLIENT_ID: E2E_OIDC_CLIENT_ID,
  OIDC_ENTRA_CLIENT_SECRET: E2E_OIDC_CLIENT_SECRET,
  OIDC_ENTRA_LABEL: E2E_OIDC_LABEL,
  OIDC_ENTRA_TENANTS: E2E_OIDC_TENANT,
};
