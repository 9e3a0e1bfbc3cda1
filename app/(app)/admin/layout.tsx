import { ClientMessages } from "~/app/_components/client-messages";

/** The administrator's pages: their own words, and the partnership's (roles, leader models). */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["admin", "partnership"]}>{children}</ClientMessages>;
}
