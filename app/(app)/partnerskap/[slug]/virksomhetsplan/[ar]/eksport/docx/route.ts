import { planFilename } from "~/server/export/plan-wording";
import { attachmentHeaders } from "~/server/export/http";
import { DOCX_CONTENT_TYPE, planDocx } from "~/server/export/plan-docx";
import { loadPlanForExport } from "~/server/export/plan-http";

type Context = { params: Promise<{ slug: string; ar: string }> };

/** A virksomhetsplan version as a Word document (?versjon=<id>, ?sprak=nb|nn); refused exactly where the pages are. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, ar } = await params;
  const { doc, locale, refusal } = await loadPlanForExport(request, slug, ar);
  if (refusal) return refusal;

  const file = await planDocx(doc, new Date(), locale);
  return new Response(file, {
    headers: attachmentHeaders(planFilename(slug, doc.year, doc.snapshot.version.versionNo, "docx"), DOCX_CONTENT_TYPE, file.byteLength),
  });
}
