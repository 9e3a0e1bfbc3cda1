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
