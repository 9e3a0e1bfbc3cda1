/**
 * The browser's own defences, told per response (OWASP ASVS 4.0 V14.4). Pure, so the policy is
 * unit tested; proxy.ts sets them on every page, next.config.ts the fixed ones on everything.
 *
 * Scripts: only those carrying this response's nonce, and what they load ('strict-dynamic');
 * Next reads the nonce from the request's Content-Security-Policy header and puts it on its own
 * scripts (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md). No
 * 'unsafe-inline' for scripts and, outside `next dev` (React's error overlay needs it), no
 * 'unsafe-eval'. Styles may be inline: Aksel and the charts set style attributes, and a style
 * cannot run code. connect-src 'self' covers tRPC and the live samling's event stream.
 */

/** 128 random bits, base64: unguessable and fresh for every page. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * No upgrade-insecure-requests: every asset is same-origin already, HSTS upgrades the origin, and
 * the PDF export's Chromium fetches the print view over http://127.0.0.1 even when the public
 * URL is https, where upgrading its stylesheets and fonts would break the print.
 */
export function contentSecurityPolicy({ nonce, dev }: { nonce: string; dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** For answers that are not pages (JSON, calendars, files): nothing in them may load or run. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Powerful features the app never uses stay off, also for anything it might embed. Fullscreen
 * stays on for our own pages (the live samling's screen), as the clipboard does by default.
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "fullscreen=(self)",
].join(", ");

/** Two years, subdomains included: sent only on https, where the browser heeds it. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * Whether this response goes out over https: the configured public URL says so, a trusted proxy
 * says the browser used https (`forwarded`, from ./client-address.ts), or the request itself
 * arrived over https.
 */
export function servedOverHttps(requestUrl: string, publicUrl = process.env.BETTER_AUTH_URL, forwarded = false): boolean {
  if (publicUrl?.startsWith("https://") || forwarded) return true;
  try {
    return new URL(requestUrl).protocol === "https:";
  } catch {
    return false;
  }
}
