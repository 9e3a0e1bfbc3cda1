/** "a=1; b=2" → [{ name: "a", value: "1" }, …]; values stay as the browser sent them. */
export function parseCookieHeader(header: string | null): { name: string; value: string }[] {
  if (!header) return [];
  return header
    .split(";")
    .map((part) => {
      const eq = part.indexOf("=");
      return eq < 0 ? null : { name: part.slice(0, eq).trim(), value: part.slice(eq + 1).trim() };
    })
    .filter((c): c is { name: string; value: string } => c !== null && c.name.length > 0);
}

/** One cookie's value from a Cookie header, or undefined. */
export function cookieValue(header: string | null, name: string): string | undefined {
  return parseCookieHeader(header).find((cookie) => cookie.name === name)?.value;
}
