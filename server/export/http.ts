import "server-only";
import { TRPCError } from "@trpc/server";
import { getServerCaller } from "../api/server-caller";
import type { AssessmentReport } from "./report";

/** A short Norwegian plain-text answer; exports are downloads, so there is no page to show. */
export function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

const refusals: Partial<Record<TRPCError["code"], { status: number; text: string }>> = {
  UNAUTHORIZED: { status: 401, text: "Du må logge inn for å laste ned vurderingen." },
  FORBIDDEN: { status: 403, text: "Du har ikke tilgang til denne vurderingen." },
  NOT_FOUND: { status: 404, text: "Fant ikke vurderingen." },
  // A malformed slug or id: to the person it is simply not there, as on the pages (app/_lib/load.ts).
  BAD_REQUEST: { status: 404, text: "Fant ikke vurderingen." },
};

/**
 * Loads the report through the API, exactly as the print page does, so the export is refused
 * where the page would be. Returns either the report or the refusal to send.
 */
export async function loadReportForExport(
  slug: string,
  assessmentId: string,
): Promise<{ report: AssessmentReport; refusal?: never } | { report?: never; refusal: Response }> {
  try {
    const api = await getServerCaller();
    return { report: await api.mulighetsrom.report({ partnership: slug, assessmentId }) };
  } catch (error) {
    const refusal = error instanceof TRPCError ? refusals[error.code] : undefined;
    if (!refusal) throw error;
    return { refusal: textResponse(refusal.status, refusal.text) };
  }
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
