import type { BetterAuthPlugin } from "better-auth";

/** Drops every `token` field, wherever better-auth puts it (sign-in, get-session, list-sessions). */
function stripTokens(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripTokens);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== "token")
      .map(([key, inner]) => [key, stripTokens(inner)]),
  );
}

/**
 * The session token travels only in the HttpOnly cookie. better-auth also puts it in the JSON of
 * sign-in and get-session answers, where any script on the page could read it (ASVS V3.1.1);
 * the app's browser code never needs it. Applies to HTTP answers only: server-side calls of
 * auth.api are unaffected.
 */
export async function withoutSessionToken(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const text = await response.clone().text();
  if (!text.includes('"token"')) return response;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(stripTokens(body)), { status: response.status, statusText: response.statusText, headers });
}

export function sessionTokenOnlyInCookie(): BetterAuthPlugin {
  return {
    id: "partnerskap-session-token-only-in-cookie",
    onResponse: async (response) => ({ response: await withoutSessionToken(response) }),
  };
}
