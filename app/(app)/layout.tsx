import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppHeader } from "~/app/_components/app-header";
import { SiteFooter } from "~/app/_components/site-footer";
import { AccountRedirect } from "./konto/account-redirect";
import { TRPCReactProvider } from "~/app/_components/trpc-provider";
import { getDb } from "~/db/client";
import { hasGlobalRole } from "~/server/domain/access/load";
import { requireUser } from "~/server/auth/session";
import { PAGE_PATH_HEADER } from "~/server/auth/page-path";
import { mustTurnOnTwoFactor, TWO_FACTOR_SETUP_PAGE } from "~/server/auth/two-factor-policy";
import { reachableNetworkIds } from "~/server/domain/network/access";
import { requestLimits } from "~/server/security/request-limits";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const db = getDb();
  // AUTH_REQUIRE_2FA: until the person has turned on two-factor sign-in, /konto is the only page.
  // The API refuses the rest too (server/api/trpc.ts), which also covers in-app navigation, where
  // this layout is not rendered again.
  const setupFirst = await mustTurnOnTwoFactor(db, user);
  if (setupFirst) {
    const request = await headers();
    if (request.get(PAGE_PATH_HEADER) !== TWO_FACTOR_SETUP_PAGE) {
      // A page load gets an HTTP redirect. A client-side navigation into the app (after signing
      // in) gets a full page load instead (./konto/account-redirect.tsx says why); Next hides its
      // own headers from layouts, so the browser's Fetch Metadata tells the two apart.
      if (request.get("sec-fetch-dest") === "document") redirect(TWO_FACTOR_SETUP_PAGE);
      return <AccountRedirect href={TWO_FACTOR_SETUP_PAGE} />;
    }
  }
  const [isAdmin, isFacilitator] = await Promise.all([hasGlobalRole(db, user.id, "admin"), hasGlobalRole(db, user.id, "fasilitator")]);
  const showNetworks = isFacilitator || (await reachableNetworkIds(db, user.id)).length > 0;
  const t = await getTranslations("shell");
  return (
    <TRPCReactProvider maxBatch={requestLimits().maxBatch}>
      <a
        href="#hovedinnhold"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-ax-bg-default focus:p-2"
      >
        {t("skipToMain")}
      </a>
      <AppHeader name={user.name} email={user.email} isAdmin={isAdmin && !setupFirst} showNetworks={showNetworks && !setupFirst} setupFirst={setupFirst} />
      <main id="hovedinnhold" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-8 outline-none">
        {children}
      </main>
      <SiteFooter />
    </TRPCReactProvider>
  );
}
