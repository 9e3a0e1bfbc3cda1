import { ClientMessages } from "~/app/_components/client-messages";

/** The network pages' client components use the network and live-workshop words and the areas' names. */
export default function NetworkLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["network", "workshop", "mulighetsrom.areas"]}>{children}</ClientMessages>;
}
