import { AppHeader } from "~/app/_components/app-header";
import { TRPCReactProvider } from "~/app/_components/trpc-provider";
import { getDb } from "~/db/client";
import { hasGlobalRole } from "~/server/domain/access/load";
import { requireUser } from "~/server/auth/session";
import { reachableNetworkIds } from "~/server/domain/network/access";
import { requestLimits } from "~/server/security/request-limits";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const db = getDb();
  const isAdmin = hasGlobalRole(db, user.id, "admin");
  const showNetworks = hasGlobalRole(db, user.id, "fasilitator") || reachableNetworkIds(db, user.id).length > 0;
  return (
    <TRPCReactProvider maxBatch={requestLimits().maxBatch}>
      <a
        href="#hovedinnhold"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-ax-bg-default focus:p-2"
      >
        Hopp til hovedinnhold
      </a>
      <AppHeader name={user.name} email={user.email} isAdmin={isAdmin} showNetworks={showNetworks} />
      <main id="hovedinnhold" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-8 outline-none">
        {children}
      </main>
    </TRPCReactProvider>
  );
}
