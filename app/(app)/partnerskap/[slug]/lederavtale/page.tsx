import { redirect } from "next/navigation";
import { isoToday } from "~/lib/dates";

type Params = { params: Promise<{ slug: string }> };

/** The section link lands on this year's agreement. */
export default async function LeaderAgreementIndex({ params }: Params) {
  const { slug } = await params;
  redirect(`/partnerskap/${slug}/lederavtale/${isoToday().slice(0, 4)}`);
}
