import "server-only";
import { readOidcProviders, type OidcButton } from "./oidc-providers";

/** The providers configured for this server, read once at start-up (./oidc-providers.ts). */
export const oidcProviders = readOidcProviders(process.env);

export const oidcButtons: OidcButton[] = oidcProviders.map(({ id, label }) => ({ id, label }));
