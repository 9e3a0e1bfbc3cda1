/**
 * The route a request is counted and logged under: the URL's pattern, never its values. Slugs,
 * years, ids and tokens (calendar feeds, invitations, join codes) are replaced by their parameter
 * name, so neither metrics nor logs carry a token, and the number of labels stays small.
 */

/** The parameter that follows a static segment of our URLs (app/ folders). */
const PARAMETER_AFTER: Record<string, string> = {
  partnerskap: "[slug]",
  nettverk: "[slug]",
  fylke: "[slug]",
  arshjul: "[ar]",
  lederavtale: "[ar]",
  virksomhetsplan: "[ar]",
  moter: "[moteId]",
  mulighetsrom: "[vurderingId]",
  plan: "[planId]",
  samling: "[id]",
  "e-post": "[id]",
  invitasjon: "[token]",
  delta: "[kode]",
  kalender: "[token]",
};

/** Segments that are pages of their own where a parameter could stand. */
const FIXED_AFTER: Record<string, string[]> = { moter: ["ny"], partnerskap: [], nettverk: [] };

const PROCEDURE = /^[a-z][a-zA-Z]{0,30}\.[a-z][a-zA-Z]{0,40}$/;

export function routeLabel(pathname: string): string {
  if (pathname.startsWith("/_next/")) return `/_next/${pathname.split("/")[2] ?? ""}`;
  if (pathname.startsWith("/api/trpc/")) return trpcLabel(pathname.slice("/api/trpc/".length));
  if (pathname.startsWith("/api/auth/")) return "/api/auth/[...all]";
  const segments = pathname.split("/").filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const before = segments[i - 1];
    const parameter = before ? PARAMETER_AFTER[before] : undefined;
    if (before === "offentlig" && segment === "virksomhetsplan") {
      out.push(segment, "[id]");
      i++;
      continue;
    }
    if (parameter && !(FIXED_AFTER[before!] ?? []).includes(segment)) out.push(parameter);
    else if (/^[0-9a-f-]{16,}$/i.test(segment) || /^\d+$/.test(segment)) out.push("[id]");
    else out.push(segment);
  }
  return `/${out.join("/")}`;
}

/** `/api/trpc/a.b,c.d` (a batch) is counted under its procedures; anything else under one label. */
function trpcLabel(rest: string): string {
  const names = decodeURIComponentSafe(rest).split(",");
  if (names.length === 0 || names.length > 6 || !names.every((name) => PROCEDURE.test(name))) return "/api/trpc/[invalid]";
  return `/api/trpc/${[...new Set(names)].sort().join(",")}`;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}
