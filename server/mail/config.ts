/**
 * Mail configuration from the environment (docs/adr/0014-mail-outbox.md):
 *   SMTP_URL   smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://…:465 (TLS);
 *              unset: nothing leaves the machine, mails are kept in the outbox (status `kept`).
 *   MAIL_FROM  the sender, e.g. «Partnerskapsrommet <ikke-svar@kommune.no>».
 *   BETTER_AUTH_URL  the app's public address, for the links in mails.
 */

export const DEFAULT_MAIL_FROM = "Partnerskapsrommet <ikke-svar@partnerskapsrommet.invalid>";

/** The SMTP URL when one is set and has a scheme we speak; null means «keep, do not send». */
export function smtpUrl(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error("SMTP_URL is not a URL: write it as smtp://user:password@host:587 or smtps://user:password@host:465.");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//.`);
  }
  return raw;
}

export const mailConfigured = (env: Record<string, string | undefined> = process.env) => smtpUrl(env) !== null;

export function mailFrom(env: Record<string, string | undefined> = process.env): string {
  return env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
}

/**
 * The app's public address for links in mails: BETTER_AUTH_URL, else the local address
 * `npm run demo` serves (a mail is written outside any request, so there is no Host to ask).
 */
export function appBaseUrl(env: Record<string, string | undefined> = process.env): string {
  const configured = env.BETTER_AUTH_URL?.trim();
  const base = configured || `http://localhost:${env.PORT?.trim() || "3000"}`;
  return base.replace(/\/+$/, "");
}

/** An absolute link to a path inside the app. */
export const appUrl = (path: string, base = appBaseUrl()) => `${base}${path.startsWith("/") ? path : `/${path}`}`;

/** The domain of MAIL_FROM's address, the right-hand side of our Message-IDs. */
export function messageIdDomain(env: Record<string, string | undefined> = process.env): string {
  const from = mailFrom(env);
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return match?.[1]?.toLowerCase() ?? "partnerskapsrommet.invalid";
}

/**
 * The Message-ID a row is sent with: its idempotency key on the left, so every attempt at the
 * same row carries the same id (ADR 0014). Keys use only characters a Message-ID allows.
 */
export const messageIdFor = (idempotencyKey: string, env: Record<string, string | undefined> = process.env) =>
  `<${idempotencyKey}@${messageIdDomain(env)}>`;
