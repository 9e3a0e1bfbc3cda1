import { describe, expect, it } from "vitest";
import { renderText, type Text } from "./i18n/text";
import { ACCOUNT_DEACTIVATED_CODE, signInErrorMessage } from "./sign-in-errors";
import {
  changePasswordFailure,
  cleanBackupCode,
  cleanTotpCode,
  codeFailure,
  groupedSecret,
  passwordStepFailure,
  totpSecretOf,
  WRONG_PASSWORD,
} from "./two-factor";

describe("totpSecretOf", () => {
  it("reads the secret of better-auth's otpauth URI", () => {
    const uri = "otpauth://totp/Partnerskapsrommet:ola%40nav.no?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY&issuer=Partnerskapsrommet&digits=6&period=30";
    expect(totpSecretOf(uri)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY");
  });

  it("refuses what is not an otpauth URI with a base32 secret", () => {
    expect(totpSecretOf("https://example.no/?secret=GEZDGNBV")).toBeNull();
    expect(totpSecretOf("otpauth://totp/x")).toBeNull();
    expect(totpSecretOf("otpauth://totp/x?secret=not-base32!")).toBeNull();
  });
});

describe("codes as typed", () => {
  it("groups a secret in fours", () => {
    expect(groupedSecret("GEZDGNBVGY3TQOJQGE")).toBe("GEZD GNBV GY3T QOJQ GE");
  });

  it("drops spaces and dashes from a code from the app", () => {
    expect(cleanTotpCode(" 123 456 ")).toBe("123456");
    expect(cleanTotpCode("123-456")).toBe("123456");
  });

  it("keeps a backup code's dash, and puts it back when left out", () => {
    expect(cleanBackupCode(" a1B2c-3D4e5 ")).toBe("a1B2c-3D4e5");
    expect(cleanBackupCode("a1B2c3D4e5")).toBe("a1B2c-3D4e5");
    expect(cleanBackupCode("kort")).toBe("kort");
  });
});

/** The bokmål the page shows. */
const nb = (message: Text | string | null) => (message === null ? null : renderText(message, "nb"));

describe("codeFailure", () => {
  it("says a wrong code is wrong, and lets the person try again", () => {
    const wrong = codeFailure({ status: 401, code: "INVALID_CODE", message: "Invalid code" }, "totp");
    expect(wrong.restart).toBe(false);
    expect(nb(wrong.message)).toMatch(/^Koden stemmer ikke\./);
    expect(renderText(wrong.message, "nn")).toMatch(/^Koden stemmer ikkje\./);
    expect(nb(codeFailure({ status: 401, code: "INVALID_BACKUP_CODE" }, "backup").message)).toMatch(/^Reservekoden stemmer ikke/);
  });

  it("asks to wait when rate limited, in Norwegian whatever better-auth said", () => {
    const limited = codeFailure({ status: 429, message: "Too many requests" }, "totp");
    expect(limited.restart).toBe(false);
    expect(nb(limited.message)).toBe("Du har prøvd for mange ganger. Vent et minutt og prøv igjen.");
    expect(nb(codeFailure({ status: 429, code: "ACCOUNT_TEMPORARILY_LOCKED", message: "Too many failed verification attempts." }, "totp").message)).toMatch(
      /Vent et kvarter/,
    );
  });

  it("starts the sign-in again when the challenge is spent or expired, or the person is deactivated", () => {
    expect(codeFailure({ status: 400, code: "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE" }, "totp").restart).toBe(true);
    expect(codeFailure({ status: 401, code: "INVALID_TWO_FACTOR_COOKIE" }, "backup").restart).toBe(true);
    const deactivated = codeFailure({ status: 403, code: ACCOUNT_DEACTIVATED_CODE }, "totp");
    expect(deactivated.restart).toBe(true);
    expect(nb(deactivated.message)).toBe(signInErrorMessage(ACCOUNT_DEACTIVATED_CODE));
  });

  it("never shows better-auth's English", () => {
    expect(nb(codeFailure({ status: 500, code: "SOMETHING", message: "Internal" }, "totp").message)).not.toMatch(/Internal/);
  });
});

describe("changePasswordFailure", () => {
  it("puts a wrong current password on its field", () => {
    expect(changePasswordFailure({ status: 400, code: "INVALID_PASSWORD", message: "Invalid password" })).toEqual({
      fieldErrors: { currentPassword: WRONG_PASSWORD },
      formError: null,
    });
  });

  it("puts the password policy's own message on the new password", () => {
    const message = "Passordet er for vanlig og står på lister over lekkede passord. Velg et annet.";
    expect(changePasswordFailure({ status: 400, code: "PASSWORD_POLICY", message })).toEqual({ fieldErrors: { newPassword: message }, formError: null });
    expect(nb(changePasswordFailure({ status: 400, code: "PASSWORD_TOO_SHORT" }).fieldErrors.newPassword!)).toBe("Passordet må ha minst 10 tegn.");
    expect(renderText(changePasswordFailure({ status: 400, code: "PASSWORD_TOO_LONG" }).fieldErrors.newPassword!, "nn")).toBe("Passordet kan ha høgst 128 teikn.");
  });

  it("says to wait when rate limited, and something general otherwise", () => {
    expect(nb(changePasswordFailure({ status: 429 }).formError)).toMatch(/Vent et minutt/);
    expect(nb(changePasswordFailure({ status: 500, message: "Internal Server Error" }).formError)).toMatch(/^Noe gikk galt/);
  });
});

describe("signInErrorMessage", () => {
  it("says a refusal in either language, and a general message for unknown codes", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("account_deactivated")).toMatch(/^Kontoen din er deaktivert\./);
    expect(signInErrorMessage("no_email", "nn")).toMatch(/vi kan ikkje vite kven du er/);
    expect(signInErrorMessage("state_mismatch")).toMatch(/^Innloggingen ble avbrutt/);
  });
});

describe("passwordStepFailure", () => {
  it("puts a wrong password on the field it was typed in", () => {
    expect(passwordStepFailure({ status: 400, code: "INVALID_PASSWORD" }, "disablePassword")).toEqual({
      fieldErrors: { disablePassword: WRONG_PASSWORD },
      formError: null,
    });
  });
});
