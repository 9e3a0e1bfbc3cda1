import "server-only";
import { TRPCError } from "@trpc/server";
import { getServerCaller } from "~/server/api/server-caller";
import type { AssessmentReport } from "./report";

/** A short Norwegian plain-text answer; exports are downloads, so there is no page to show. */
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
 * is refused where the page would be. Returns either the data or the refusal to send.
 */
export async function loadForExport<T>(
  load: (api: ServerCaller) => Promise<T>,
  texts: RefusalTexts,
): Promise<{ data: T; refusal?: never } | { data?: never; refusal: Response }> {
  try {
    return { data: await load(await getServerCaller()) };
  } catch (error) {
    const refusal = error instanceof TRPCError ? refusalFor(error.code, texts) : undefined;
    if (!refusal) throw error;
    return { refusal: textResponse(refusal.status, refusal.text) };
  }
}

const assessmentRefusals: RefusalTexts = {
  unauthorized: "Du må logge inn for å laste ned vurderingen.",
  forbidden: "Du har ikke tilgang til denne vurderingen.",
  notFound: "Fant ikke vurderingen.",
};

/** The mulighetsrom report for its PDF and spreadsheet exports. */
export async function loadReportForExport(
  slug: string,
  assessmentId: string,
): Promise<{ report: AssessmentReport; refusal?: never } | { report?: never; refusal: Response }> {
  const loaded = await loadForExport((api) => api.mulighetsrom.report({ partnership: slug, assessmentId }), assessmentRefusals);
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
