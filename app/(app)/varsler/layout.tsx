import { ClientMessages } from "~/app/_components/client-messages";

export default function NotificationsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["notifications"]}>{children}</ClientMessages>;
}
