import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Partnerskapsrommet", template: "%s – Partnerskapsrommet" },
  description: "Felles planlegging for Nav-kontorets partnerskap mellom kommune og stat.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next can put that request's CSP nonce (proxy.ts) on
  // its scripts; a page built ahead of time would have none, and its scripts would not run.
  await connection();
  return (
    <html lang="nb">
      <body className="min-h-screen bg-ax-bg-default">{children}</body>
    </html>
  );
}
