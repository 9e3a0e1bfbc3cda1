import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "~/server/api/context";
import { inLocale } from "~/server/api/locale-scope";
import { appRouter } from "~/server/api/root";
import { requestLimits } from "~/server/security/request-limits";
import { cookieLocale } from "~/server/security/request-language";
import { guardTrpcRequest } from "~/server/security/trpc-guard";
import { errorFields, log } from "~/server/ops/log";

const handler = async (incoming: Request) => {
  // Origin, content type, batch size and body size are checked before tRPC reads anything.
  const limits = requestLimits();
  const guarded = await guardTrpcRequest(incoming, limits);
  if (!guarded.ok) return guarded.response;
  const req = guarded.request;
  // Errors raised before a procedure knows its caller (no context yet) are in the cookie's language.
  const response = await inLocale(cookieLocale(req.headers), () => fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    // Also tRPC's own check, in case a request reaches it another way.
    maxBatchSize: limits.maxBatch,
    createContext: ({ info }) => createContext({ headers: req.headers, info }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") log("error", "tRPC procedure failed", { requestId: req.headers.get("x-request-id"), procedure: path ?? null, ...errorFields(error) });
    },
  }));
  // Live streams keep their own "no-cache, no-transform".
  if (response.headers.get("content-type")?.startsWith("text/event-stream")) return response;
  // Answers hold one person's data: no cache (browser, proxy) may keep them. A small answer (most
  // mutations: a live samling's submit is ~100 bytes) is also sent as it is: gzipping it saves
  // nothing worth having and costs the server a zlib stream and more writes per request, which
  // at a hundred answers a second was a fair part of a submit's cost. Next's compression skips
  // what says no-transform; larger answers are still compressed.
  const body = await response.arrayBuffer();
  response.headers.set("Cache-Control", body.byteLength < NOT_WORTH_COMPRESSING_BYTES ? "no-store, no-transform" : "no-store");
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
};

/** The `compression` package's own default threshold, which it cannot apply here: Next drops Content-Length. */
const NOT_WORTH_COMPRESSING_BYTES = 1024;

export { handler as GET, handler as POST };
