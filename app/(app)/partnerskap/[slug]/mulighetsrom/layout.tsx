import { ClientMessages } from "~/app/_components/client-messages";

/** The mulighetsrom pages' client components read the model's words and the history's. */
export default function MulighetsromLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["mulighetsrom", "history"]}>{children}</ClientMessages>;
}
