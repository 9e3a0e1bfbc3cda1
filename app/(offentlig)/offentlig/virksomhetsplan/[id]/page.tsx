import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PlanDocument } from "~/app/_components/plan-document/plan-document";
import { documentTitle } from "~/server/export/plan-wording";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";

type Props = { params: Promise<{ id: string }> };

/** The newest published version of the plan; anything else (unknown id, never published) is a 404. */
const loadPublished = cache(async (id: string) => {
  const api = await getServerCaller();
  const doc = await loadOrInterrupt(() => api.businessPlan.publicDocument({ planId: id }));
  if (!doc) notFound();
  return doc;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await loadPublished((await params).id);
  return {
    title: `${documentTitle(doc.year)} – ${doc.officeName}`,
    description: `Den felles virksomhetsplanen for ${doc.officeName} i ${doc.year}, godkjent av kommunen og Nav.`,
  };
}

/**
 * A published virksomhetsplan for anyone, without sign-in (the proxy lets /offentlig through).
 * People's names are left out unless the Nav-leder has chosen to show them; the document says so.
 */
export default async function PublicPlanPage({ params }: Props) {
  const doc = await loadPublished((await params).id);
  return <PlanDocument doc={doc} variant="web" />;
}
