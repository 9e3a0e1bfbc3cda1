import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Partnerskapsrommet", template: "%s – Partnerskapsrommet" },
  description: "Felles planlegging for Nav-kontorets partnerskap mellom kommune og stat.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nb">
      <body className="min-h-screen bg-ax-bg-default">{children}</body>
    </html>
  );
}
