/**
 * What a new password must not be (ASVS V2.1): shorter than ten characters, one of the
 * passwords leaked and tried first (./common-passwords.ts), built from the person's own e-mail
 * address or name, or the same character or pattern over and over. No rules about character
 * classes: they make passwords harder to remember, not harder to guess.
 * The shortest length lives in lib/limits.ts, so the invitation form can show it.
 */

import { text, type Text } from "~/lib/i18n/text";

/** The refusals, rendered in the reader's language where they leave the server. */
export const passwordMessages = {
  common: text("admin.errors.passwordCommon"),
  personal: text("admin.errors.passwordPersonal"),
  repeated: text("admin.errors.passwordRepeated"),
  sequence: text("admin.errors.passwordSequence"),
} as const satisfies Record<string, Text>;

export interface PasswordOwner {
  email: string;
  name: string;
}

/** Lower case, letters and digits only: «Ola.Nordmann» and «ola nordmann» are the same word. */
const squash = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

/** The letters left when digits and symbols around a word are taken off: «Sommer2024!» → «sommer». */
export const wordCore = (password: string) =>
  password
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");

/**
 * True for a password made from the e-mail address or the name: the whole address, the part
 * before @, the full name, or one name of four letters or more anywhere in it. A shorter name
 * counts only as the password's whole word («Per2024!!!»), so «superhemmelig» stays allowed for Per.
 */
export function containsPersonalInfo(password: string, owner: PasswordOwner): boolean {
  const squashed = squash(password);
  const core = squash(wordCore(password));
  const local = owner.email.split("@")[0] ?? "";
  const whole = [squash(owner.email), squash(local), squash(owner.name)].filter((w) => w.length >= 4);
  if (whole.some((w) => squashed.includes(w))) return true;
  const parts = [...owner.name.split(/[\s-]+/u), ...local.split(/[._+-]+/u)].map(squash).filter((w) => w.length >= 2);
  return parts.some((part) => (part.length >= 4 && squashed.includes(part)) || core === part);
}

/** «aaaaaaaaaa», «abcabcabcabc», «passordpassord» and passwords of three characters or fewer. */
export function isRepetitive(password: string): boolean {
  const chars = [...password.toLowerCase()];
  if (new Set(chars).size <= 3) return true;
  // Repeats a unit of up to half its length, even if the last copy is cut short.
  for (let unit = 1; unit <= chars.length / 2; unit++) {
    let repeats = true;
    for (let i = unit; i < chars.length && repeats; i++) repeats = chars[i] === chars[i - unit];
    if (repeats) return true;
  }
  return false;
}

/** «1234567890», «abcdefghijk», «9876543210»: each character one step from the one before. */
export function isSequence(password: string): boolean {
  const codes = [...password.toLowerCase()].map((c) => c.codePointAt(0)!);
  const step = codes[1]! - codes[0]!;
  if (Math.abs(step) !== 1) return false;
  return codes.every((code, i) => i === 0 || code - codes[i - 1]! === step || (step === 1 && codes[i - 1] === 57 && code === 48));
}

/**
 * The reason a new password is refused (a catalogue message), or null when it may be used. The length
 * rule is checked by the form schemas (with the other field messages); `isCommon` is the
 * leaked-password lookup, passed in so this module needs no file access.
 */
export function passwordProblem(
  password: string,
  owner: PasswordOwner | null,
  isCommon: (password: string) => boolean,
): Text | null {
  if (isRepetitive(password)) return passwordMessages.repeated;
  if (isSequence(password)) return passwordMessages.sequence;
  if (owner && containsPersonalInfo(password, owner)) return passwordMessages.personal;
  if (isCommon(password)) return passwordMessages.common;
  return null;
}
