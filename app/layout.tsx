import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { AkselLocale } from "~/app/_components/aksel-locale";
import { ClientMessages } from "~/app/_components/client-messages";
import { requestLocale } from "~/server/i18n/request-locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell.meta");
  return {
    title: { default: "Partnerskapsrommet", template: "%s – Partnerskapsrommet" },
    description: t("description"),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next can put that request's CSP nonce (proxy.ts) on
  // its scripts; a page built ahead of time would have none, and its scripts would not run.
  await connection();
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-ax-bg-default">
        <AkselLocale locale={locale}>
          <ClientMessages namespaces={[]}>{children}</ClientMessages>
        </AkselLocale>
      </body>
    </html>
  );
}
