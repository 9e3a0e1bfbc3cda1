import { planFilename } from "~/server/export/plan-wording";
import { attachmentHeaders } from "~/server/export/http";
import { loadPlanForExport } from "~/server/export/plan-http";
import { planWorkbook } from "~/server/export/plan-xlsx";
import { XLSX_CONTENT_TYPE } from "~/server/export/xlsx";

type Context = { params: Promise<{ slug: string; ar: string }> };

/**
 * A virksomhetsplan version's activities and indicators as a spreadsheet (?versjon=<id>,
 * ?sprak=nb|nn), in the layout the import reads back (in either language); refused exactly where the pages are.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, ar } = await params;
  const { doc, locale, refusal } = await loadPlanForExport(request, slug, ar);
  if (refusal) return refusal;

  const file = await planWorkbook(doc, new Date(), locale);
  return new Response(file, {
    headers: attachmentHeaders(planFilename(slug, doc.year, doc.snapshot.version.versionNo, "xlsx"), XLSX_CONTENT_TYPE, file.byteLength),
  });
}
