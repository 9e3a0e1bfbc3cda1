import { ClientMessages } from "~/app/_components/client-messages";

/** The plan's client components read the plan's words, the export words and the history's. */
export default function BusinessPlanLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["plan", "exports", "history"]}>{children}</ClientMessages>;
}
