import { meetingPdf } from "~/server/export/meeting-http";

type Context = { params: Promise<{ slug: string; moteId: string }> };

/** The meeting's innkalling as a PDF, printed from its print view as the caller. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, moteId } = await params;
  return meetingPdf(request, slug, moteId, "innkalling");
}
