import { ClientMessages } from "~/app/_components/client-messages";

export default function SignInLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["auth"]}>{children}</ClientMessages>;
}
