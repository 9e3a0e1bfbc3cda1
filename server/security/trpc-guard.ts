import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { bodyLimitFor, readBodyWithin, requestLimits, type RequestLimits } from "./request-limits";
import { renderText, text, type Text } from "~/lib/i18n/text";
import { cookieLocale } from "./request-language";
import { checkRequestOrigin } from "./same-origin";

/**
 * What every request to /api/trpc passes before tRPC reads it, cheapest check first:
 * 1. a call that changes something comes from our own pages (./same-origin.ts);
 * 2. a mutation's body is JSON: a form on another site can post multipart or text/plain
 *    without a CORS preflight, JSON it cannot;
 * 3. at most TRPC_MAX_BATCH calls in one batch;
 * 4. a body within TRPC_MAX_BODY_BYTES (counted as it arrives, whatever Content-Length says).
 * A refusal is a tRPC error in the app's own shape, so the client shows its message, written in
 * the browser's language (its `sprak` cookie, ./request-language.ts).
 */

const TOO_MANY_CALLS = text("errors.request.tooManyCalls");
const BODY_TOO_LARGE = text("errors.request.bodyTooLarge");
const NOT_JSON = text("errors.request.notJson");
/** The refusals in bokmål (a request without a language cookie). */
export const TOO_MANY_CALLS_MESSAGE = renderText(TOO_MANY_CALLS, "nb");
export const BODY_TOO_LARGE_MESSAGE = renderText(BODY_TOO_LARGE, "nb");
export const NOT_JSON_MESSAGE = renderText(NOT_JSON, "nb");

const ENDPOINT = "/api/trpc/";

/** The procedures a request calls: "a.b,c.d" in a batch (?batch=1), one otherwise. */
export function procedurePaths(url: URL): string[] {
  const at = url.pathname.indexOf(ENDPOINT);
  const raw = at < 0 ? "" : url.pathname.slice(at + ENDPOINT.length);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw;
  }
  return url.searchParams.get("batch") === "1" ? decoded.split(",") : [decoded];
}

/** A tRPC error answer as the client reads it (superjson puts the shape under `json`). */
export function trpcRefusal(code: TRPC_ERROR_CODE_KEY, httpStatus: number, message: string): Response {
  return Response.json(
    { error: { json: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus, fieldErrors: null } } } },
    { status: httpStatus, headers: { "Cache-Control": "no-store" } },
  );
}

function isJson(request: Request): boolean {
  const type = request.headers.get("content-type")?.split(";", 1)[0]?.trim().toLowerCase();
  return type === "application/json";
}

export type Guarded = { ok: true; request: Request } | { ok: false; response: Response };

export async function guardTrpcRequest(request: Request, limits: RequestLimits = requestLimits()): Promise<Guarded> {
  const origin = checkRequestOrigin(request);
  if (!origin.allowed) return { ok: false, response: trpcRefusal("FORBIDDEN", 403, origin.reason) };
  const say = (message: Text) => renderText(message, cookieLocale(request.headers));

  const reads = request.method === "GET" || request.method === "HEAD";
  if (!reads && !isJson(request)) return { ok: false, response: trpcRefusal("UNSUPPORTED_MEDIA_TYPE", 415, say(NOT_JSON)) };

  const paths = procedurePaths(new URL(request.url));
  if (paths.length > limits.maxBatch) return { ok: false, response: trpcRefusal("BAD_REQUEST", 400, say(TOO_MANY_CALLS)) };

  if (reads) return { ok: true, request };
  const read = await readBodyWithin(request, bodyLimitFor(paths, limits));
  if (!read.ok) return { ok: false, response: trpcRefusal("PAYLOAD_TOO_LARGE", 413, say(BODY_TOO_LARGE)) };
  // The body is read; tRPC gets the same request with the bytes in hand.
  return { ok: true, request: new Request(request.url, { method: request.method, headers: request.headers, body: read.body, signal: request.signal }) };
}
