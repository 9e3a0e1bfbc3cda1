import { TRPCError } from "@trpc/server";
import { defaultLocale } from "~/lib/i18n/locales";
import { renderText, text, type Text } from "~/lib/i18n/text";
import { getServerCaller } from "~/server/api/server-caller";
import { requestLocale } from "~/server/i18n/request-locale";
import { readBodyWithin } from "~/server/security/request-limits";
import { checkRequestOrigin } from "~/server/security/same-origin";
import { MAX_IMPORT_BYTES } from "~/lib/limits";
import { FILE_TOO_LARGE, NOT_XLSX, type ImportError } from "~/server/domain/business-plan/xlsx-import";
import { errorFields, log } from "~/server/ops/log";

type Context = { params: Promise<{ slug: string; ar: string }> };

/** Room for the multipart framing and the other field around a file of the largest size. */
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });

/** One message for the whole file (not a row): the form lists it like a row error. */
const refuse = (status: number, message: string) => json(status, { errors: [{ sheet: "", row: 0, message }] satisfies ImportError[] });

/**
 * A refusal of our own, in the page's language: the one the API answers in (server/api/server-caller.ts).
 * Bokmål if even that cannot be read (the database is down), so a refusal never fails itself.
 */
const refuseWith = async (status: number, message: Text) =>
  refuse(status, renderText(message, await requestLocale().catch(() => defaultLocale)));

const statusFor: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
};

/**
 * POST multipart/form-data with "fil" (an .xlsx), "versjon" (the draft's id) and "steg":
 * - "forhandsvis" (the default): what the import would do, through virksomhetsplan.previewImport;
 *   answers { preview } and writes nothing.
 * - "bekreft", with "token" from the preview and any number of "fjern" (rows missing from the
 *   file to remove): applies it through virksomhetsplan.confirmImport; answers { imported }.
 * Both have the same access as every other plan edit. Bad rows answer { errors: [{ sheet, row,
 * message }] } with a 4xx status and nothing written; a plan changed since the preview answers
 * 409. Never a 500 for a bad file or request.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;

  // A form on another site must not post here with the visitor's cookies (a multipart form
  // needs no preflight): the same origin check as tRPC and sign-in.
  const origin = checkRequestOrigin(request);
  if (!origin.allowed) return refuse(403, origin.reason);

  // Counted as it arrives, not only by Content-Length, which a chunked body does not have.
  const body = await readBodyWithin(request, MAX_BODY_BYTES);
  if (!body.ok) return refuseWith(413, FILE_TOO_LARGE);

  let form: FormData;
  try {
    form = await new Request(request.url, { method: "POST", headers: request.headers, body: body.body }).formData();
  } catch {
    return refuseWith(400, text("plan.import.unreadableRequest"));
  }
  const file = form.get("fil");
  const versionId = form.get("versjon");
  if (typeof versionId !== "string" || versionId === "") return refuseWith(400, text("plan.import.missingVersion"));
  if (!(file instanceof File) || file.size === 0) return refuseWith(400, text("plan.importForm.chooseFile"));
  if (file.size > MAX_IMPORT_BYTES) return refuseWith(413, FILE_TOO_LARGE);
  if (!/\.xlsx$/i.test(file.name)) return refuseWith(400, NOT_XLSX);

  const step = form.get("steg") ?? "forhandsvis";
  if (step !== "forhandsvis" && step !== "bekreft") return refuseWith(400, text("plan.import.unknownStep"));
  const token = form.get("token");
  const remove = form.getAll("fjern").filter((ref): ref is string => typeof ref === "string");
  if (step === "bekreft" && typeof token !== "string") return refuseWith(400, text("errors.input.importAgain"));

  const base64 = Buffer.from(await file.arrayBuffer()).toString("base64");
  try {
    const api = await getServerCaller();
    if (step === "forhandsvis") {
      const result = await api.businessPlan.previewImport({ partnership: slug, versionId, file: base64 });
      return result.errors ? json(400, { errors: result.errors }) : json(200, { preview: result.preview });
    }
    const result = await api.businessPlan.confirmImport({ partnership: slug, versionId, file: base64, token: token as string, remove });
    return result.errors ? json(400, { errors: result.errors }) : json(200, { imported: result.imported });
  } catch (error) {
    // The API's own messages are already in the caller's language.
    if (error instanceof TRPCError && statusFor[error.code]) {
      const zodIssues = (error.cause as { issues?: { message: string }[] } | undefined)?.issues;
      const message = zodIssues?.[0]?.message ?? error.message;
      return refuse(statusFor[error.code]!, message);
    }
    log("error", "plan import failed", { requestId: request.headers.get("x-request-id"), ...errorFields(error) });
    return refuseWith(500, text("plan.import.failed"));
  }
}
