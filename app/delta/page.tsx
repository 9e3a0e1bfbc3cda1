import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeltaApp } from "./delta-app";
import { deltaLocale } from "./delta-locale";
import { DeltaMessages } from "./delta-messages";

type Props = { searchParams: Promise<{ kode?: string | string[] }> };

const codeOf = async (searchParams: Props["searchParams"]) => {
  const { kode } = await searchParams;
  return (Array.isArray(kode) ? kode[0] : kode)?.slice(0, 20) ?? "";
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { locale } = await deltaLocale(await codeOf(searchParams));
  const t = await getTranslations({ locale, namespace: "delta" });
  return { title: t("meta.title") };
}

/** /delta?kode=ABC234 (the QR code) or /delta, where the participant types the code. */
export default async function DeltaPage({ searchParams }: Props) {
  const code = await codeOf(searchParams);
  const { locale, chosen } = await deltaLocale(code);
  return (
    <DeltaMessages locale={locale}>
      <DeltaApp initialCode={code} followSamling={!chosen} />
    </DeltaMessages>
  );
}
