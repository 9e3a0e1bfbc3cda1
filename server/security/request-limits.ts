import { DEFAULT_TRPC_MAX_BATCH } from "~/lib/limits";
/**
 * How much one request may ask of the server: a batch of a thousand tRPC calls, or a 50 MB
 * body, must be refused before any of it is parsed or run. Kept free of Next and tRPC so the
 * limits and the counting are unit tested on their own.
 *
 * Configurable, read at every request (cheap) so tests and operators can change them:
 * - TRPC_MAX_BATCH: calls in one batched request (default 10; the browser client batches no more).
 * - TRPC_MAX_BODY_BYTES: a tRPC request body (default 1 MiB; the longest text field is a few
 *   thousand characters, and ten of them fit many times over).
 * - TRPC_MAX_IMPORT_BODY_BYTES: the body of the plan import procedures, which carry the .xlsx
 *   as base64 (default: a 5 MiB file as base64, plus room for the rest of the input).
 */

export const DEFAULT_TRPC_MAX_BODY_BYTES = 1024 * 1024;
/**
 * MAX_IMPORT_BYTES (lib/limits.ts, 5 MiB) as base64 is
 * 4 × ⌈5 MiB / 3⌉ bytes; 64 KiB more for the JSON around it. Not imported from there: that
 * module brings exceljs, and the browser client imports DEFAULT_TRPC_MAX_BATCH from here.
 */
export const DEFAULT_TRPC_MAX_IMPORT_BODY_BYTES = 4 * Math.ceil((5 * 1024 * 1024) / 3) + 64 * 1024;

/** The procedures that may send the larger body: every call in the request must be one of them. */
export const IMPORT_PROCEDURES: ReadonlySet<string> = new Set(["businessPlan.previewImport", "businessPlan.confirmImport"]);

export interface RequestLimits {
  maxBatch: number;
  maxBodyBytes: number;
  maxImportBodyBytes: number;
}

type Env = Record<string, string | undefined>;

/** A positive whole number from the environment; anything else (unset, "", "abc", "0") is the default. */
function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const parsed = Number(value.trim());
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function requestLimits(env: Env = process.env): RequestLimits {
  return {
    maxBatch: positiveInt(env.TRPC_MAX_BATCH, DEFAULT_TRPC_MAX_BATCH),
    maxBodyBytes: positiveInt(env.TRPC_MAX_BODY_BYTES, DEFAULT_TRPC_MAX_BODY_BYTES),
    maxImportBodyBytes: positiveInt(env.TRPC_MAX_IMPORT_BODY_BYTES, DEFAULT_TRPC_MAX_IMPORT_BODY_BYTES),
  };
}

/** The body limit for a request calling `paths`: the larger one only when every call is an import. */
export function bodyLimitFor(paths: readonly string[], limits: RequestLimits): number {
  const allImports = paths.length > 0 && paths.every((path) => IMPORT_PROCEDURES.has(path));
  return allImports ? Math.max(limits.maxImportBodyBytes, limits.maxBodyBytes) : limits.maxBodyBytes;
}

export type BodyRead = { ok: true; body: Uint8Array<ArrayBuffer> | null } | { ok: false };

/**
 * The request's body, read only as far as `maxBytes`: a declared Content-Length above it is
 * refused without reading a byte, and a body without one (chunked) is counted as it arrives and
 * dropped at the first byte too many. Nothing is parsed here.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<BodyRead> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) return { ok: false };
  if (!request.body) return { ok: true, body: null };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, body };
}
