import { ClientMessages } from "~/app/_components/client-messages";

/** «auth»: the messages lib/two-factor.ts names (wrong code, wrong password) are in it. */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["account", "auth"]}>{children}</ClientMessages>;
}
