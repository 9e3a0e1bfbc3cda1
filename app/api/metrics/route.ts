import { getDb } from "~/db/client";
import { renderText, text } from "~/lib/i18n/text";
import { cookieLocale } from "~/server/security/request-language";
import { metricsAllowed, metricsAnswer } from "~/server/ops/metrics-endpoint";

export const dynamic = "force-dynamic";

/** Prometheus metrics (server/ops/metrics.ts), behind METRICS_TOKEN when it is set. */
export async function GET(request: Request) {
  if (!metricsAllowed(request.headers.get("authorization"))) {
    return new Response(`${renderText(text("errors.request.metricsToken"), cookieLocale(request.headers))}\n`, {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const { body, contentType } = await metricsAnswer(getDb());
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
