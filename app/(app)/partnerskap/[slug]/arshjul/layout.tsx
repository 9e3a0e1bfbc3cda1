import { ClientMessages } from "~/app/_components/client-messages";

/** The arshjul pages' client components read the "cycle" catalogue (and the partnership's, as outside). */
export default function CycleLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["partnership", "cycle"]}>{children}</ClientMessages>;
}
