import "server-only";
import { chromium, type Browser } from "playwright-core";
import { attachmentHeaders, textResponse } from "./http";
import { findPdfBrowser } from "./pdf-browser.mjs";
import { errorFields, log } from "~/server/ops/log";
import { parseCookieHeader } from "~/lib/cookie-header";
import { defaultLocale, intlTag, LOCALE_COOKIE, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";

/**
 * PDF export: Chromium prints one of our own print views (e.g. /partnerskap/…/utskrift) to a
 * tagged A4 PDF with an outline. One browser per server process, started on the first export
 * and started again if it dies; every export gets a fresh context holding only the caller's
 * cookies, so it sees exactly what the caller would see.
 */

/** Chromium is missing or would not start: the route answers 503, not 500. */
export class PdfUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("Chromium is not available for PDF export", { cause });
    this.name = "PdfUnavailableError";
  }
}

const LAUNCH_ARGS = ["--no-sandbox", "--disable-dev-shm-usage"];
const RENDER_TIMEOUT_MS = 30_000;
/** At most this many pages render at once; the rest wait (Chromium is memory-hungry). */
const MAX_CONCURRENT = 2;

// Kept on globalThis so `next dev` reloading this module does not start another browser.
const state = globalThis as typeof globalThis & { __partnerskapPdfBrowser?: Promise<Browser> | null };

function launchBrowser(): Promise<Browser> {
  // Looked up at every launch, not once: a browser installed while the server runs is found.
  const found = findPdfBrowser();
  if (found.path === null) return Promise.reject(new PdfUnavailableError(found.reason));
  const executablePath = found.path;
  const launching = chromium
    .launch({
      executablePath,
      args: LAUNCH_ARGS,
      // Next handles the process's signals; Playwright still kills the browser when the process exits.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
    .catch((error: unknown) => {
      throw new PdfUnavailableError(error);
    });
  launching.then(
    (browser) =>
      browser.on("disconnected", () => {
        if (state.__partnerskapPdfBrowser === launching) state.__partnerskapPdfBrowser = null;
      }),
    () => {
      // A failed launch is not cached: the next export tries again.
      if (state.__partnerskapPdfBrowser === launching) state.__partnerskapPdfBrowser = null;
    },
  );
  return launching;
}

async function getBrowser(): Promise<Browser> {
  const current = state.__partnerskapPdfBrowser;
  if (current) {
    const browser = await current.catch(() => null);
    if (browser?.isConnected()) return browser;
    if (state.__partnerskapPdfBrowser === current) state.__partnerskapPdfBrowser = null;
  }
  state.__partnerskapPdfBrowser ??= launchBrowser();
  return state.__partnerskapPdfBrowser;
}

let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/**
 * Where the server reaches itself. Never the request's Host header: that is the client's to
 * choose, and following it would let anyone point our Chromium, carrying their session cookie,
 * at another host (server-side request forgery). `next start -p <port>` and `next dev` set
 * PORT to the port they listen on (node_modules/next/dist/server/lib/start-server.js), and they
 * listen on every interface unless given -H, so 127.0.0.1 reaches them. The e2e server and the
 * benchmark start `next start -p` and so are covered too.
 */
export function loopbackOrigin(): string {
  const port = Number.parseInt(process.env.PORT ?? "3000", 10);
  const safePort = Number.isInteger(port) && port > 0 && port < 65536 ? port : 3000;
  return `http://127.0.0.1:${safePort}`;
}

/** Thrown when the print view did not answer with the page itself (refused, redirected, failed). */
export class PrintViewError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "PrintViewError";
  }
}

/** Page options; the default is A4 portrait with the print stylesheet's margins. */
export interface PdfOptions {
  /** A4 landscape with narrower margins (the årshjul: wheel and list on one page). */
  landscape?: boolean;
  /**
   * The document's language (the «dokumentspråk»): the browser gets a `sprak` cookie with it in
   * place of the caller's own, so the print view renders in it (the cookie wins in chooseLocale);
   * the page footer and this module's own messages follow it too. Default: the caller's cookies as they are.
   */
  locale?: Locale;
}

/**
 * Prints `path` (an absolute path on this server, e.g. "/partnerskap/grimstad/…/utskrift") as
 * the person whose Cookie header is given. Throws PdfUnavailableError when there is no Chromium.
 */
