import { describe, expect, it } from "vitest";
import { appBaseUrl, appUrl, mailFrom, messageIdDomain, messageIdFor, smtpUrl } from "./config";

describe("mail configuration", () => {
  it("takes smtp:// and smtps:// URLs and refuses anything else with a message", () => {
    expect(smtpUrl({})).toBeNull();
    expect(smtpUrl({ SMTP_URL: "  " })).toBeNull();
    expect(smtpUrl({ SMTP_URL: "smtp://u:p@mail.kommune.no:587" })).toBe("smtp://u:p@mail.kommune.no:587");
    expect(smtpUrl({ SMTP_URL: "smtps://mail.kommune.no:465" })).toBe("smtps://mail.kommune.no:465");
    expect(() => smtpUrl({ SMTP_URL: "mail.kommune.no" })).toThrow(/SMTP_URL is not a URL/);
    expect(() => smtpUrl({ SMTP_URL: "https://mail.kommune.no" })).toThrow(/smtp:\/\/ or smtps:\/\//);
  });

  it("builds absolute links from BETTER_AUTH_URL, else the local port", () => {
    expect(appBaseUrl({ BETTER_AUTH_URL: "https://partnerskap.example.no/" })).toBe("https://partnerskap.example.no");
    expect(appBaseUrl({ PORT: "3224" })).toBe("http://localhost:3224");
    expect(appBaseUrl({})).toBe("http://localhost:3000");
    expect(appUrl("/konto", "https://x.no")).toBe("https://x.no/konto");
    expect(appUrl("konto", "https://x.no")).toBe("https://x.no/konto");
  });

  it("uses MAIL_FROM's domain on the right of every Message-ID", () => {
    const env = { MAIL_FROM: "Partnerskapsrommet <ikke-svar@Agder.Kommune.no>" };
    expect(mailFrom(env)).toBe(env.MAIL_FROM);
    expect(messageIdDomain(env)).toBe("agder.kommune.no");
    expect(messageIdFor("digest.u1.2027-03-05", env)).toBe("<digest.u1.2027-03-05@agder.kommune.no>");
    expect(messageIdDomain({ MAIL_FROM: "varsel@nav.no" })).toBe("nav.no");
    expect(messageIdDomain({})).toBe("partnerskapsrommet.invalid");
  });
});
