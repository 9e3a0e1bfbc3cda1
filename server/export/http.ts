import "server-only";
import { TRPCError } from "@trpc/server";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "~/lib/i18n/locales";
import { cookieValue } from "~/lib/cookie-header";
import { translator } from "~/lib/i18n/translate";
import { getServerCaller } from "~/server/api/server-caller";
import { getRequestUser } from "~/server/auth/session";
import { documentLocale } from "./document-language";
import type { AssessmentReport } from "./report";

/**
 * The languages of an export request: `person` is the exporter's own (this browser's choice, their
 * account's, their kommune's målform), for messages to them; `document` is the file's, their own
 * unless `?sprak=nb|nn` picks another (ADR 0018: a document goes to others).
 */
export async function exportLocales(request: Request): Promise<{ person: Locale; document: Locale }> {
  const user = await getRequestUser();
  const person = chooseLocale({
    browser: cookieValue(request.headers.get("cookie"), LOCALE_COOKIE),
    account: user?.language,
    malform: user?.malform,
  });
  return { person, document: documentLocale(request.url, person) };
}

/** A short plain-text answer in the caller's language; exports are downloads, so there is no page to show. */
export function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** What a refused export says, in the words of the thing being exported. */
export interface RefusalTexts {
  unauthorized: string;
  forbidden: string;
  notFound: string;
}

const refusalFor = (code: TRPCError["code"], texts: RefusalTexts): { status: number; text: string } | undefined => {
  switch (code) {
    case "UNAUTHORIZED":
      return { status: 401, text: texts.unauthorized };
    case "FORBIDDEN":
      return { status: 403, text: texts.forbidden };
    // A malformed slug or id (BAD_REQUEST): to the person it is simply not there, as on the pages (app/_lib/load.ts).
    case "NOT_FOUND":
    case "BAD_REQUEST":
      return { status: 404, text: texts.notFound };
    default:
      return undefined;
  }
};

export type ServerCaller = Awaited<ReturnType<typeof getServerCaller>>;

/**
 * Loads what an export needs through the API, exactly as its print page does, so the export
 * is refused where the page would be. Returns either the data or the refusal to send. The API
 * answers in `documentLocale` when given (the names it renders, such as services and areas, go
 * into the file), else in the page's language.
 */
export async function loadForExport<T>(
  load: (api: ServerCaller) => Promise<T>,
  texts: RefusalTexts,
  documentLocale?: Locale,
): Promise<{ data: T; refusal?: never } | { data?: never; refusal: Response }> {
  try {
    return { data: await load(await getServerCaller(documentLocale)) };
  } catch (error) {
    const refusal = error instanceof TRPCError ? refusalFor(error.code, texts) : undefined;
    if (!refusal) throw error;
    return { refusal: textResponse(refusal.status, refusal.text) };
  }
}

function assessmentRefusals(locale: Locale): RefusalTexts {
  const t = translator(locale, "exports");
  return { unauthorized: t("assessment.unauthorized"), forbidden: t("assessment.forbidden"), notFound: t("assessment.notFound") };
}

/** The mulighetsrom report for its PDF and spreadsheet exports; refusals in `locale` (the caller's). */
export async function loadReportForExport(
  slug: string,
  assessmentId: string,
  locale: Locale = "nb",
): Promise<{ report: AssessmentReport; refusal?: never } | { report?: never; refusal: Response }> {
  const loaded = await loadForExport((api) => api.mulighetsrom.report({ partnership: slug, assessmentId }), assessmentRefusals(locale));
  return loaded.refusal ? { refusal: loaded.refusal } : { report: loaded.data };
}

/** Headers for a file download; the name is ASCII (see exportFilename), so no RFC 5987 encoding is needed. */
export function attachmentHeaders(filename: string, contentType: string, length: number): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Content-Length": String(length),
    "Cache-Control": "private, no-store",
  };
}
