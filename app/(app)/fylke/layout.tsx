import { ClientMessages } from "~/app/_components/client-messages";

/** The fylke's pages: their own words, the partnership's (leader models) and the årshjul's (rings). */
export default function FylkeLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["fylke", "partnership", "cycle"]}>{children}</ClientMessages>;
}
