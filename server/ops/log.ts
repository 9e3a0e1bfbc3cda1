/**
 * Structured logs: one JSON object per line on stdout, as log collectors on Nav's platform read
 * them. Fields are chosen by the caller and must hold no personal data and no tokens: a request
 * is logged by its route pattern (server/ops/route-label.ts), status, duration and request id.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";

export function log(level: LogLevel, message: string, fields: Record<string, string | number | boolean | null | undefined> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields });
  if (level === "error" || level === "warn") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

/**
 * What a log line may say about an error: its kind and code and where it was thrown, not its
 * message — a failed query's message carries the statement's parameters (names, e-mail
 * addresses), and a driver's may carry a connection string.
 */
export function errorFields(error: unknown): { error: string; code?: string; at?: string } {
  const found = (error as { cause?: unknown } | null)?.cause ?? error;
  if (!(found instanceof Error)) return { error: typeof found };
  const code = (found as { code?: unknown }).code;
  const at = found.stack
    ?.split("\n")
    .slice(1, 4)
    .map((line) => line.trim().replace(/^at /, ""))
    .join(" < ");
  return { error: found.name, ...(typeof code === "string" ? { code } : {}), ...(at ? { at } : {}) };
}
