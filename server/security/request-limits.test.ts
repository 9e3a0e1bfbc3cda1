import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES } from "~/lib/limits";
import { bodyLimitFor, DEFAULT_TRPC_MAX_IMPORT_BODY_BYTES, readBodyWithin, requestLimits } from "./request-limits";

describe("requestLimits", () => {
  it("has defaults: 10 calls, 1 MiB, and room for the largest spreadsheet as base64", () => {
    expect(requestLimits({})).toEqual({ maxBatch: 10, maxBodyBytes: 1024 * 1024, maxImportBodyBytes: DEFAULT_TRPC_MAX_IMPORT_BODY_BYTES });
    expect(DEFAULT_TRPC_MAX_IMPORT_BODY_BYTES).toBeGreaterThan(Buffer.alloc(MAX_IMPORT_BYTES).toString("base64").length);
    expect(DEFAULT_TRPC_MAX_IMPORT_BODY_BYTES).toBeLessThan(8 * 1024 * 1024);
  });

  it("reads the environment, and ignores values that are not positive whole numbers", () => {
    expect(requestLimits({ TRPC_MAX_BATCH: "3", TRPC_MAX_BODY_BYTES: "2048", TRPC_MAX_IMPORT_BODY_BYTES: "4096" })).toEqual({
      maxBatch: 3,
      maxBodyBytes: 2048,
      maxImportBodyBytes: 4096,
    });
    for (const bad of ["", "0", "-1", "abc", "1.5"]) expect(requestLimits({ TRPC_MAX_BATCH: bad }).maxBatch).toBe(10);
  });
});

describe("bodyLimitFor", () => {
  const limits = { maxBatch: 10, maxBodyBytes: 100, maxImportBodyBytes: 1000 };
  it("allows the larger body only when every call is a plan import", () => {
    expect(bodyLimitFor(["businessPlan.previewImport"], limits)).toBe(1000);
    expect(bodyLimitFor(["businessPlan.confirmImport", "businessPlan.previewImport"], limits)).toBe(1000);
    expect(bodyLimitFor(["businessPlan.previewImport", "meeting.create"], limits)).toBe(100);
    expect(bodyLimitFor(["meeting.create"], limits)).toBe(100);
  });
});

describe("readBodyWithin", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("returns a body within the limit unchanged", async () => {
    const read = await readBodyWithin(post('{"json":1}'), 10);
    expect(read.ok && new TextDecoder().decode(read.body!)).toBe('{"json":1}');
  });

  it("refuses a declared length above the limit", async () => {
    expect(await readBodyWithin(post("x", { "content-length": "11" }), 10)).toEqual({ ok: false });
  });

  it("counts a body without a length and stops at the first byte too many", async () => {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new Uint8Array(4));
      },
    });
    expect(await readBodyWithin(post(stream), 10)).toEqual({ ok: false });
    expect(pulls).toBeLessThanOrEqual(4);
  });
});
