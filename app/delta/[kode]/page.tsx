import { redirect } from "next/navigation";

/** /delta/ABC234 is the same as /delta?kode=ABC234. */
export default async function DeltaWithCode({ params }: { params: Promise<{ kode: string }> }) {
  const { kode } = await params;
  redirect(`/delta?kode=${encodeURIComponent(kode.slice(0, 20))}`);
}
