import { redirect } from "next/navigation";
import { isoToday } from "~/lib/dates";

type Params = { params: Promise<{ slug: string }> };

/** The section link lands on this year's plan. */
export default async function BusinessPlanIndex({ params }: Params) {
  const { slug } = await params;
  redirect(`/partnerskap/${slug}/virksomhetsplan/${isoToday().slice(0, 4)}`);
}
