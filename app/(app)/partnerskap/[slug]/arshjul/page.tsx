import { redirect } from "next/navigation";
import { isoToday } from "~/lib/dates";

type Params = { params: Promise<{ slug: string }> };

/** The section link lands on this year's årshjul. */
export default async function CycleIndex({ params }: Params) {
  const { slug } = await params;
  redirect(`/partnerskap/${slug}/arshjul/${isoToday().slice(0, 4)}`);
}
