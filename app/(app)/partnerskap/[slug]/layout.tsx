import { ClientMessages } from "~/app/_components/client-messages";
import { PartnershipNav } from "./partnership-nav";

type Props = { children: React.ReactNode; params: Promise<{ slug: string }> };

/** Every page of a partnership shares its section navigation. */
export default async function PartnershipLayout({ children, params }: Props) {
  const { slug } = await params;
  return (
    <ClientMessages namespaces={["partnership"]}>
      <PartnershipNav slug={slug} />
      {children}
    </ClientMessages>
  );
}