export async function renderPdf(path: string, cookieHeader: string | null, options: PdfOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error("renderPdf needs an absolute path");
  const origin = loopbackOrigin();
  const url = new URL(path, origin);
  const browser = await getBrowser();
  return withSlot(async () => {
    const context = await browser.newContext({
      // The print view is server-rendered; no scripts needed, and none run.
      javaScriptEnabled: false,
      locale: intlTag(options.locale ?? defaultLocale),
      timezoneId: "Europe/Oslo",
    });
    try {
      context.setDefaultTimeout(RENDER_TIMEOUT_MS);
      const cookies = withLocaleCookie(parseCookieHeader(cookieHeader), options.locale);
      if (cookies.length > 0) {
        await context.addCookies(
          // __Secure- cookies (an https deployment) must be marked secure to be accepted; Chromium
          // counts http://127.0.0.1 as a secure context and sends them there.
          cookies.map((c) => ({ ...c, domain: "127.0.0.1", path: "/", secure: c.name.startsWith("__Secure-") })),
        );
      }
      // The page may load only from our own origin: nothing in it should go elsewhere.
      await context.route(
        (target) => target.origin !== origin,
        (route) => route.abort("blockedbyclient"),
      );
      const page = await context.newPage();
      const response = await page.goto(url.href, { waitUntil: "load" });
      const finalPath = new URL(page.url()).pathname;
      if (!response || response.status() !== 200 || finalPath !== url.pathname) {
        throw new PrintViewError(
          `Print view answered ${response?.status() ?? "nothing"} at ${finalPath}`,
          response?.status() ?? null,
        );
      }
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const title = await page.title();
      const pdf = await page.pdf({
        format: "A4",
        landscape: options.landscape ?? false,
        printBackground: true,
        tagged: true,
        outline: true,
        // The same margins as the print stylesheet's @page rule, with room for the footer.
        margin: options.landscape
          ? { top: "10mm", right: "10mm", bottom: "12mm", left: "10mm" }
          : { top: "16mm", right: "15mm", bottom: "18mm", left: "15mm" },
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: footerTemplate(title, options.locale ?? defaultLocale),
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close().catch(() => undefined);
    }
  });
}

/**
 * A route handler's answer: the print view at `path` as a PDF download for the caller, a 503
 * with `unavailableText` when there is no Chromium, or a 500. Check access first (loadForExport)
 * so a refusal never reaches the browser.
 */
export async function pdfDownload(
  request: Request,
  path: string,
  filename: string,
  unavailableText: string,
  options: PdfOptions = {},
): Promise<Response> {
  try {
    const pdf = await renderPdf(path, request.headers.get("cookie"), options);
    return new Response(pdf, { headers: attachmentHeaders(filename, "application/pdf", pdf.byteLength) });
  } catch (error) {
    if (error instanceof PdfUnavailableError) {
      log("error", "PDF export unavailable", { requestId: request.headers.get("x-request-id"), ...errorFields(error) });
      return textResponse(503, unavailableText, { "Retry-After": "60" });
    }
    log("error", "PDF export failed", { requestId: request.headers.get("x-request-id"), ...errorFields(error) });
    return textResponse(500, translator(options.locale ?? defaultLocale, "exports")("pdf.failed"));
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

/** The caller's cookies with `sprak` set to the document's language (when one is given). */
export function withLocaleCookie(cookies: { name: string; value: string }[], locale: Locale | undefined): { name: string; value: string }[] {
  if (!locale) return cookies;
  return [...cookies.filter((c) => c.name !== LOCALE_COOKIE), { name: LOCALE_COOKIE, value: locale }];
}

const PAGE_MARK = "\u0000page\u0000";
const TOTAL_MARK = "\u0000total\u0000";

/** "Side 2 av 5" with Chromium's page-number placeholders, in the document's language. */
export function pageOfTemplate(locale: Locale): string {
  const words = escapeHtml(translator(locale, "exports")("pdf.pageOf", { page: PAGE_MARK, total: TOTAL_MARK }));
  return words.replace(PAGE_MARK, '<span class="pageNumber"></span>').replace(TOTAL_MARK, '<span class="totalPages"></span>');
}

/** Document title and "Side 2 av 5" at the foot of every page. */
function footerTemplate(title: string, locale: Locale): string {
  return `<div style="font-family: 'Source Sans 3', Arial, sans-serif; font-size: 8pt; color: #000; width: 100%; margin: 0 15mm; display: flex; justify-content: space-between; gap: 8mm;">
  <span>${escapeHtml(title)}</span>
  <span style="white-space: nowrap;">${pageOfTemplate(locale)}</span>
</div>`;
}
