import { ClientMessages } from "~/app/_components/client-messages";

/** The lederavtale's client components read its own words and the export words («Dokumentspråk»). */
export default function LeaderAgreementLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["agreement", "exports"]}>{children}</ClientMessages>;
}
