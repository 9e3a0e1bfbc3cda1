import { requireUser } from "~/server/auth/session";
import "./utskrift.css";

/**
 * Print views: documents meant for paper and for the PDF export (server/export/pdf.ts), so no
 * app header or navigation. They still require sign-in, and each page asks the API for its
 * data like every other page, so the same refusals (404, 403) apply.
 */
export default async function PrintLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <div className="utskrift-flate">{children}</div>;
}
