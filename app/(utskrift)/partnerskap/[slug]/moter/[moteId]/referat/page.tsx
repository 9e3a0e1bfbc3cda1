import type { Metadata } from "next";
import { MeetingPrintPage, meetingPrintTitle } from "~/app/(utskrift)/partnerskap/[slug]/moter/[moteId]/print-page";

type Props = { params: Promise<{ slug: string; moteId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, moteId } = await params;
  return meetingPrintTitle(slug, moteId, "referat");
}

export default async function MinutesPrintPage({ params }: Props) {
  const { slug, moteId } = await params;
  return <MeetingPrintPage slug={slug} meetingId={moteId} kind="referat" />;
}
