import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "~/server/api/context";
import { appRouter } from "~/server/api/root";
import { requestLimits } from "~/server/security/request-limits";
import { guardTrpcRequest } from "~/server/security/trpc-guard";

const handler = async (incoming: Request) => {
  // Origin, content type, batch size and body size are checked before tRPC reads anything.
  const limits = requestLimits();
  const guarded = await guardTrpcRequest(incoming, limits);
  if (!guarded.ok) return guarded.response;
  const req = guarded.request;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    // Also tRPC's own check, in case a request reaches it another way.
    maxBatchSize: limits.maxBatch,
    createContext: ({ info }) => createContext({ headers: req.headers, info }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed`, error.cause ?? error);
    },
  });
  // Answers hold one person's data: no cache (browser, proxy) may keep them. Live streams keep
  // their own "no-cache, no-transform".
  if (!response.headers.get("content-type")?.startsWith("text/event-stream")) response.headers.set("Cache-Control", "no-store");
  return response;
};

export { handler as GET, handler as POST };
