import { ClientMessages } from "~/app/_components/client-messages";

/** The moter pages' client components read the "meetings" catalogue (and the partnership's, as outside). */
export default function MeetingsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["partnership", "meetings"]}>{children}</ClientMessages>;
}
