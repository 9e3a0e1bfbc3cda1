import { describe, expect, it } from "vitest";
import { OidcConfigError, readOidcProviders } from "./oidc-providers";

const entra = {
  OIDC_PROVIDERS: "entra",
  OIDC_ENTRA_ISSUER: "https://login.microsoftonline.com/tenant-a/v2.0/",
  OIDC_ENTRA_CLIENT_ID: "app-id",
  OIDC_ENTRA_CLIENT_SECRET: "secret",
};

describe("readOidcProviders", () => {
  it("configures nothing when OIDC_PROVIDERS is unset, as in the demo", () => {
    expect(readOidcProviders({})).toEqual([]);
  });

  it("reads one provider with the documented defaults", () => {
    expect(readOidcProviders(entra)).toEqual([
      {
        id: "entra",
        issuer: "https://login.microsoftonline.com/tenant-a/v2.0",
        clientId: "app-id",
        clientSecret: "secret",
        label: null,
        scopes: ["openid", "email", "profile"],
        tenants: [],
        authMethod: "client_secret_basic",
        privateKey: null,
      },
    ]);
  });

  it("reads label, scopes, tenants and a private_key_jwt client for ID-porten beside Entra", () => {
    const [first, second] = readOidcProviders({
      ...entra,
      OIDC_PROVIDERS: " Entra , idporten ",
      OIDC_ENTRA_LABEL: "Logg inn med Nav- eller kommunekonto",
      OIDC_ENTRA_TENANTS: "tenant-a, tenant-b",
      OIDC_IDPORTEN_ISSUER: "https://idporten.no",
      OIDC_IDPORTEN_CLIENT_ID: "client",
      OIDC_IDPORTEN_AUTH_METHOD: "private_key_jwt",
      OIDC_IDPORTEN_PRIVATE_KEY: '{"kty":"RSA"}',
      OIDC_IDPORTEN_SCOPES: "profile email",
    });
    expect(first).toMatchObject({ label: "Logg inn med Nav- eller kommunekonto", tenants: ["tenant-a", "tenant-b"] });
    expect(second).toMatchObject({
      id: "idporten",
      authMethod: "private_key_jwt",
      clientSecret: null,
      privateKey: '{"kty":"RSA"}',
      scopes: ["openid", "profile", "email"],
    });
  });

  it("refuses a configuration that would leave a broken button, naming the variable", () => {
    const refused = (env: Record<string, string>) => {
      try {
        readOidcProviders(env);
      } catch (error) {
        expect(error).toBeInstanceOf(OidcConfigError);
        return (error as Error).message;
      }
      throw new Error("expected the configuration to be refused");
    };
    expect(refused({ ...entra, OIDC_ENTRA_ISSUER: "" })).toContain("OIDC_ENTRA_ISSUER");
    expect(refused({ ...entra, OIDC_ENTRA_ISSUER: "ftp://x" })).toContain("OIDC_ENTRA_ISSUER");
    expect(refused({ ...entra, OIDC_ENTRA_CLIENT_SECRET: "" })).toContain("OIDC_ENTRA_CLIENT_SECRET");
    expect(refused({ ...entra, OIDC_ENTRA_AUTH_METHOD: "private_key_jwt" })).toContain("OIDC_ENTRA_PRIVATE_KEY");
    expect(refused({ ...entra, OIDC_ENTRA_AUTH_METHOD: "magic" })).toContain("OIDC_ENTRA_AUTH_METHOD");
    expect(refused({ ...entra, OIDC_PROVIDERS: "entra,entra" })).toContain("to ganger");
    expect(refused({ ...entra, OIDC_PROVIDERS: "../x" })).toContain("OIDC_PROVIDERS");
  });
});
