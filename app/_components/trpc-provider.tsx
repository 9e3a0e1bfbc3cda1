"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { setNetworkFailureMessage } from "~/app/_lib/trpc-errors";
import superjson from "superjson";
import type { AppRouter } from "~/server/api/root";
import { DEFAULT_TRPC_MAX_BATCH } from "~/lib/limits";
import { PAGE_LOCALE_HEADER } from "~/lib/i18n/locales";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

function makeQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
}

/** maxBatch: the server's TRPC_MAX_BATCH (server/security/request-limits.ts), which refuses larger batches. */
export function TRPCReactProvider({ children, maxBatch = DEFAULT_TRPC_MAX_BATCH }: { children: React.ReactNode; maxBatch?: number }) {
  const [queryClient] = useState(makeQueryClient);
  // messageOf() is a plain function that many components call: it says a failed request in this language.
  const networkFailure = useTranslations("common")("errors.network");
  // The server answers in the page's language: a guest at a nynorsk samling has no cookie saying so.
  const locale = useLocale();
  useEffect(() => setNetworkFailureMessage(networkFailure), [networkFailure]);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // Subscriptions (live samlinger) stream over server-sent events; everything else is batched.
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ url: "/api/trpc", transformer: superjson }),
          false: httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: maxBatch, headers: { [PAGE_LOCALE_HEADER]: locale } }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
