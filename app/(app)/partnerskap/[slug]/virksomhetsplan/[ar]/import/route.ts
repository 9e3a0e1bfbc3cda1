import { TRPCError } from "@trpc/server";
import { getServerCaller } from "~/server/api/server-caller";
import { FILE_TOO_LARGE, MAX_IMPORT_BYTES, NOT_XLSX, type ImportError } from "~/server/domain/virksomhetsplan/xlsx-import";

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

const statusFor: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
};

/**
 * POST multipart/form-data with "fil" (an .xlsx) and "versjon" (the draft's id): imports
 * the spreadsheet's activities, indicators and values into the draft through the API
 * (virksomhetsplan.importTables, the same access as every other plan edit). Answers JSON:
 * { imported: { activities, indicators, values } }, or { errors: [{ sheet, row, message }] }
 * with a 4xx status and nothing written. Never a 500 for a bad file or request.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;

  // A form on another site must not post here with the visitor's cookies (a multipart form
  // needs no preflight). Browsers say where a request comes from; the session cookie is also SameSite=Lax.
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return refuse(403, "Importen må gjøres fra Partnerskapsrommet.");

  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return refuse(413, FILE_TOO_LARGE);

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "Forespørselen kunne ikke leses. Velg en fil og prøv igjen.");
  }
  const file = form.get("fil");
  const versionId = form.get("versjon");
  if (typeof versionId !== "string" || versionId === "") return refuse(400, "Mangler hvilken versjon av planen som skal oppdateres.");
  if (!(file instanceof File) || file.size === 0) return refuse(400, "Velg et Excel-regneark (.xlsx) å importere.");
  if (file.size > MAX_IMPORT_BYTES) return refuse(413, FILE_TOO_LARGE);
  if (!/\.xlsx$/i.test(file.name)) return refuse(400, NOT_XLSX);

  const base64 = Buffer.from(await file.arrayBuffer()).toString("base64");
  try {
    const api = await getServerCaller();
    const result = await api.virksomhetsplan.importTables({ partnership: slug, versionId, file: base64 });
    return result.errors ? json(400, { errors: result.errors }) : json(200, { imported: result.imported });
  } catch (error) {
    if (error instanceof TRPCError && statusFor[error.code]) {
      const zodIssues = (error.cause as { issues?: { message: string }[] } | undefined)?.issues;
      const message = zodIssues?.[0]?.message ?? error.message;
      return refuse(statusFor[error.code]!, message);
    }
    console.error("Plan import failed:", error);
    return refuse(500, "Noe gikk galt hos oss. Ingenting ble importert. Prøv igjen om litt.");
  }
}
