import { ClientMessages } from "~/app/_components/client-messages";

export default function InvitationLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["auth"]}>{children}</ClientMessages>;
}
