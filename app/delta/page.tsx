import type { Metadata } from "next";
import { DeltaApp } from "./delta-app";

export const metadata: Metadata = { title: "Bli med i samlingen" };

type Props = { searchParams: Promise<{ kode?: string | string[] }> };

/** /delta?kode=ABC234 (the QR code) or /delta, where the participant types the code. */
export default async function DeltaPage({ searchParams }: Props) {
  const { kode } = await searchParams;
  const code = (Array.isArray(kode) ? kode[0] : kode)?.slice(0, 20) ?? "";
  return <DeltaApp initialCode={code} />;
}
