import { SiteFooter } from "~/app/_components/site-footer";
import { TRPCReactProvider } from "~/app/_components/trpc-provider";

/**
 * Participants' phones: public (no sign-in; see proxy.ts), no app navigation, just the
 * app's name and the task. Works from 360 px wide. The page sets the guest's language
 * (delta-messages.tsx).
 */
export default function DeltaLayout({ children }: { children: React.ReactNode }) {
  // Signed out, one call per request: the server refuses anonymous batches (server/api/context.ts).
  return (
    <TRPCReactProvider maxBatch={1}>
      <header className="border-b border-ax-border-neutral-subtle bg-ax-bg-default px-4 py-3">
        <p className="m-0 mx-auto max-w-2xl text-lg font-semibold">Partnerskapsrommet</p>
      </header>
      <main id="hovedinnhold" tabIndex={-1} className="mx-auto w-full max-w-2xl px-4 py-6 outline-none">
        {children}
      </main>
      <SiteFooter />
    </TRPCReactProvider>
  );
}
